import { describe, expect, it } from 'vitest';
import { GOVERNANCE_TEMPLATES, getTemplate } from '../model/templates';
import { indexBlocks, type RawBlock } from './blocks';
import { announcedCount, foldCountBanners } from './count-banner';
import { matchModel, nameLevels, withLevelNames } from './name-levels';
import { proposeStructure } from './propose';
import type { Proposal, ProposedNode } from './proposal';

const h = (level: number, text: string, style = `Heading ${level}`): RawBlock => ({ kind: 'heading', level, style, text });
const li = (text: string, depth = 0): RawBlock => ({ kind: 'list-item', depth, marker: '-', ordered: false, text });
const table = (rows: string[][]): RawBlock => ({ kind: 'table', rows });
const propose = (raw: RawBlock[]) => proposeStructure(indexBlocks([h(0, 'Verksamhetsplan 2025–2027', 'Title'), ...raw]));
const levels = (p: Proposal) => {
  const out: [string, string | number][] = [];
  const walk = (n: ProposedNode) => {
    out.push([n.name, n.level]);
    n.children.forEach(walk);
  };
  p.nodes.forEach(walk);
  return out;
};

describe('naming levels by the document’s own words and by depth', () => {
  const norrbotten = getTemplate('norrbotten');

  it('reads "Målområde" as the model’s Perspektiv and "Mål 1.1" as its strategic goal in a Word plan, measures on the level that carries them', () => {
    const p = propose([
      h(1, 'Målområde 1: Hälsa och livsvillkor'),
      h(2, 'Mål 1.1 Fler ska ha en god hälsa'),
      h(3, 'Jämlik vård'),
      table([['Indikator', 'Utfall 2023', 'Mål 2025'], ['Andel rökare', '9 %', '7 %']]),
      h(1, 'Målområde 2: Hållbar ekonomi'),
    ]);
    expect(levels(nameLevels(p, norrbotten))).toEqual([
      ['Målområde 1: Hälsa och livsvillkor', 'perspective'],
      ['Mål 1.1 Fler ska ha en god hälsa', 'goal'],
      ['Jämlik vård', 'success-factor'],
      ['Målområde 2: Hållbar ekonomi', 'perspective'],
    ]);
  });

  it('gives a heading’s items the level it announces ("Indsatser", "fem spor") and keeps a number where no level of the model fits', () => {
    const midt = getTemplate('midtjylland');
    const p = propose([
      h(1, 'Vores fem spor'),
      h(2, 'Sammenhæng for borgeren'),
      h(3, 'Indsatser'),
      li('Fælles journal'),
      li('Udgående teams'),
      li('Delopgave under en indsats', 1),
    ]);
    expect(levels(nameLevels(p, midt))).toEqual([
      ['Vores fem spor', 'overall-goal'],
      ['Sammenhæng for borgeren', 'track'],
      ['Indsatser', 3],
      ['Fælles journal', 'initiative'],
      ['Udgående teams', 'initiative'],
      ['Delopgave under en indsats', 5],
    ]);
  });

  it('puts no unlabelled heading on a level the document labels itself, and keeps the user’s chosen levels', () => {
    const midt = getTemplate('midtjylland');
    const blocks = indexBlocks([
      h(0, 'Sundhedsstrategi 2025', 'Title'),
      h(1, 'Baggrund', 'plain'),
      li('Flere ældre'),
      h(1, 'Tæt på borgeren', 'label Spor'),
      li('Sundhedshuse'),
    ]);
    const named = nameLevels(proposeStructure(blocks), midt);
    expect(levels(named)).toEqual([
      ['Baggrund', 'overall-goal'],
      ['Flere ældre', 2],
      ['Tæt på borgeren', 'track'],
      ['Sundhedshuse', 'initiative'],
    ]);
    const mapped = nameLevels(proposeStructure(blocks, { levels: { 'list 0': 'initiative' }, columns: {}, skipRows: [], cellEdits: {} }), midt);
    expect(levels(mapped)).toEqual([
      ['Baggrund', 'overall-goal'],
      ['Flere ældre', 'initiative'],
      ['Tæt på borgeren', 'track'],
      ['Sundhedshuse', 'initiative'],
    ]);
  });

  it('does not read "Mål är att …" as a label', () => {
    const p = propose([h(1, 'Mål är att alla ska må bra'), h(1, 'Perspektiv: Kund')]);
    expect(levels(nameLevels(p, norrbotten))[1]).toEqual(['Perspektiv: Kund', 'perspective']);
    expect(levels(nameLevels(p, norrbotten))[0]).toEqual(['Mål är att alla ska må bra', 1]);
  });
});

describe('the shipped model a document clearly matches', () => {
  it('finds Midtjylland for a Danish plan of spor and indsatser, named in Danish', () => {
    const p = propose([h(1, 'Overordnede mål'), li('Mere lighed i sundhed'), h(1, 'Spor 1: Tæt på borgeren'), h(2, 'Indsats 1.1: Sundhedshuse')]);
    const model = matchModel(p, GOVERNANCE_TEMPLATES);
    expect(model?.key).toBe('midtjylland');
    expect(levels(withLevelNames(nameLevels(p, model!), model!, 'da'))).toEqual([
      ['Overordnede mål', 1],
      ['Mere lighed i sundhed', 'Overordnet mål'],
      ['Spor 1: Tæt på borgeren', 'Spor'],
      ['Indsats 1.1: Sundhedshuse', 'Indsats'],
    ]);
  });

  it('prefers the model whose levels the document names all of (Norrbotten over Skåne 2002 for perspective, goal and success factor)', () => {
    const p = propose([h(1, 'Perspektiv: Medborgare'), h(2, 'Strategiskt mål: Trygg vård'), h(3, 'Framgångsfaktor: Kort väntan')]);
    expect(matchModel(p, GOVERNANCE_TEMPLATES)?.key).toBe('norrbotten');
  });

  it('finds none for a plan without the models’ words, or with one word every model has', () => {
    expect(matchModel(propose([h(1, 'Invånarnas hälsa'), h(2, 'Kortare väntetider')]), GOVERNANCE_TEMPLATES)).toBeNull();
    expect(matchModel(propose([h(1, 'Mål 1: Invånarnas hälsa'), h(1, 'Mål 2: Ekonomi')]), GOVERNANCE_TEMPLATES)).toBeNull();
    expect(matchModel(propose([h(1, 'Otte nationale mål'), h(2, 'Flere sunde leveår'), h(2, 'Behandling af høj kvalitet')]), GOVERNANCE_TEMPLATES)).toBeNull();
  });

  it('takes one level’s words where only one model has them: a plan of spor alone', () => {
    const p = propose([h(1, 'Spor 1: Tæt på borgeren'), li('Sundhedshuse'), h(1, 'Spor 2: Data på tværs'), li('Fælles journal')]);
    const model = matchModel(p, GOVERNANCE_TEMPLATES);
    expect(model?.key).toBe('midtjylland');
    expect(levels(nameLevels(p, model!)).map(([, l]) => l)).toEqual(['track', 'initiative', 'track', 'initiative']);
  });
});

describe('a heading that counts its items with one all-caps banner too many', () => {
  const node = (name: string, children: ProposedNode[] = []): ProposedNode => ({ level: 1, name, children, measures: [], kind: 'plain', at: { block: 0 } });

  it('reads counts in figures and in Swedish, Danish and English words', () => {
    expect(announcedCount('8 nye nationale mål')).toBe(8);
    expect(announcedCount('Fem spor')).toBe(5);
    expect(announcedCount('tre fælles ambitioner')).toBe(3);
    expect(announcedCount('Våra fyra målområden')).toBe(4);
    expect(announcedCount('Et sundhedsvæsen på patientens præmisser')).toBeNull();
  });

  it('folds the banner into the heading’s description, so the announced number remains', () => {
    const [folded] = foldCountBanners([
      node('Tre fælles ambitioner', [node('FÆLLES AMBITIONER FOR SUNDHEDSAFTALEN'), node('LIGHED'), node('NÆRHED'), node('SAMMENHÆNG')]),
    ]);
    expect(folded?.children.map((c) => c.name)).toEqual(['LIGHED', 'NÆRHED', 'SAMMENHÆNG']);
    expect(folded?.description).toBe('FÆLLES AMBITIONER FOR SUNDHEDSAFTALEN');
  });

  it('leaves the items alone when the count is met, the extra one is not in capitals, or it does not repeat the heading', () => {
    const met = [node('Fem spor', ['A', 'B', 'C', 'D', 'E'].map((n) => node(`SPOR ${n}`)))];
    expect(foldCountBanners(met)[0]?.children).toHaveLength(5);
    const lower = [node('Tre mål', [node('Mål om hälsa och mål om vård'), node('HÄLSA'), node('VÅRD'), node('EKONOMI')])];
    expect(foldCountBanners(lower)[0]?.children).toHaveLength(4);
    const unrelated = [node('Tre mål', [node('ARBETE'), node('HÄLSA'), node('VÅRD'), node('EKONOMI')])];
    expect(foldCountBanners(unrelated)[0]?.children).toHaveLength(4);
  });
});
