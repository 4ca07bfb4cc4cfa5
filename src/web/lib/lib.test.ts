import { describe, expect, it, vi } from 'vitest';
import { DISPLAY, formatShare, formatValue, parseNumberInput } from './numbers';
import { defaultEntryPeriod, formatPeriodKey, sortPeriods } from './periods';
import { targetLevel } from './targets';

const NBSP = '\u00a0';

describe('numbers (the domain formatter, as the web shows values)', () => {
  it('writes a decimal comma in sv and da; thousands with a no-break space in sv, a point in da', () => {
    expect(formatValue(6.5, null, 'sv')).toBe('6,5');
    expect(formatValue(43000, null, 'sv')).toBe(`43${NBSP}000`);
    expect(formatValue(43000, null, 'da')).toBe('43.000');
    expect(formatValue(43000, 'kr', 'da')).toBe(`43.000${NBSP}kr.`);
    expect(formatValue(43000, null, 'en')).toBe('43,000');
    expect(formatValue(-2.5, null, 'sv')).toBe('\u22122,5');
  });

  it('writes units as each language does', () => {
    expect(formatValue(6.5, '%', 'sv')).toBe(`6,5${NBSP}%`);
    expect(formatValue(6.5, '%', 'en')).toBe('6.5%');
    expect(formatValue(350, 'kr', 'da')).toBe(`350${NBSP}kr.`);
    expect(formatValue(12, 'mnkr', 'en')).toBe(`12${NBSP}million kr`);
    expect(formatValue(3, 'dagar', 'sv')).toBe(`3${NBSP}dagar`);
  });

  it('shows at most two decimals', () => {
    expect(DISPLAY.maximumFractionDigits).toBe(2);
    expect(formatValue(1.23456, '%', 'sv')).toBe(`1,23${NBSP}%`);
    expect(formatValue(2.005, null, 'en')).toBe('2.01');
    expect(formatValue(5.8, null, 'sv')).toBe('5,8');
  });

  it('writes shares as percentages with at most one decimal', () => {
    expect(formatShare(0.75, 'sv')).toBe(`75${NBSP}%`);
    expect(formatShare(0.125, 'en')).toBe('12.5%');
  });

  it('reads numbers typed in a form, with or without a percent sign', () => {
    expect(parseNumberInput('6,5', 'sv')).toBe(6.5);
    expect(parseNumberInput('6.5', 'en')).toBe(6.5);
    expect(parseNumberInput('75 %', 'sv')).toBe(75);
    expect(parseNumberInput('43 000', 'sv')).toBe(43000);
    expect(parseNumberInput('43.000', 'da')).toBe(43000);
    expect(parseNumberInput('1.234,5', 'sv')).toBe(1234.5);
    expect(parseNumberInput('350 kr', 'sv')).toBeNull();
    expect(parseNumberInput('abc', 'sv')).toBeNull();
    expect(parseNumberInput('', 'sv')).toBeNull();
  });
});

describe('periods', () => {
  it('sorts the delår cycle with the full year last', () => {
    expect(sortPeriods(['2022', '2022-DÅ08', '2021', '2022-DÅ04'])).toEqual(['2021', '2022-DÅ04', '2022-DÅ08', '2022']);
  });
  it('chooses the period a value is entered for', () => {
    const plan = ['2022-DÅ04', '2022-DÅ08', '2022', '2023-DÅ04', '2023-DÅ08', '2023'];
    const offered = [...plan].reverse().concat(['2021', '2020-12']);
    const mid2023 = new Date(Date.UTC(2023, 5, 15));
    // Asked for by the scorecard, when a value may be entered for it.
    expect(defaultEntryPeriod(offered, plan, new Set(), '2020-12', mid2023)).toBe('2020-12');
    expect(defaultEntryPeriod(offered, plan, new Set(), '1999', mid2023)).toBe('2023-DÅ04');
    // Else the newest plan period that has ended and has no value.
    expect(defaultEntryPeriod(offered, plan, new Set(['2022', '2023-DÅ04']), null, mid2023)).toBe('2022-DÅ08');
    // Else the next plan period without a value.
    expect(defaultEntryPeriod(offered, plan, new Set(['2022-DÅ04', '2022-DÅ08', '2022', '2023-DÅ04']), null, mid2023)).toBe('2023-DÅ08');
    expect(defaultEntryPeriod(offered, plan, new Set(), null, new Date(Date.UTC(2021, 0, 1)))).toBe('2022-DÅ04');
    // Else the first offered (the newest).
    expect(defaultEntryPeriod(offered, plan, new Set(plan), null, mid2023)).toBe('2023');
    expect(defaultEntryPeriod([], [], new Set(), null)).toBe('');
  });
  it('counts a period ended by the local calendar day, not UTC', () => {
    vi.stubEnv('TZ', 'Europe/Stockholm');
    try {
      const plan = ['2021', '2022-DÅ04', '2022-DÅ08', '2022'];
      // 02:30 in Stockholm on 30 April: UTC is already past the start of the period's last day, but DÅ 04 still
      // runs, so the newest ended period without a value is still the year before.
      expect(defaultEntryPeriod(plan, plan, new Set(), null, new Date('2022-04-30T00:30:00Z'))).toBe('2021');
      // 00:30 on 1 May in Stockholm (still 30 April in UTC): DÅ 04 has ended and is the one due.
      expect(defaultEntryPeriod(plan, plan, new Set(), null, new Date('2022-04-30T22:30:00Z'))).toBe('2022-DÅ04');
    } finally {
      vi.unstubAllEnvs();
    }
  });
  it('labels keys the server gave no label for', () => {
    expect(formatPeriodKey('2022-DÅ04', 'sv')).toBe('DÅ 04 2022');
    // The domain's labels, as the server gives them (they had drifted: "Year 2022", "Kv 1").
    expect(formatPeriodKey('2022', 'en')).toBe('FY 2022');
    expect(formatPeriodKey('2022-Q1', 'sv')).toBe('Kv1 2022');
    expect(formatPeriodKey('ÅR', 'sv')).toBe('ÅR');
    expect(formatPeriodKey('ÅR', 'en')).toBe('FY');
    expect(formatPeriodKey('DÅ04', 'en')).toBe('Interim Apr');
    expect(formatPeriodKey('DÅ08', 'da')).toBe('DÅ 08');
  });
});

describe('target levels for the chart', () => {
  it('reads levels, per-sex and per-report-period targets', () => {
    const level = { kind: 'level', op: '<', quantity: { value: 6.5, unit: '%' }, text: 'Under 6,5 %' } as const;
    expect(targetLevel(level, 'T', '2022')).toBe(6.5);
    const perSex = {
      kind: 'per-sex',
      targets: {
        K: { kind: 'level', op: null, quantity: { value: 16, unit: null }, text: '16,0' },
        M: { kind: 'level', op: null, quantity: { value: 17.2, unit: null }, text: '17,2' },
      },
      text: 'K 16,0 M 17,2',
    } as const;
    expect(targetLevel(perSex, 'M', '2022-DÅ04')).toBe(17.2);
    expect(targetLevel({ kind: 'direction', direction: 'increase', reference: { type: 'baseline' }, text: 'Öka' }, 'T', '2022')).toBeNull();
  });
});
