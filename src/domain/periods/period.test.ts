import { describe, expect, it } from 'vitest';
import {
  comparePeriodKeys,
  formatPeriod,
  isPeriodKey,
  parsePeriodKey,
  periodEnd,
  periodStart,
  reportKindOf,
  samePeriodPreviousYear,
  toPeriodKey,
} from './period';

describe('parsePeriodKey', () => {
  it.each([
    ['2022', { year: 2022, kind: 'year', n: null }],
    ['2022-DÅ04', { year: 2022, kind: 'delar', n: 4 }],
    ['2022-DÅ08', { year: 2022, kind: 'delar', n: 8 }],
    ['2022-T1', { year: 2022, kind: 'tertial', n: 1 }],
    ['2022-T3', { year: 2022, kind: 'tertial', n: 3 }],
    ['2021-Q1', { year: 2021, kind: 'quarter', n: 1 }],
    ['2021-Q4', { year: 2021, kind: 'quarter', n: 4 }],
    ['2020-01', { year: 2020, kind: 'month', n: 1 }],
    ['2020-12', { year: 2020, kind: 'month', n: 12 }],
    // Decomposed Å (A + combining ring) is the same key after NFC.
    ['2022-DA\u030A04', { year: 2022, kind: 'delar', n: 4 }],
  ])('%s', (key, expected) => {
    expect(parsePeriodKey(key)).toEqual(expected);
  });

  it.each(['', '22', '20222', '2022-', '2022-DÅ4', '2022-DÅ12', '2022-DA04', '2022-dÅ04', '2022-T0', '2022-T4', '2022-Q0', '2022-Q5', '2022-00', '2022-13', '2022-1', '202212', ' 2022', '2022 ', '0999', '3000', 'DÅ 04 2022'])(
    'rejects %j',
    (key) => {
      expect(parsePeriodKey(key)).toBeNull();
      expect(isPeriodKey(key)).toBe(false);
    },
  );

  it('round-trips through toPeriodKey', () => {
    for (const key of ['2022', '2022-DÅ04', '2022-DÅ08', '2022-T2', '2022-Q3', '2022-07']) {
      expect(toPeriodKey(parsePeriodKey(key)!)).toBe(key);
    }
  });
});

describe('periodStart / periodEnd', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['2022-DÅ04', '2022-01-01', '2022-04-30'],
    ['2022-DÅ08', '2022-01-01', '2022-08-31'],
    ['2022-T1', '2022-01-01', '2022-04-30'],
    ['2022-T2', '2022-05-01', '2022-08-31'],
    ['2022-T3', '2022-09-01', '2022-12-31'],
    ['2022-Q1', '2022-01-01', '2022-03-31'],
    ['2022-Q2', '2022-04-01', '2022-06-30'],
    ['2022-Q3', '2022-07-01', '2022-09-30'],
    ['2022-Q4', '2022-10-01', '2022-12-31'],
    ['2022-02', '2022-02-01', '2022-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2022-11', '2022-11-01', '2022-11-30'],
  ])('%s covers %s..%s', (key, start, end) => {
    expect(periodStart(key)).toBe(start);
    expect(periodEnd(key)).toBe(end);
  });

  it('is null for an invalid key', () => {
    expect(periodStart('2022-X')).toBeNull();
    expect(periodEnd('2022-X')).toBeNull();
  });
});

describe('reportKindOf', () => {
  it.each([
    ['2022', 'ÅR'],
    ['2022-DÅ04', 'DÅ04'],
    ['2022-DÅ08', 'DÅ08'],
    ['2022-T1', 'DÅ04'],
    ['2022-T2', 'DÅ08'],
    ['2022-T3', 'ÅR'],
    ['2022-04', 'DÅ04'],
    ['2022-08', 'DÅ08'],
    ['2022-12', 'ÅR'],
    ['2022-Q4', 'ÅR'],
    ['2022-Q1', null],
    ['2022-Q2', null],
    ['2022-03', null],
    ['nonsense', null],
  ])('%s -> %s', (key, kind) => {
    expect(reportKindOf(key)).toBe(kind);
  });
});

describe('samePeriodPreviousYear', () => {
  it.each([
    ['2022', '2021'],
    ['2022-DÅ04', '2021-DÅ04'],
    ['2022-T3', '2021-T3'],
    ['2022-Q2', '2021-Q2'],
    ['2022-01', '2021-01'],
    ['1000', null],
    ['x', null],
  ])('%s -> %s', (key, prev) => {
    expect(samePeriodPreviousYear(key)).toBe(prev);
  });
});

describe('comparePeriodKeys', () => {
  it('orders a year chronologically by end date, shorter periods first', () => {
    const keys = ['2022', '2022-T3', '2022-Q4', '2022-12', '2022-DÅ08', '2022-T2', '2022-08', '2022-DÅ04', '2022-T1', '2022-04', '2022-Q1', '2022-01', '2021'];
    const shuffled = [...keys].reverse();
    expect(shuffled.sort(comparePeriodKeys)).toEqual([
      '2021',
      '2022-01',
      '2022-Q1',
      '2022-04',
      '2022-T1',
      '2022-DÅ04',
      '2022-08',
      '2022-T2',
      '2022-DÅ08',
      '2022-12',
      '2022-Q4',
      '2022-T3',
      '2022',
    ]);
  });

  it('puts invalid keys last, sorted among themselves', () => {
    expect(['b', '2022', 'a', '1999'].sort(comparePeriodKeys)).toEqual(['1999', '2022', 'a', 'b']);
  });

  it('is zero only for equal keys', () => {
    expect(comparePeriodKeys('2022-T1', '2022-T1')).toBe(0);
    expect(comparePeriodKeys('2022-T1', '2022-DÅ04')).toBeLessThan(0);
    expect(comparePeriodKeys('2022-DÅ04', '2022-T1')).toBeGreaterThan(0);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2022-DÅ04', 'sv', 'DÅ 04 2022', 'Delår april 2022'],
    ['2022-DÅ08', 'sv', 'DÅ 08 2022', 'Delår augusti 2022'],
    ['2022', 'sv', 'ÅR 2022', 'Årsbokslut 2022'],
    ['2022-T2', 'sv', 'T2 2022', 'Tertial 2 2022'],
    ['2022-Q3', 'sv', 'Kv3 2022', 'Kvartal 3 2022'],
    ['2022-05', 'sv', 'maj 2022', 'maj 2022'],
    ['2022-DÅ04', 'da', 'DÅ 04 2022', 'Delårsrapport april 2022'],
    ['2022', 'da', 'ÅR 2022', 'Årsregnskab 2022'],
    ['2022-T2', 'da', 'T2 2022', '2. tertial 2022'],
    ['2022-Q3', 'da', 'K3 2022', '3. kvartal 2022'],
    ['2022-03', 'da', 'mar. 2022', 'marts 2022'],
    ['2022-DÅ04', 'en', 'Interim Apr 2022', 'Interim report April 2022'],
    ['2022-DÅ08', 'en', 'Interim Aug 2022', 'Interim report August 2022'],
    ['2022', 'en', 'FY 2022', 'Annual report 2022'],
    ['2022-Q1', 'en', 'Q1 2022', 'Quarter 1 2022'],
    ['2022-12', 'en', 'Dec 2022', 'December 2022'],
  ] as const)('%s in %s', (key, lang, short, long) => {
    expect(formatPeriod(key, lang)).toEqual({ short, long });
  });

  it('shows an invalid key as written', () => {
    expect(formatPeriod('nästa år', 'sv')).toEqual({ short: 'nästa år', long: 'nästa år' });
  });
});
