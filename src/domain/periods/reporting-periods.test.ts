import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang';
import { parseReportingPeriods, reportPeriodKey, reportPeriodsForYears } from './reporting-periods';
import { VALUE_NATURES, VALUE_NATURE_EXPLANATION, explainValueNature } from './value-nature';

const ALL = ['DÅ04', 'DÅ08', 'ÅR'];

describe('parseReportingPeriods', () => {
  it.each([
    // Every spelling of the period column in seed 001.
    ['DÅ 04,08 ÅR', ALL],
    ['DÅ 04, 08, ÅR', ALL],
    ['DÅ04, DÅ08, ÅR', ALL],
    ['DÅ 04,08, ÅR', ALL],
    ['DÅ04, 08, ÅR', ALL],
    ['DÅ 04, 08 ÅR', ALL],
    ['D 04, 08, ÅR', ALL],
    ['DÅ 08, ÅR', ['DÅ08', 'ÅR']],
    ['ÅR', ['ÅR']],
    ['År', ['ÅR']],
    ['DÅR, ÅR', ['ÅR']],
    ['DÅR', ['ÅR']],
    ['Under utredning', []],
    ['T1, T2, T3', ALL],
    ['T1, T2, ÅR', ALL],
    // Extra robustness: order, case, duplicates, decomposed Å, bare months.
    ['ÅR, DÅ 04', ['DÅ04', 'ÅR']],
    ['då 4, 8, år', ALL],
    ['DA\u030A 04, ÅR, ÅR', ['DÅ04', 'ÅR']],
    ['DÅ 04', ['DÅ04']],
    ['', []],
    ['-', []],
    ['Årligen', []],
    ['DÅ 12', []],
    ['04, 08', []],
  ])('%j', (text, expected) => {
    expect(parseReportingPeriods(text)).toEqual(expected);
  });
});

describe('reportPeriodsForYears', () => {
  it('lists the three reports of each year in order', () => {
    expect(reportPeriodsForYears(2022, 2023)).toEqual(['2022-DÅ04', '2022-DÅ08', '2022', '2023-DÅ04', '2023-DÅ08', '2023']);
  });
  it('is one year when start equals end and empty when end is before start', () => {
    expect(reportPeriodsForYears(2024, 2024)).toEqual(['2024-DÅ04', '2024-DÅ08', '2024']);
    expect(reportPeriodsForYears(2025, 2024)).toEqual([]);
  });
  it('builds single report keys', () => {
    expect(reportPeriodKey(2022, 'ÅR')).toBe('2022');
    expect(reportPeriodKey(2022, 'DÅ08')).toBe('2022-DÅ08');
  });
});

describe('value nature', () => {
  it('explains every nature in every language, each differently', () => {
    for (const lang of LANGS) {
      const texts = VALUE_NATURES.map((n) => explainValueNature(n, lang));
      expect(new Set(texts).size).toBe(VALUE_NATURES.length);
      for (const t of texts) expect(t.length).toBeGreaterThan(20);
    }
    expect(VALUE_NATURE_EXPLANATION.cumulative.sv).toContain('1 januari');
  });
});
