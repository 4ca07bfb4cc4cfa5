import { describe, expect, it } from 'vitest';
import { splitByTerms } from '../federation/glossary-terms';
import { agreedTerms, termsForCard } from './agreed-terms';

const card = (id: number, exercise: string, text: string | null, term: string | null = null) => ({ id, exercise, text, term });

describe('the workshop’s agreed terms, marked in its cards', () => {
  const cards = [
    card(1, 'definitions', 'Vård som ges där patienten bor.', 'Nära vård'),
    card(2, 'definitions', 'Område med långa avstånd till vård och service.', 'glesbygd'),
    card(3, 'definitions', 'Allt som inte är sjukhus.', 'Primärvård'),
    card(4, 'definitions', null, 'Hemlig term'),
    card(5, 'brainstorm', 'Stärk nära vård i glesbygden och i glesbygd', null),
  ];

  it('takes agreed definitions only, term and definition as the glossary gets them', () => {
    const terms = agreedTerms(cards, [
      { cardId: 1, state: 'agreed' },
      { cardId: 2, state: 'agreed' },
      { cardId: 3, state: 'disputed' },
      { cardId: 4, state: 'agreed' },
    ]);
    expect(terms).toEqual([
      { term: 'Nära vård', definition: 'Vård som ges där patienten bor.' },
      { term: 'glesbygd', definition: 'Område med långa avstånd till vård och service.' },
    ]);
    expect(agreedTerms(cards, [{ cardId: 1, state: 'open' }])).toEqual([]);
  });

  it('uses a definition’s text as its term when it names none, and lets a later agreed card of the same term replace an earlier one', () => {
    const terms = agreedTerms(
      [card(7, 'definitions', 'Ny text.', 'Nära Vård'), card(6, 'definitions', 'Gammal text.', 'nära vård'), card(8, 'definitions', 'Samverkan', null), card(9, 'brainstorm', 'X', 'X')],
      [6, 7, 8, 9].map((cardId) => ({ cardId, state: 'agreed' as const })),
    );
    expect(terms).toEqual([
      { term: 'Nära Vård', definition: 'Ny text.' },
      { term: 'Samverkan', definition: 'Samverkan' },
    ]);
  });

  it('marks the terms a card uses as whole words, the first use of each, and not a definition’s own term in its text', () => {
    const terms = agreedTerms(cards, [1, 2].map((cardId) => ({ cardId, state: 'agreed' as const })));
    const parts = splitByTerms(cards[4]!.text!, termsForCard(cards[4]!, terms));
    expect(parts.map((p) => [p.text, p.term?.term ?? null])).toEqual([
      ['Stärk ', null],
      ['nära vård', 'Nära vård'],
      [' i glesbygden och i ', null],
      ['glesbygd', 'glesbygd'],
    ]);
    const definition = card(2, 'definitions', 'glesbygd: långt till nära vård', 'glesbygd');
    expect(termsForCard(definition, terms).map((t) => t.term)).toEqual(['Nära vård']);
  });
});
