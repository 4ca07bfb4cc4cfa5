import { describe, expect, it } from 'vitest';
import { type Block, indexBlocks, type RawBlock } from './blocks';
import { classifyHeader, classifyHeaderRow, isMeasureHeader } from './columns';
import { removeJunk } from './junk';
import { proposeStructure, yearsIn } from './propose';
import { toExtractJson } from './proposal';

const blocks = (raw: RawBlock[]): Block[] => indexBlocks(raw);
const h = (level: number, text: string, style = `Heading ${level}`, page?: number): RawBlock => ({ kind: 'heading', level, style, text, page });
const p = (text: string, page?: number): RawBlock => ({ kind: 'paragraph', text, page });

describe('column rules', () => {
  it('reads Swedish, Danish and English measure headers', () => {
    expect(classifyHeader('Ingångsvärde')).toEqual({ field: 'baseline' });
    expect(classifyHeader('Nuläge')).toEqual({ field: 'baseline' });
    expect(classifyHeader('Udgangspunkt')).toEqual({ field: 'baseline' });
    expect(classifyHeader('Utfall 2023')).toEqual({ field: 'outcome', key: '2023' });
    expect(classifyHeader('Mål 2024')).toEqual({ field: 'target', key: '2024' });
    expect(classifyHeader('Plan 2026')).toEqual({ field: 'target', key: '2026' });
    expect(classifyHeader('Målvärde')).toEqual({ field: 'target', key: 'Målvärde' });
    expect(classifyHeader('Måltal 2025')).toEqual({ field: 'target', key: '2025' });
    expect(classifyHeader('Kilde')).toEqual({ field: 'source' });
    expect(classifyHeader('Målområde')).toEqual({ field: 'other' });
    expect(classifyHeader('→')).toEqual({ field: 'decoration' });
  });

  it('takes a budget table (amounts per year) for no measures', () => {
    expect(isMeasureHeader(classifyHeaderRow(['Mnkr', '2022', '2023', '2024']))).toBe(false);
    expect(isMeasureHeader(classifyHeaderRow(['Nyckeltal', '2022', '2023']))).toBe(true);
    expect(isMeasureHeader(classifyHeaderRow(['Nr', 'Perspektiv', 'Framgångsfaktor', 'Risk']))).toBe(false);
  });
});

describe('junk removal', () => {
  it('drops repeated page headers and footers, page numbers, a table of contents and web chrome', () => {
    const raw: RawBlock[] = [
      h(1, 'Innehåll', 'Heading 1', 1),
      p('Inledning ........ 3', 1),
      p('Mål och mått ....... 4', 1),
      p('Region Örebro län – Verksamhetsplan', 1),
      p('Sida 1 av 3', 1),
      p('Region Örebro län – Verksamhetsplan', 2),
      h(1, 'Inledning', 'Heading 1', 2),
      p('Sida 2 av 3', 2),
      p('Region Örebro län – Verksamhetsplan', 3),
      p('Gå till innehåll', 3),
      p('Vi använder kakor för att förbättra webbplatsen.', 3),
      p('Presentation laddar. Vänta.', 3),
      p('3', 3),
    ];
    const r = removeJunk(blocks(raw));
    expect(r.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind))).toEqual(['Inledning']);
    expect(r.skipped).toHaveLength(12);
  });
});

describe('the structure proposal', () => {
  const doc = blocks([
    h(0, 'Verksamhetsplan med budget 2024–2026', 'Title'),
    h(1, 'Målområde: Hälsa'),
    p('Befolkningens hälsa ska förbättras.'),
    h(2, 'Jämlik vård'),
    { kind: 'list-item', depth: 0, marker: '', ordered: true, text: 'Minskade skillnader i väntetid' },
    { kind: 'table', rows: [['Indikator', 'Utfall 2023', 'Målvärde 2024', 'Okänd kolumn'], ['Väntetid', '62 %', '70 %', 'x'], ['Att ta bort', '1', '2', '']] },
    h(1, 'Ekonomi'),
  ]);

  it('nests headings by level, keeps descriptions and puts a table’s measures under the node above it', () => {
    const prop = proposeStructure(doc);
    expect(prop.title).toBe('Verksamhetsplan med budget 2024–2026');
    expect(prop.years).toEqual({ start: 2024, end: 2026 });
    expect(toExtractJson(prop)).toEqual({
      title: 'Verksamhetsplan med budget 2024–2026',
      nodes: [
        {
          level: 1,
          name: 'Målområde: Hälsa',
          description: 'Befolkningens hälsa ska förbättras.',
          children: [
            {
              level: 2,
              name: 'Jämlik vård',
              children: [
                {
                  level: 3,
                  name: 'Minskade skillnader i väntetid',
                  children: [],
                  measures: [
                    { name: 'Väntetid', targets: { '2024': '70 %' }, outcomes: { '2023': '62 %' } },
                    { name: 'Att ta bort', targets: { '2024': '2' }, outcomes: { '2023': '1' } },
                  ],
                },
              ],
              measures: [],
            },
          ],
          measures: [],
        },
        { level: 1, name: 'Ekonomi', children: [], measures: [] },
      ],
      measures: [],
      notFound: [],
      skipped: ['Kolumn utan fält: Okänd kolumn'],
    });
  });

  it('applies the mapping: levels, a skipped row, an edited cell, a column the rules did not know', () => {
    const prop = proposeStructure(doc, {
      levels: { 'Heading 1': 'perspective', 'Heading 2': 'goal', 'list 0': 'skip' },
      levelOrder: ['perspective', 'goal'],
      columns: { 'Okänd kolumn': { field: 'source' } },
      skipRows: ['5:2'],
      cellEdits: { '5:1:1': '63 %' },
      years: { start: 2024, end: 2027 },
    });
    const goal = prop.nodes[0]?.children[0];
    expect(goal).toMatchObject({ level: 'goal', name: 'Jämlik vård', description: 'Minskade skillnader i väntetid' });
    expect(goal?.measures).toEqual([{ name: 'Väntetid', targets: { '2024': '70 %' }, outcomes: { '2023': '63 %' }, source: 'x', at: { block: 5, row: 1 } }]);
    expect(prop.years).toEqual({ start: 2024, end: 2027 });
    expect(prop.skipped).toContain('Rad som användaren hoppade över: Att ta bort | 1 | 2 | ');
  });

  it('keeps an unmapped heading above every mapped one at the top, after another such (it once looped forever there)', () => {
    const prop = proposeStructure(doc, { levels: { 'Heading 2': 'goal' }, levelOrder: ['perspective', 'goal'], columns: {}, skipRows: [], cellEdits: {} });
    expect(prop.nodes.map((n) => n.name)).toEqual(['Målområde: Hälsa', 'Ekonomi']);
    expect(prop.nodes[0]?.children[0]).toMatchObject({ level: 'goal', name: 'Jämlik vård' });
  });

  it('says what it did not find rather than inventing it', () => {
    const prop = proposeStructure(blocks([p('Några ord om ingenting särskilt.'), p('Mer text.')]));
    expect(prop.nodes).toEqual([]);
    expect(prop.notFound).toEqual(['Tabeller', 'Rubriker eller listor som kan bli planens nivåer', 'Planperiod (t.ex. "2024-2027")']);
  });

  it('reads plan years as titles write them', () => {
    expect(yearsIn('Regionplan 2024–27')).toEqual({ start: 2024, end: 2027 });
    expect(yearsIn('Budget 2025')).toEqual({ start: 2025, end: 2025 });
    expect(yearsIn('Strategi')).toBeNull();
  });
});
