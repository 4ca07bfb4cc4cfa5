import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKpiCatalogue, searchKpis } from './catalogue';
import { csvField, parseCsv } from './csv';
import { parseMunicipalities, regionsOf, RIKET_ID } from './municipalities';
import { parseRecordedValues } from './recorded-values';

// The real Kolada catalogue and municipality list shipped in data/kolada (facts from the cache's EXPECTED.md).
const dataFile = (name: string) => new URL(`../../../data/kolada/${name}`, import.meta.url);
const catalogue = parseKpiCatalogue(gunzipSync(readFileSync(dataFile('kpi_all.csv.gz'))).toString('utf8'));
const municipalities = parseMunicipalities(readFileSync(dataFile('municipality.csv'), 'utf8'));

describe('KPI catalogue', () => {
  it('holds 6 099 KPIs, 2 313 divided by gender', () => {
    expect(catalogue).toHaveLength(6099);
    expect(catalogue.filter((k) => k.isDividedByGender)).toHaveLength(2313);
    expect(catalogue.filter((k) => !k.isDividedByGender)).toHaveLength(3786);
  });
  it('counts municipality types K 3 649, L 1 318, A 1 132 and 18 operating areas', () => {
    const count = (t: string) => catalogue.filter((k) => k.municipalityType === t).length;
    expect([count('K'), count('L'), count('A')]).toEqual([3649, 1318, 1132]);
    const areas = new Map<string, number>();
    for (const k of catalogue) areas.set(k.operatingArea, (areas.get(k.operatingArea) ?? 0) + 1);
    expect(areas.size).toBe(18);
    expect(areas.get('Hälso- och sjukvård')).toBe(934);
    expect(areas.get('Regionen, övergripande')).toBe(402);
    expect(areas.get('Tandvård')).toBe(87);
    expect(areas.get('Befolkning')).toBe(462);
  });
  it('keeps titles exactly, double space included', () => {
    const byId = new Map(catalogue.map((k) => [k.id, k]));
    expect(byId.get('N79240')).toMatchObject({
      title: 'Väntetid för väntande till första kontakt i specialiserad vård, antal dagar (median)',
      municipalityType: 'L',
      operatingArea: 'Hälso- och sjukvård',
      isDividedByGender: false,
    });
    expect(byId.get('N79241')!.title).toBe('Väntetid för första kontakt i specialiserad vård,  av genomförda besök, antal dagar (median)');
    expect(byId.get('N00945')).toMatchObject({ municipalityType: 'A', operatingArea: 'Arbetsmarknad', isDividedByGender: false });
    expect(byId.get('N01951')).toMatchObject({ title: 'Invånare totalt, antal', municipalityType: 'A', isDividedByGender: true });
  });
  it('finds a KPI by id, by the beginning of an id and by words of its title', () => {
    expect(searchKpis(catalogue, 'n79240').map((k) => k.id)).toEqual(['N79240']);
    expect(searchKpis(catalogue, 'N7924', { limit: 50 }).map((k) => k.id)).toContain('N79241');
    const hits = searchKpis(catalogue, 'väntetid första kontakt specialiserad', { forRegions: true, limit: 50 });
    expect(hits.map((k) => k.id)).toEqual(expect.arrayContaining(['N79240', 'N79241']));
    expect(hits.every((k) => k.municipalityType !== 'K')).toBe(true);
    expect(searchKpis(catalogue, '   ')).toEqual([]);
  });
});

describe('municipality list', () => {
  it('has 312 entities: 290 kommuner and 21 regions plus Riket, ids as strings', () => {
    expect(municipalities).toHaveLength(312);
    expect(municipalities.filter((m) => m.type === 'K')).toHaveLength(290);
    const regions = regionsOf(municipalities);
    expect(regions).toHaveLength(21);
    expect(regions.map((r) => r.id)).not.toContain(RIKET_ID);
    expect(municipalities.find((m) => m.id === '0000')!.title).toBe('Riket');
    expect(regions.find((r) => r.id === '0025')!.title).toBe('Region Norrbotten');
    expect(regions.find((r) => r.id === '0012')!.title).toBe('Region Skåne');
    for (const absent of ['0002', '0011', '0015', '0016']) expect(regions.map((r) => r.id)).not.toContain(absent);
    expect(municipalities.slice(-3).map((m) => `${m.id} ${m.title}`)).toEqual(['2582 Boden', '2583 Haparanda', '2584 Kiruna']);
    expect(municipalities.find((m) => m.title === 'Stockholm')!.id).toBe('0180');
  });
  it('refuses an id that lost its leading zeros', () => {
    expect(() => parseMunicipalities('id,title,type\n25,Region Norrbotten,L\n')).toThrow(/rad 2/);
  });
});

describe('recorded values', () => {
  const n00945 = parseRecordedValues(readFileSync(dataFile('n00945.csv'), 'utf8'));
  const kld = parseRecordedValues(readFileSync(dataFile('kld_data.csv'), 'utf8'));
  it('reads N00945 for Stockholm, Malmö and Göteborg 2000–2020 at full precision', () => {
    expect(n00945).toHaveLength(63);
    expect(new Set(n00945.map((p) => p.municipalityId))).toEqual(new Set(['0180', '1280', '1480']));
    expect(n00945.every((p) => p.gender === 'T' && p.count === 1)).toBe(true);
    const at = (id: string, year: number) => n00945.find((p) => p.municipalityId === id && p.year === year)!.value;
    expect(at('0180', 2020)).toBe(40.8);
    expect(at('0180', 2019)).toBe(39.3);
    expect(at('0180', 2000)).toBeCloseTo(31.329597, 6);
    expect(at('1280', 2000)).toBeCloseTo(28.367226, 6);
  });
  it('reads BRP 2012–2019 only, the years Kolada had', () => {
    expect(kld.filter((p) => p.kpi === 'N03702')).toHaveLength(24);
    expect(Math.min(...kld.map((p) => p.year))).toBe(2012);
    expect(kld.find((p) => p.kpi === 'N03702' && p.municipalityId === '1480' && p.year === 2019)!.value).toBeCloseTo(719.94248, 6);
  });
  it('keeps an empty value as missing, not 0', () => {
    const [p] = parseRecordedValues('gender,count,status,value,kpi,year,municipality_id\nK,1,,,N79240,2022,0025\n');
    expect(p).toMatchObject({ value: null, gender: 'K', municipalityId: '0025', year: 2022 });
  });
});

describe('CSV', () => {
  it('reads back any table it wrote, quotes, commas and newlines included', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ö', ',', '"', '\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        const width = table[0]!.length;
        const rows = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const text = `${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`;
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
  it('says so when a quoted field never ends', () => {
    expect(() => parseCsv('id,title\nN1,"open\n')).toThrow(/citerat/);
  });
});
