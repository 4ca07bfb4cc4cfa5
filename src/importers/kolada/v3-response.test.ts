import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataPage } from './v3-response';

// Shaped like Kolada v3's /v3/data responses; the numbers are Stockholm's real N00945 values (data/kolada/n00945.csv).
const page = (values: unknown[], extra: Record<string, unknown> = {}) => ({ values, count: values.length, next_url: null, previous_url: null, ...extra });
const stockholm = (period: unknown, value: number | null) => ({
  kpi: 'N00945',
  municipality: '0180',
  period,
  values: [{ gender: 'T', count: 1, status: '', value }],
});

describe('parseDataPage', () => {
  it('reads data objects into one point per sex and keeps null as missing', () => {
    const result = parseDataPage(
      page([
        stockholm(2020, 40.8),
        stockholm('2019', 39.3),
        { kpi: 'N00945', municipality: '0180', period: 2021, values: [{ gender: 'K', count: 1, status: '', value: null }, { gender: 'M', count: 1, status: '', value: 12 }] },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.page.points).toEqual([
      { kpi: 'N00945', municipalityId: '0180', year: 2020, gender: 'T', value: 40.8, count: 1, status: '' },
      { kpi: 'N00945', municipalityId: '0180', year: 2019, gender: 'T', value: 39.3, count: 1, status: '' },
      { kpi: 'N00945', municipalityId: '0180', year: 2021, gender: 'K', value: null, count: 1, status: '' },
      { kpi: 'N00945', municipalityId: '0180', year: 2021, gender: 'M', value: 12, count: 1, status: '' },
    ]);
    expect(result.page.nextUrl).toBeNull();
  });
  it('passes on next_url for paging', () => {
    const result = parseDataPage(page([stockholm(2020, 40.8)], { next_url: 'https://api.kolada.se/v3/data/kpi/N00945/municipality/0180/year/2020?page=2' }));
    expect(result.ok && result.page.nextUrl).toMatch(/page=2$/);
  });
  it('refuses a partial page whose count does not match its values', () => {
    const result = parseDataPage({ values: [stockholm(2020, 40.8)], count: 2 });
    expect(result).toEqual({ ok: false, reason: 'sidan är ofullständig: "count" säger 2 men sidan har 1 poster' });
  });
  it('refuses an id that is a number (leading zeros lost) and an unknown sex', () => {
    expect(parseDataPage(page([{ ...stockholm(2020, 1), municipality: 180 }]))).toMatchObject({ ok: false, reason: expect.stringContaining('values[0].municipality') });
    const bad = { ...stockholm(2020, 1), values: [{ gender: 'X', count: 1, status: '', value: 1 }] };
    expect(parseDataPage(page([bad]))).toMatchObject({ ok: false, reason: expect.stringContaining('values[0].values[0].gender') });
  });
  it('tolerates the old documentation\'s "F" by leaving it out and counting it', () => {
    const result = parseDataPage(page([{ ...stockholm(2020, 1), values: [{ gender: 'F', count: 1, status: '', value: 3 }] }]));
    expect(result).toMatchObject({ ok: true, page: { points: [], ignored: 1 } });
  });
  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(fc.anything(), (body) => {
        const result = parseDataPage(body);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
