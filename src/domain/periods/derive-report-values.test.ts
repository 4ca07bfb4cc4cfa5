import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingMonth, withReportValues } from './derive-report-values';

const pt = (value: number) => [{ sex: 'T', value }];

describe('closingMonth', () => {
  it('is April for DÅ 04, August for DÅ 08 and December for the year', () => {
    expect(closingMonth('2022-DÅ04')).toBe('2022-04');
    expect(closingMonth('2022-DÅ08')).toBe('2022-08');
    expect(closingMonth('2022')).toBe('2022-12');
  });
  it('is null for tertials, quarters, months and invalid keys', () => {
    for (const k of ['2022-T2', '2022-Q3', '2022-08', 'DÅ08', '']) expect(closingMonth(k)).toBeNull();
  });
});

describe('withReportValues', () => {
  const monthly = new Map(Array.from({ length: 12 }, (_, i) => [`2022-${String(i + 1).padStart(2, '0')}`, pt(i + 1)]));

  it('reads DÅ 04, DÅ 08 and ÅR off April, August and December for states and cumulative values', () => {
    for (const nature of ['state', 'cumulative'] as const) {
      const s = withReportValues(monthly, nature);
      expect(s.get('2022-DÅ04')).toEqual(pt(4));
      expect(s.get('2022-DÅ08')).toEqual(pt(8));
      expect(s.get('2022')).toEqual(pt(12));
      expect(s.size).toBe(15);
    }
  });

  it('derives nothing for flows', () => {
    expect(withReportValues(monthly, 'flow')).toBe(monthly);
  });

  it('never overrides a value entered for the report itself', () => {
    const s = withReportValues(new Map([...monthly, ['2022-DÅ08', pt(99)]]), 'state');
    expect(s.get('2022-DÅ08')).toEqual(pt(99));
    expect(s.get('2022-DÅ04')).toEqual(pt(4));
  });

  it('keeps every original key and value, and leaves its input untouched', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 })), { maxLength: 30, selector: ([y, m]) => y * 100 + m }), (cells) => {
        const input = new Map(cells.map(([y, m]) => [`${y}-${String(m).padStart(2, '0')}`, pt(y * 100 + m)]));
        const before = new Map(input);
        const out = withReportValues(input, 'cumulative');
        expect(input).toEqual(before);
        for (const [k, v] of input) expect(out.get(k)).toBe(v);
        const derived = [...out.keys()].filter((k) => !input.has(k));
        expect(derived.length).toBe(cells.filter(([, m]) => m === 4 || m === 8 || m === 12).length);
      }),
    );
  });
});
