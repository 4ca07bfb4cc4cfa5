import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValueFileError } from '../errors';
import { CodeBook } from './code-book';
import { readJsonStat2, readPxWebJson } from './json-formats';
import type { NeutralRow } from './neutral';
import { codedAsTable, openAnyValueFile } from './open-any';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../test-support/fixtures/value-formats', name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

async function neutralRows(bytes: Uint8Array) {
  const opened = await openAnyValueFile([bytes]);
  if (opened.kind !== 'coded') throw new Error(`not coded: ${opened.file.format}`);
  const rows: NeutralRow[] = [];
  for await (const r of opened.file.rows) rows.push(r);
  return { format: opened.file.format, numberFormat: opened.file.numberFormat, rows };
}

const RIKET = [10327589, 10379295, 10452326, 10521556, 10551707, 10587710];

describe('value formats, detected from content and read into neutral rows', () => {
  it('Kolada file (rKolada layout): kpi, municipality, year, gender, value', async () => {
    const { format, rows } = await neutralRows(fixture('kolada-n00945.csv'));
    expect(format).toBe('kolada-csv');
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({ line: 2, system: 'kolada', code: 'N00945', period: '2018', sex: 'T', orgUnit: '0180', orgUnitLabel: 'Stockholm', value: '39.4' });
    expect(rows.at(-1)).toMatchObject({ line: 10, code: 'N00945', period: '2020', orgUnit: '1480', orgUnitLabel: 'Göteborg', value: '39.5' });
  });

  it('Kolada API JSON: one row per gender entry, M and F (women) read', async () => {
    const { format, rows } = await neutralRows(fixture('kolada-n00945.json'));
    expect(format).toBe('kolada-json');
    expect(rows.map((r) => [r.orgUnit, r.period, r.value])).toContainEqual(['1280', '2020', 37.0]);
    const doc = { values: [{ kpi: 'N00945', municipality: '0012', period: 2020, values: [{ gender: 'K', value: 1 }, { gender: 'M', value: null }, { gender: 'F', value: 2 }] }] };
    const { rows: g } = await neutralRows(utf8(JSON.stringify(doc)));
    expect(g.map((r) => [r.sex, r.value])).toEqual([['K', 1], ['M', null], ['K', 2]]);
  });

  it('SCB PX-Web JSON: Region, Tid and the content column; codes table:content', async () => {
    const { format, rows } = await neutralRows(fixture('scb-folkmangd-riket.pxweb.json'));
    expect(format).toBe('pxweb-json');
    expect(rows.map((r) => r.value)).toEqual(RIKET.map(String));
    expect(rows[0]).toMatchObject({ system: 'scb', code: 'BE0101:BE0101N1', codeLabel: 'Folkmängd', period: '2019', orgUnit: '00', sex: '' });
  });

  it('SCB JSON-stat 2.0: values in row-major order of id/size, table id from extension.px', async () => {
    const { format, rows } = await neutralRows(fixture('scb-folkmangd-riket.jsonstat2.json'));
    expect(format).toBe('json-stat2');
    expect(rows.map((r) => [r.period, r.value])).toEqual(RIKET.map((v, i) => [String(2019 + i), v]));
    expect(rows[0]).toMatchObject({ code: 'TAB638:BE0101N1', orgUnit: '00', orgUnitLabel: 'Riket' });
  });

  it('JSON-stat 2.0 with sex and several dimensions: the last dimension varies fastest; SCB Kon 1/2/1+2 are M/K/T; .. is missing', () => {
    const doc = {
      version: '2.0', class: 'dataset', id: ['Region', 'Kon', 'ContentsCode', 'Tid'], size: [2, 3, 1, 2],
      dimension: {
        Region: { category: { index: ['01', '12'] } },
        Kon: { category: { index: { '1': 0, '2': 1, '1+2': 2 } } },
        ContentsCode: { category: { index: ['X1'] } },
        Tid: { category: { index: ['2022M01', '2022K1'] } },
      },
      value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, '..'],
    };
    const { rows } = readJsonStat2(doc);
    expect(rows.map((r) => [r.orgUnit, r.sex, r.period, r.value])).toEqual([
      ['01', 'M', '2022M01', 1], ['01', 'M', '2022K1', 2], ['01', 'K', '2022M01', 3], ['01', 'K', '2022K1', 4], ['01', 'T', '2022M01', 5], ['01', 'T', '2022K1', 6],
      ['12', 'M', '2022M01', 7], ['12', 'M', '2022K1', 8], ['12', 'K', '2022M01', 9], ['12', 'K', '2022K1', 10], ['12', 'T', '2022M01', 11], ['12', 'T', '2022K1', null],
    ]);
  });

  it('an SCB table with another dimension of several values is refused as a whole', () => {
    const px = JSON.parse(readFileSync(join(__dirname, '../../../test-support/fixtures/value-formats', 'scb-folkmangd-riket.pxweb.json'), 'utf8'));
    px.columns.splice(1, 0, { code: 'Civilstand', text: 'civilstånd', type: 'd' });
    px.data = [{ key: ['00', 'OG', '2022'], values: ['1'] }, { key: ['00', 'G', '2022'], values: ['2'] }];
    expect(() => readPxWebJson(px)).toThrow(/dimensionen Civilstand med 2 värden/);
  });

  it('DHIS2 dataValueSets JSON and CSV give the same rows; a non-default category option combo is part of the code', async () => {
    const json = await neutralRows(fixture('dhis2-datavalueset.json'));
    const csv = await neutralRows(fixture('dhis2-datavalueset.csv'));
    expect([json.format, csv.format]).toEqual(['dhis2-json', 'dhis2-csv']);
    const key = (r: NeutralRow) => [r.system, r.code, r.period, r.orgUnit, Number(r.value)];
    expect(json.rows.map(key)).toEqual([['dhis2', 'fbfJHSPpUQD', '202403', 'ImspTQPwCqd', 12], ['dhis2', 'cYeuwXTCPkU', '202403', 'ImspTQPwCqd', 7]]);
    expect(csv.rows.map(key)).toEqual(json.rows.map(key));
    const coc = await neutralRows(utf8(JSON.stringify({ dataValues: [{ dataElement: 'fbfJHSPpUQD', categoryOptionCombo: 'S34ULMcHMca', period: '2024Q1', orgUnit: 'O6uvpzGd5pu', value: '3.5' }] })));
    expect(coc.rows[0]).toMatchObject({ code: 'fbfJHSPpUQD.S34ULMcHMca', period: '2024Q1', value: '3.5' });
  });

  it('Stratsys tab-separated export: unit, period, measure by name, value with a decimal comma', async () => {
    const { format, numberFormat, rows } = await neutralRows(fixture('stratsys-tertial.tsv'));
    expect([format, numberFormat]).toEqual(['stratsys-tsv', 'auto']);
    expect(rows.map((r) => [r.system, r.orgUnit, r.period, r.value])).toEqual([
      ['name', 'Region Norrbotten', '2019-T1', '87,0'], ['name', 'Region Norrbotten', '2019-T2', '87,4'], ['name', 'Region Norrbotten', '2019-T3', '87,1'],
    ]);
  });

  it('a plain CSV with a column mapping stays a table', async () => {
    const opened = await openAnyValueFile([utf8('Mått;Period;Värde\nA;2022;1\n')]);
    expect(opened.kind).toBe('table');
    expect(opened.file.format).toBe('csv');
  });

  it.each([
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj'],
    ['an XML file', '<?xml version="1.0"?><dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0"></dataValueSet>'],
    ['a PX file', 'CHARSET="ANSI";\nAXIS-VERSION="2010";\nLANGUAGE="sv";'],
    ['JSON of another kind', '{"rows":[{"a":1}]}'],
  ])('%s gets "format not supported" naming the formats that are', async (_what, text) => {
    const err = await openAnyValueFile([utf8(text)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValueFileError);
    expect((err as Error).message).toMatch(/^Formatet stöds inte/);
    for (const name of ['DHIS2 dataValueSets (JSON)', 'DHIS2 dataValueSets (CSV)', 'PX-Web JSON', 'JSON-stat 2.0', 'Kolada', 'Stratsys', 'XLSX']) {
      expect((err as Error).message).toContain(name);
    }
  });

  it('a JSON file cut short is a clear error, not a mapping error', async () => {
    const err = await openAnyValueFile([utf8('{"dataValues":[{"dataElement":"x"')]).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/ser ut som JSON men går inte att läsa/);
  });
});

describe('the code book maps codes through links, remembered mappings and the organisation', () => {
  const book = () =>
    new CodeBook({
      measures: [{ id: 1, name: 'VAB män', koladaKpi: 'N00945' }, { id: 2, name: 'Folkmängd', koladaKpi: null }],
      organisationKoladaId: '0012',
      organisationName: 'Region Skåne',
      areas: ['Malmö'],
      remembered: [
        { kind: 'measure', system: 'scb', code: 'TAB638:BE0101N1', measureId: 2, area: null },
        { kind: 'area', system: 'scb', code: '00', measureId: null, area: 'Riket' },
      ],
    });
  const row = (r: Partial<NeutralRow>): NeutralRow => ({ line: 1, system: 'kolada', code: 'N00945', period: '2020', sex: 'T', ageBand: '', orgUnit: '', value: 1, ...r });

  it("a measure's Kolada KPI, a remembered SCB code; the organisation's own Kolada id and SCB county code are the whole area", () => {
    const b = book();
    expect(b.measureOf(row({ code: 'n00945' }))).toEqual({ id: 1 });
    expect(b.measureOf(row({ system: 'scb', code: 'TAB638:BE0101N1' }))).toEqual({ id: 2 });
    expect(b.areaOf(row({ orgUnit: '0012' }))).toEqual({ area: '' });
    expect(b.areaOf(row({ system: 'scb', orgUnit: '12' }))).toEqual({ area: '' });
    expect(b.areaOf(row({ system: 'scb', orgUnit: '00' }))).toEqual({ area: 'Riket' });
    expect(b.areaOf(row({ orgUnit: '1280', orgUnitLabel: 'Malmö' }))).toEqual({ area: 'Malmö' });
    expect(b.areaOf(row({ system: 'name', orgUnit: 'region skåne' }))).toEqual({ area: '' });
    expect(b.unmapped()).toEqual([]);
  });

  it('codes it cannot map are rejected rows naming the code, and listed once with their count', async () => {
    const b = book();
    const opened = await openAnyValueFile([new Uint8Array(readFileSync(join(__dirname, '../../../test-support/fixtures/value-formats', 'dhis2-datavalueset.json')))]);
    if (opened.kind !== 'coded') throw new Error('not coded');
    const rows = [];
    for await (const r of codedAsTable(opened.file, b).rows) rows.push(r);
    expect(rows.map((r) => r.problem)).toEqual([
      expect.stringMatching(/^Koden fbfJHSPpUQD \(DHIS2-dataelement\) är inte kopplad.*Enheten ImspTQPwCqd är varken/),
      expect.stringMatching(/^Koden cYeuwXTCPkU/),
    ]);
    expect(b.unmapped()).toEqual([
      { kind: 'measure', system: 'dhis2', code: 'fbfJHSPpUQD', label: null, rows: 1 },
      { kind: 'area', system: 'dhis2', code: 'ImspTQPwCqd', label: null, rows: 2 },
      { kind: 'measure', system: 'dhis2', code: 'cYeuwXTCPkU', label: null, rows: 1 },
    ]);
  });

  it('two measures linked to one KPI: the code is ambiguous, never guessed', () => {
    const b = new CodeBook({ measures: [{ id: 1, name: 'a', koladaKpi: 'N1' }, { id: 2, name: 'b', koladaKpi: 'N1' }], organisationKoladaId: null, organisationName: '', areas: [], remembered: [] });
    expect(b.measureOf(row({ code: 'N1' }))).toEqual({ reason: expect.stringMatching(/Flera mått.*id 1, 2/) });
  });
});
