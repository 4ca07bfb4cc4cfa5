import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from '../limits';
import { type Block, indexBlocks } from '../../domain/extraction/blocks';
import { proposeStructure } from '../../domain/extraction/propose';
import { type FixtureDocument, writeDocx, writeHtml, writePdf, writeXlsx } from '../../test-support/fixtures/document-files.fixtures';
import { detectFormat, readDocument, UnreadableDocument } from './read-document';
import { readCsv } from './read-sheets';
import { joinHyphenated, readText } from './read-text';

/**
 * Each reader on a small real fragment: Region Norrbotten's plan 2022-2024 (a perspective, its
 * strategic goal and success factor, the first rows of its measure table), written as the
 * format's own file and read back.
 */
const fragment: FixtureDocument = {
  title: 'Regionstyrelsens plan 2022-2024',
  header: 'Regionstyrelsens plan 2022-2024',
  footer: 'Sida',
  blocks: [
    { h: 1, text: 'Samhällsperspektivet' },
    { h: 2, text: 'Ett livskraftigt län' },
    { h: 3, text: 'Attraktiva livsmiljöer finns i hela Norrbotten' },
    { p: 'I länet finns i nuläget 8 filialer och 11 servicepunkter.' },
    {
      table: [
        ['Styrmått', 'Ingångsvärde', 'Mål 2022', 'Mål 2024', 'Källa', 'Period'],
        ['Antal nya filialer och servicepunkter', '2021', 'Öka', 'Öka', 'Div nära', 'År'],
        ['Antal kommuner där Region Norrbotten ingår i samverkan lokalt för förbättrade levnadsvanor', '2019: 6 kommuner', '12', '14', 'Avdelningen för regional utveckling', 'ÅR'],
      ],
    },
    { pageBreak: true },
    { h: 1, text: 'Medarbetarperspektivet' },
    { h: 2, text: 'Hållbar kompetensförsörjning' },
    { li: 'Tillgänglig och rätt använd kompetens' },
    { li: 'Hållbar arbetsmiljö' },
    { pageBreak: true },
    { p: 'Region Norrbotten' },
  ],
};

const kinds = (blocks: Block[]) => blocks.map((b) => (b.kind === 'heading' ? `h${b.level}:${b.text}` : b.kind === 'list-item' ? `li${b.depth}:${b.text}` : b.kind));

function expectFragmentProposal(blocks: Block[]) {
  const p = proposeStructure(blocks);
  expect(p.title).toBe('Regionstyrelsens plan 2022-2024');
  expect(p.years).toEqual({ start: 2022, end: 2024 });
  const [samhalle, medarbetare] = p.nodes;
  expect(samhalle?.name).toBe('Samhällsperspektivet');
  const factor = samhalle?.children[0]?.children[0];
  expect(factor?.name).toBe('Attraktiva livsmiljöer finns i hela Norrbotten');
  expect(factor?.measures.map((m) => m.name)).toEqual([
    'Antal nya filialer och servicepunkter',
    'Antal kommuner där Region Norrbotten ingår i samverkan lokalt för förbättrade levnadsvanor',
  ]);
  expect(factor?.measures[1]).toMatchObject({ baseline: '2019: 6 kommuner', targets: { '2022': '12', '2024': '14' }, source: 'Avdelningen för regional utveckling', period: 'ÅR' });
  expect(medarbetare?.children[0]?.children.map((c) => c.name)).toEqual(['Tillgänglig och rätt använd kompetens', 'Hållbar arbetsmiljö']);
  return p;
}

describe('document readers', () => {
  it('reads a Word document: title and heading styles, bullets with depth, table cells', async () => {
    const bytes = await writeDocx(fragment);
    const { format, blocks } = await readDocument(bytes, 'plan.docx');
    expect(format).toBe('docx');
    expect(kinds(blocks)).toEqual([
      'h0:Regionstyrelsens plan 2022-2024',
      'h1:Samhällsperspektivet',
      'h2:Ett livskraftigt län',
      'h3:Attraktiva livsmiljöer finns i hela Norrbotten',
      'paragraph',
      'table',
      'h1:Medarbetarperspektivet',
      'h2:Hållbar kompetensförsörjning',
      'li0:Tillgänglig och rätt använd kompetens',
      'li0:Hållbar arbetsmiljö',
      'paragraph',
    ]);
    expectFragmentProposal(blocks);
  });

  it('reads a PDF from text positions: headings by size, the table rebuilt, header and footer dropped as junk', async () => {
    const bytes = await writePdf(fragment);
    const { format, blocks } = await readDocument(bytes, 'plan.pdf');
    expect(format).toBe('pdf');
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]).toEqual(['Styrmått', 'Ingångsvärde', 'Mål 2022', 'Mål 2024', 'Källa', 'Period']);
    const p = expectFragmentProposal(blocks);
    expect(p.skipped.some((s) => s.startsWith('Sidhuvud') || s.startsWith('Sidnummer'))).toBe(true);
  }, 30_000);

  it('reads an Excel workbook: each sheet a table', async () => {
    const bytes = await writeXlsx(fragment);
    const { format, blocks } = await readDocument(bytes, 'matt.xlsx');
    expect(format).toBe('xlsx');
    expect(blocks).toHaveLength(1);
    const p = proposeStructure(blocks);
    expect(p.measures.map((m) => m.targets)).toEqual([
      { '2022': 'Öka', '2024': 'Öka' },
      { '2022': '12', '2024': '14' },
    ]);
  }, 30_000);

  it('reads a web page without its chrome: skip link, navigation, cookie notice, footer', async () => {
    const html = writeHtml(fragment);
    const { format, blocks } = await readDocument(new TextEncoder().encode(html), 'plan.html');
    expect(format).toBe('html');
    expect(blocks.some((b) => b.kind !== 'table' && b.kind !== 'page' && /Start|Politik|Box 1/u.test(b.text))).toBe(false);
    const p = expectFragmentProposal(blocks);
    expect(blocks.some((b) => b.kind === 'paragraph' && /Gå till innehåll|kakor/u.test(b.text))).toBe(false);
    expect(p.skipped).toEqual([expect.stringContaining('Senast uppdaterad')]);
  });

  it('reads CSV with semicolons and a Stratsys-like export with group columns', () => {
    const csv = 'Perspektiv;Mål;Indikator;Utfall 2023;Målvärde 2024\nMedborgare;God tillgänglighet;Andel besök inom 3 dagar;78 %;85 %\n;;Väntetid akuten;4,1 h;4 h\nEkonomi;Ekonomi i balans;Resultat;-120 mnkr;0\n';
    const blocks = indexBlocks(readCsv(csv));
    const p = proposeStructure(blocks);
    expect(p.nodes.map((n) => [n.name, n.children.map((c) => [c.name, c.measures.map((m) => m.name)])])).toEqual([
      ['Medborgare', [['God tillgänglighet', ['Andel besök inom 3 dagar', 'Väntetid akuten']]]],
      ['Ekonomi', [['Ekonomi i balans', ['Resultat']]]],
    ]);
    expect(p.nodes[0]?.children[0]?.measures[1]).toMatchObject({ outcomes: { '2023': '4,1 h' }, targets: { '2024': '4 h' } });
  });

  it('reads plain text: labelled headings, a label with its title on the next line, indented lists', () => {
    const text = 'Strategispor vedr. Region Midtjyllands rolle\n\nSPOR 1\n\nFælles og integrerende samarbejdsformer\n\n- Kompetenceudvikling og vidensdeling\n - Et sundhedsvæsen på borgerens præmisser\n';
    const blocks = indexBlocks(readText(text));
    expect(kinds(blocks)).toEqual(['h1:Strategispor vedr. Region Midtjyllands rolle', 'h1:Fælles og integrerende samarbejdsformer', 'li0:Kompetenceudvikling og vidensdeling', 'li1:Et sundhedsvæsen på borgerens præmisser']);
  });

  it('joins a word broken with a hyphen at a line end when it goes on in the same case, and keeps "og-" and a change of case', () => {
    expect(joinHyphenated('BEDRE SAMMEN-\nHÆGENDE PATIENT-\nFORLØB')).toBe('BEDRE SAMMENHÆGENDE PATIENTFORLØB');
    expect(joinHyphenated('bedre patient-\nforløb')).toBe('bedre patientforløb');
    expect(joinHyphenated('sundheds-\nog sygehusvæsen')).toBe('sundheds- og sygehusvæsen');
    expect(joinHyphenated('hälso-\noch sjukvård')).toBe('hälso- och sjukvård');
    expect(joinHyphenated('EU-\nkommissionen')).toBe('EU- kommissionen');
    expect(joinHyphenated('2015-\n2018')).toBe('2015-\n2018');
    const blocks = indexBlocks(readText('Rubrik\n\nMERE EFFEKTIVT SUNDHEDS-\nVÆSEN\n\nFLERE SUNDE LEVEÅR\n'));
    expect(kinds(blocks)).toContain('h1:MERE EFFEKTIVT SUNDHEDSVÆSEN');
  });

  it('tells formats by their first bytes and refuses what it cannot read', async () => {
    expect(detectFormat(new TextEncoder().encode('%PDF-1.7'), 'x.bin')).toBe('pdf');
    expect(detectFormat(new TextEncoder().encode('abc'), 'x.pptx')).toBeNull();
    await expect(readDocument(new TextEncoder().encode('PK\u0003\u0004broken'), 'x.docx')).rejects.toThrow(/Word-dokumentet kunde inte läsas/u);
  });

  it('refuses a Word file over the archive limits before opening it (the limits of importers/limits.ts)', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    for (let i = 0; i <= FILE_LIMITS.maxZipEntries; i++) zip.file(`word/media/${i}.txt`, '');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readDocument(bytes, 'plan.docx')).rejects.toThrow(UnreadableDocument);
    await expect(readDocument(bytes, 'plan.docx')).rejects.toThrow(/10[\s\u00a0]?000/u);
  }, 30_000);
});
