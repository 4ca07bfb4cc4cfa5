import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportPeriodsForYears } from '../periods/reporting-periods';
import { defaultDeadline, isIsoDate, isOverdue, periodDeadlines } from './deadlines';

describe('reporting deadlines', () => {
  it('defaults to mid-May for DÅ 04, mid-September for DÅ 08 and mid-February next year for ÅR', () => {
    expect(periodDeadlines(reportPeriodsForYears(2022, 2022), new Map())).toEqual([
      { period: '2022-DÅ04', deadline: '2022-05-15', custom: false },
      { period: '2022-DÅ08', deadline: '2022-09-15', custom: false },
      { period: '2022', deadline: '2023-02-15', custom: false },
    ]);
  });

  it('uses the plan’s own deadline where it set one', () => {
    const custom = new Map([['2022-DÅ08', '2022-09-20']]);
    expect(periodDeadlines(['2022-DÅ04', '2022-DÅ08'], custom)).toEqual([
      { period: '2022-DÅ04', deadline: '2022-05-15', custom: false },
      { period: '2022-DÅ08', deadline: '2022-09-20', custom: true },
    ]);
  });

  it('has no default for periods outside the delår cycle', () => {
    expect(defaultDeadline('2022-Q1')).toBeNull();
    expect(defaultDeadline('nonsense')).toBeNull();
  });

  it('is due on the day and overdue from the day after', () => {
    expect(isOverdue('2022-05-15', '2022-05-15')).toBe(false);
    expect(isOverdue('2022-05-15', '2022-05-16')).toBe(true);
    expect(isOverdue('', '2030-01-01')).toBe(false);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('15 maj 2022')).toBe(false);
  });

  it('always falls after the end of the period it is for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2998 }), (year) => {
        const [d04, d08, ar] = reportPeriodsForYears(year, year).map((p) => defaultDeadline(p) ?? '') as [string, string, string];
        expect(d04 > `${year}-04-30`).toBe(true);
        expect(d08 > `${year}-08-31`).toBe(true);
        expect(ar > `${year}-12-31`).toBe(true);
        expect([d04, d08, ar].every(isIsoDate)).toBe(true);
      }),
    );
  });
});
