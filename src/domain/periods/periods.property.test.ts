import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang';
import {
  comparePeriodKeys,
  formatPeriod,
  parsePeriodKey,
  periodEnd,
  periodStart,
  reportKindOf,
  samePeriodPreviousYear,
  toPeriodKey,
  type ParsedPeriod,
} from './period';
import { parseReportingPeriods } from './reporting-periods';

const year = fc.integer({ min: 1001, max: 2999 });
const parsed: fc.Arbitrary<ParsedPeriod> = fc.oneof(
  year.map((y) => ({ year: y, kind: 'year' as const, n: null })),
  fc.tuple(year, fc.constantFrom(4 as const, 8 as const)).map(([y, n]) => ({ year: y, kind: 'delar' as const, n })),
  fc.tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const)).map(([y, n]) => ({ year: y, kind: 'tertial' as const, n })),
  fc.tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const)).map(([y, n]) => ({ year: y, kind: 'quarter' as const, n })),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, n]) => ({ year: y, kind: 'month' as const, n })),
);
const key = parsed.map(toPeriodKey);

describe('period properties', () => {
  it('every key round-trips through parse', () => {
    fc.assert(
      fc.property(parsed, (p) => {
        expect(parsePeriodKey(toPeriodKey(p))).toEqual(p);
      }),
    );
  });

  it('periodStart <= periodEnd, both valid ISO dates in the key year', () => {
    fc.assert(
      fc.property(key, (k) => {
        const s = periodStart(k)!;
        const e = periodEnd(k)!;
        expect(s <= e).toBe(true);
        for (const d of [s, e]) {
          expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
          expect(d.slice(0, 4)).toBe(k.slice(0, 4));
        }
      }),
    );
  });

  it('sorting is a consistent total order that agrees with end dates', () => {
    fc.assert(
      fc.property(key, key, key, (a, b, c) => {
        // Summing the signs, not negating one: -Math.sign(0) is -0, which toBe() tells apart from 0.
        expect(Math.sign(comparePeriodKeys(a, b)) + Math.sign(comparePeriodKeys(b, a))).toBe(0);
        expect(comparePeriodKeys(a, b) === 0).toBe(a === b);
        if (comparePeriodKeys(a, b) <= 0 && comparePeriodKeys(b, c) <= 0) expect(comparePeriodKeys(a, c)).toBeLessThanOrEqual(0);
        if (periodEnd(a)! < periodEnd(b)!) expect(comparePeriodKeys(a, b)).toBeLessThan(0);
      }),
    );
  });

  it('sorting any strings is stable under permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(key, fc.string({ maxLength: 6 })), { maxLength: 12 }), (keys) => {
        const a = [...keys].sort(comparePeriodKeys);
        const b = [...keys].reverse().sort(comparePeriodKeys);
        expect(a).toEqual(b);
      }),
    );
  });

  it('the previous year is the same kind of period exactly one year earlier', () => {
    fc.assert(
      fc.property(key, (k) => {
        const prev = samePeriodPreviousYear(k)!;
        const y = Number(k.slice(0, 4));
        expect(comparePeriodKeys(prev, k)).toBeLessThan(0);
        expect(periodStart(prev)).toBe(`${y - 1}${periodStart(k)!.slice(4)}`);
        expect(reportKindOf(prev)).toBe(reportKindOf(k));
      }),
    );
  });

  it('formatPeriod is never empty and names the year', () => {
    fc.assert(
      fc.property(key, fc.constantFrom(...LANGS), (k, lang) => {
        const { short, long } = formatPeriod(k, lang);
        expect(short.trim()).not.toBe('');
        expect(long.trim()).not.toBe('');
        expect(short).toContain(k.slice(0, 4));
        expect(long).toContain(k.slice(0, 4));
      }),
    );
  });

  it('parseReportingPeriods never throws and returns distinct kinds in report order', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const kinds = parseReportingPeriods(text);
        const order = ['DÅ04', 'DÅ08', 'ÅR'];
        expect(kinds.map((k) => order.indexOf(k))).toEqual([...kinds.map((k) => order.indexOf(k))].sort());
        expect(new Set(kinds).size).toBe(kinds.length);
      }),
    );
  });
});
