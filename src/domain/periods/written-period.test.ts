import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriodKey, toPeriodKey, type ParsedPeriod } from './period';
import { parseWrittenPeriod } from './written-period';

describe('parseWrittenPeriod', () => {
  it.each([
    ['2022-DÅ04', '2022-DÅ04'],
    ['2022-då08', '2022-DÅ08'],
    ['2022-DA04', '2022-DÅ04'],
    ['DÅ 04 2022', '2022-DÅ04'],
    ['DÅ4 2022', '2022-DÅ04'],
    ['då 08 2022', '2022-DÅ08'],
    ['2022 DÅ 08', '2022-DÅ08'],
    ['Delår april 2022', '2022-DÅ04'],
    ['Delår augusti 2023', '2023-DÅ08'],
    ['2022', '2022'],
    ['ÅR 2022', '2022'],
    ['År 2024', '2024'],
    ['Årsbokslut 2022', '2022'],
    ['Helår 2022', '2022'],
    ['FY 2022', '2022'],
    ['2022-T1', '2022-T1'],
    ['T2 2022', '2022-T2'],
    ['Tertial 3 2022', '2022-T3'],
    ['2022-Q1', '2022-Q1'],
    ['Q4 2022', '2022-Q4'],
    ['Kv2 2022', '2022-Q2'],
    ['Kvartal 3 2022', '2022-Q3'],
    ['2022K1', '2022-Q1'],
    ['2022-03', '2022-03'],
    ['2022-4', '2022-04'],
    ['2022/11', '2022-11'],
    ['202204', '2022-04'],
    ['2022M04', '2022-04'],
    ['april 2022', '2022-04'],
    ['Okt 2022', '2022-10'],
    ['  DÅ  04   2022 ', '2022-DÅ04'],
  ])('%s -> %s', (text, key) => {
    expect(parseWrittenPeriod(text)).toBe(key);
  });

  it.each(['', 'DÅ 05 2022', 'T4 2022', 'Q5 2022', '2022-13', '202213', 'Delår maj 2022', 'ÅR', 'april', '22', 'Värde', '2022-DÅ', '3000'])(
    'rejects %j',
    (text) => {
      expect(parseWrittenPeriod(text)).toBeNull();
    },
  );

  const parsed: fc.Arbitrary<ParsedPeriod> = fc.oneof(
    fc.integer({ min: 1000, max: 2999 }).map((year) => ({ year, kind: 'year' as const, n: null })),
    fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.constantFrom(4 as const, 8 as const)).map(([year, n]) => ({ year, kind: 'delar' as const, n })),
    fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.constantFrom(1 as const, 2 as const, 3 as const)).map(([year, n]) => ({ year, kind: 'tertial' as const, n })),
    fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const)).map(([year, n]) => ({ year, kind: 'quarter' as const, n })),
    fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 })).map(([year, n]) => ({ year, kind: 'month' as const, n })),
  );

  it('reads every canonical key as itself, in any letter case', () => {
    fc.assert(
      fc.property(parsed, fc.boolean(), (p, lower) => {
        const key = toPeriodKey(p);
        expect(parseWrittenPeriod(lower ? key.toLowerCase() : key)).toBe(key);
      }),
    );
  });

  it('anything it accepts is a canonical key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        const key = parseWrittenPeriod(text);
        if (key !== null) expect(parsePeriodKey(key)).not.toBeNull();
      }),
    );
  });
});
