import { describe, expect, it } from 'vitest';
import { getTemplate } from '../model/templates';
import { indexBlocks, type RawBlock } from './blocks';
import { checkDraft } from './draft';
import { EMPTY_MAPPING } from './mapping';
import { headerOf, proposeStructure } from './propose';
import { matchResponsible } from './responsible';

const model = getTemplate('norrbotten');
const table = (rows: string[][]): RawBlock => ({ kind: 'table', rows });
const doc = (rows: string[][]) =>
  indexBlocks([{ kind: 'heading', level: 1, style: 'Heading 1', text: 'Plan 2024' }, { kind: 'heading', level: 2, style: 'Heading 2', text: 'God vård' }, table(rows)]);

describe('outcomes that are no number', () => {
  const blocks = doc([
    ['Indikator', 'Utfall 2022', 'Utfall 2023', 'Ansvarig'],
    ['Väntetid', '71 %', 'Ej mätt', 'Hälso- och sjukvårdsdirektör'],
    ['Nöjdhet', '–', 'uppnått', ''],
    ['Besök', '1 200', '1 350', 'Anna Berg'],
  ]);
  const mapping = { ...EMPTY_MAPPING, levels: { 'Heading 2': 'success-factor' }, levelOrder: model.levels.map((l) => l.key) };

  it('are left out of the values and named as skipped cells, never refusing the draft or becoming numbers', () => {
    const { nodes, problems, warnings } = checkDraft(proposeStructure(blocks, mapping), model);
    expect(problems).toEqual([]);
    const measures = nodes[0]!.measures;
    expect(measures.map((m) => m.values.map((v) => [v.period, v.value]))).toEqual([[['2022', 71]], [], [['2022', 1200], ['2023', 1350]]]);
    expect(warnings.map((w) => [w.path, w.measure, w.period, w.text])).toEqual([
      ['cell.2:1', 'Väntetid', '2023', 'Ej mätt'],
      ['cell.2:2', 'Nöjdhet', '2022', '–'],
      ['cell.2:2', 'Nöjdhet', '2023', 'uppnått'],
    ]);
  });

  it('carries the responsible cell verbatim to the draft', () => {
    const { nodes } = checkDraft(proposeStructure(blocks, mapping), model);
    expect(nodes[0]!.measures.map((m) => m.responsible)).toEqual(['Hälso- och sjukvårdsdirektör', null, 'Anna Berg']);
  });
});

describe('the responsible column on a measure', () => {
  const members = [
    { id: 7, name: 'Anna Berg', email: 'anna.berg@region.se' },
    { id: 8, name: 'Anna  berg', email: 'a.berg@region.se' },
    { id: 9, name: 'Erik Ek', email: 'erik.ek@region.se' },
  ];
  it('makes the one person it names the owner, by name or e-mail, case and spacing aside', () => {
    expect(matchResponsible(' erik  EK ', members)).toEqual({ ownerUserId: 9, footnote: null });
    expect(matchResponsible('Erik.Ek@region.se', members)).toEqual({ ownerUserId: 9, footnote: null });
  });
  it('keeps a role, a unit or an ambiguous name verbatim as a footnote, and nothing for an empty cell', () => {
    expect(matchResponsible('Hälso- och sjukvårdsdirektör', members)).toEqual({ ownerUserId: null, footnote: { mark: 'Ansvarig', text: 'Hälso- och sjukvårdsdirektör' } });
    expect(matchResponsible('Anna Berg', members)).toEqual({ ownerUserId: null, footnote: { mark: 'Ansvarig', text: 'Anna Berg' } });
    expect(matchResponsible(null, members)).toEqual({ ownerUserId: null, footnote: null });
    expect(matchResponsible('  ', members)).toEqual({ ownerUserId: null, footnote: null });
  });
});

describe('the header row the user chooses', () => {
  // A Stratsys export: a title row, a blank row, notes, then the header on row 6 — beyond the five rows looked at.
  const rows = [
    ['Region Exempel – uppföljning', '', ''],
    ['', '', ''],
    ['Utskrivet 2024-02-01', '', ''],
    ['Filter: alla', '', ''],
    ['Mål 2024', 'Status', ''],
    ['Sammanställning', '', ''],
    ['Mätetal', 'Utfall 2023', 'Mål 2024'],
    ['Andel nöjda', '82', '85'],
  ];
  const blocks = doc(rows);

  it('reads the table from the chosen row, and without a choice finds no measure header there', () => {
    const t = blocks[2]!;
    if (t.kind !== 'table') throw new Error('table expected');
    expect(headerOf(t, EMPTY_MAPPING)?.row).not.toBe(6);
    const chosen = { ...EMPTY_MAPPING, headerRows: { '2': 6 } };
    expect(headerOf(t, chosen)?.row).toBe(6);
    const p = proposeStructure(blocks, chosen);
    expect(p.nodes[0]?.measures).toEqual([{ name: 'Andel nöjda', targets: { '2024': '85' }, outcomes: { '2023': '82' }, at: { block: 2, row: 7 } }]);
  });

  it('reads no measures from a chosen row that names no measure and value column', () => {
    const p = proposeStructure(blocks, { ...EMPTY_MAPPING, headerRows: { '2': 0 } });
    expect(p.nodes[0]?.measures).toEqual([]);
  });
});

describe('problems that name levels of the model', () => {
  it('name them in each language by the model’s own names, never the Swedish ones for a Danish or English reader', () => {
    const blocks = doc([
      ['Indikator', 'Utfall 2022'],
      ['Väntetid', '71 %'],
    ]);
    // The measures' heading read as a goal, which carries no measures in Norrbotten's model.
    const mapping = { ...EMPTY_MAPPING, levels: { 'Heading 2': 'goal' }, levelOrder: model.levels.map((l) => l.key) };
    const { problems } = checkDraft(proposeStructure(blocks, mapping), model);
    const name = (key: string, lang: 'sv' | 'da' | 'en') => model.levels.find((l) => l.key === key)!.name[lang].toLowerCase();
    const carriers = (lang: 'sv' | 'da' | 'en') => model.levels.filter((l) => l.carriesMeasures).map((l) => l.name[lang].toLowerCase());
    const measure = problems.find((p) => p.path.startsWith('measure.'))!;
    expect(measure.message).toBe(`Måttet "Väntetid" står under en ${name('goal', 'sv')}; mått hänger på ${carriers('sv').join(' och ')}.`);
    expect(measure.localized).toEqual({
      sv: measure.message,
      da: `Målingen "Väntetid" står under niveauet ${name('goal', 'da')}; målinger hører til ${carriers('da').join(' og ')}.`,
      en: `The measure "Väntetid" is under a ${name('goal', 'en')}; measures belong to ${carriers('en').join(' and ')}.`,
    });
    expect(name('goal', 'da')).not.toBe(name('goal', 'sv'));
    // A success factor with a goal under it, at the top: refused with the level named.
    const nested = indexBlocks([
      { kind: 'heading', level: 1, style: 'Heading 1', text: 'Plan 2024' },
      { kind: 'heading', level: 2, style: 'Heading 2', text: 'Tillgänglighet' },
      { kind: 'heading', level: 3, style: 'Heading 3', text: 'God vård' },
    ]);
    const upsideDown = { ...EMPTY_MAPPING, levels: { 'Heading 2': 'success-factor', 'Heading 3': 'goal' }, levelOrder: ['perspective', 'success-factor', 'goal'] };
    const placed = checkDraft(proposeStructure(nested, upsideDown), model).problems.find((p) => p.path.startsWith('kind.') && p.localized)!;
    expect(placed.message).toBe(`"Tillgänglighet" kan inte vara en ${name('success-factor', 'sv')} överst. Ändra nivåvalet.`);
    expect(placed.localized!.da).toBe(`"Tillgänglighet" kan ikke være på niveauet ${name('success-factor', 'da')} øverst. Ret niveauvalget.`);
    expect(placed.localized!.en).toBe(`"Tillgänglighet" cannot be a ${name('success-factor', 'en')} at the top. Change the choice of level.`);
  });
});
