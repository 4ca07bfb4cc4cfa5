import { describe, expect, it } from 'vitest';
import { comparisonPeriod, trendOf } from './trend';

const PERIODS = ['2022-DÅ04', '2022-DÅ08', '2022', '2023-DÅ04', '2023-DÅ08', '2023'];

describe('comparisonPeriod', () => {
  it('takes the previous report for shares and states', () => {
    expect(comparisonPeriod(PERIODS, '2022-DÅ08', false)).toBe('2022-DÅ04');
    expect(comparisonPeriod(PERIODS, '2023-DÅ04', false)).toBe('2022');
    expect(comparisonPeriod(PERIODS, '2022-DÅ04', false)).toBeNull();
  });

  it('takes the same report a year earlier for what adds up over the year, and none before the plan', () => {
    expect(comparisonPeriod(PERIODS, '2023-DÅ08', true)).toBe('2022-DÅ08');
    expect(comparisonPeriod(PERIODS, '2023', true)).toBe('2022');
    expect(comparisonPeriod(PERIODS, '2022-DÅ08', true)).toBeNull();
  });
});

describe('trendOf', () => {
  it('says up, down or the same, and nothing without both values', () => {
    expect(trendOf(45, 41)).toBe('up');
    expect(trendOf(5.8, 6.1)).toBe('down');
    expect(trendOf(41, 41)).toBe('same');
    expect(trendOf(0, 0)).toBe('same');
    expect(trendOf(41, undefined)).toBeNull();
    expect(trendOf(undefined, 41)).toBeNull();
  });
});
