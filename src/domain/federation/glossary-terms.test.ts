import { describe, expect, it } from 'vitest';
import { splitByTerms, termsUsed } from './glossary-terms';

const nara = { term: 'Nära vård', definition: 'Vård som ges där patienten bor.' };
const vard = { term: 'vård', definition: 'Hälso- och sjukvård.' };
const ai = { term: 'AI (beslutsstöd)', definition: 'Maskinellt beslutsstöd.' };

describe('glossary terms in a plan’s text', () => {
  it('marks a term at its first use, ignoring case, keeping the text as written', () => {
    expect(splitByTerms('Mer nära vård i hela länet. Nära vård kräver kompetens.', [nara])).toEqual([
      { text: 'Mer ' },
      { text: 'nära vård', term: nara },
      { text: ' i hela länet. Nära vård kräver kompetens.' },
    ]);
  });

  it('takes whole words only and the longest term first', () => {
    expect(splitByTerms('Vårdcentralen ger nära vård', [vard, nara])).toEqual([{ text: 'Vårdcentralen ger ' }, { text: 'nära vård', term: nara }]);
    expect(splitByTerms('Nära vård och annan vård', [vard, nara]).filter((p) => p.term).map((p) => p.text)).toEqual(['Nära vård', 'vård']);
  });

  it('treats characters of a term literally and leaves text without terms whole', () => {
    expect(splitByTerms('Inför AI (beslutsstöd) nu', [ai])[1]).toEqual({ text: 'AI (beslutsstöd)', term: ai });
    expect(splitByTerms('Inget här', [nara])).toEqual([{ text: 'Inget här' }]);
    expect(splitByTerms('', [nara])).toEqual([]);
  });

  it('lists the terms the texts use, in glossary order', () => {
    expect(termsUsed(['Mer vård', 'Nära vård'], [ai, nara, vard])).toEqual([nara, vard]);
  });
});
