import { describe, expect, it } from 'vitest';
import { forecastStatus, forecastYearKey, isForecastPeriod } from './forecast-status';
import { type Series, measureStatus, parseMeasure } from './measure-status';

// Seed 001's measures, as the plan document writes them.
const triage = parseMeasure({
  name: 'Antal slutförda ärenden (triage) per år totalt i länet på Digitalen',
  baselineText: '19600 tom T2 2021, prognos 35 000 2021',
  targets: [
    { year: 2022, text: '43 000' },
    { year: 2024, text: '60 000' },
  ],
  betterDirection: null,
  unit: null,
  valueNature: 'flow',
});
const injuries = parseMeasure({
  name: 'Andel vårdskador, sluten somatisk vård',
  baselineText: '2019: 7,0 %',
  targets: [
    { year: 2022, text: 'Under 6,5 %' },
    { year: 2024, text: 'Under 5 %' },
  ],
  betterDirection: null,
  unit: '%',
});
const digitalVisits = parseMeasure({
  name: 'Andel digitala vårdbesök, nybesök respektive återbesök av totala besök',
  baselineText: '2021: Nybesök Återbesök',
  targets: [
    { year: 2022, text: '40 %' },
    { year: 2024, text: '50 %' },
  ],
  betterDirection: null,
  unit: '%',
});
/** The sentence with ordinary spaces: numbers are formatted with no-break spaces. */
const sv = (s: { explanation: { sv: string } }) => s.explanation.sv.replace(/[\u00a0\u202f]/gu, ' ');
const point = (value: number) => ({ sex: 'T' as const, ageBand: null, area: null, value });
const none: Series = new Map();

describe('forecastStatus', () => {
  it('judges a year between target years against the target the plan chooses, as the measure itself is judged', () => {
    // 2023 on a straight line between 43 000 (2022) and 60 000 (2024) is 51 500: 55 000 meets it, 50 000 does not.
    const line = { targetBetweenYears: 'straight-line' as const };
    expect(sv(forecastStatus(triage, none, '2023-DÅ04', 55_000, line))).toBe('Prognos 55 000 ≥ årsmål 51 500 – prognosen når målet');
    expect(forecastStatus(triage, none, '2023-DÅ04', 50_000, line).verdict).toBe('misses');
    // With the next target, 2023 is judged against 2024's 60 000.
    expect(sv(forecastStatus(triage, none, '2023-DÅ04', 55_000))).toBe('Prognos 55 000 < mål 2024 60 000 – prognosen når inte målet');
  });

  it('says a forecast at or above the annual level meets it, in the sentence the issue names', () => {
    const s = forecastStatus(triage, none, '2022-DÅ04', 45_000);
    expect(s.verdict).toBe('meets');
    expect(sv(s)).toBe('Prognos 45 000 ≥ årsmål 43 000 – prognosen når målet');
    expect(s.explanation.da.replace(/[\u00a0\u202f]/gu, ' ')).toBe('Prognose 45.000 ≥ årsmål 43.000 – prognosen når målet');
    expect(s.explanation.en.replace(/[\u00a0\u202f]/gu, ' ')).toBe('Forecast 45,000 ≥ annual target 43,000 – the forecast meets the target');
  });

  it('says a forecast below the level does not meet it', () => {
    const s = forecastStatus(triage, none, '2022-DÅ08', 40_000);
    expect(s.verdict).toBe('misses');
    expect(sv(s)).toBe('Prognos 40 000 < årsmål 43 000 – prognosen når inte målet');
  });

  it('compares the forecast with the full-year target, never a pro-rated one, whatever the interim value', () => {
    // 16 000 by April is on track pro-rated (43 000 → 14 333 for jan–apr), but the forecast is for the year.
    const series: Series = new Map([['2022-DÅ04', [point(16_000)]]]);
    expect(measureStatus(triage, series, '2022-DÅ04').status).toBe('met');
    expect(forecastStatus(triage, series, '2022-DÅ04', 42_000).verdict).toBe('misses');
  });

  it('reads "Under 6,5 %" as the side the target states', () => {
    expect(sv(forecastStatus(injuries, none, '2022-DÅ08', 6.1))).toBe('Prognos 6,1 % < årsmål 6,5 % – prognosen når målet');
    expect(forecastStatus(injuries, none, '2022-DÅ08', 6.9).verdict).toBe('misses');
  });

  it('names the next target year between target years', () => {
    const s = forecastStatus(triage, none, '2023-DÅ04', 61_000);
    expect(s.verdict).toBe('meets');
    expect(sv(s)).toBe('Prognos 61 000 ≥ mål 2024 60 000 – prognosen når målet');
  });

  it('cannot judge a bare level without a better direction, and says so instead of a verdict', () => {
    // Seed 001's digital visits rise from 40 % to 50 %: the direction is read off the targets.
    expect(forecastStatus(digitalVisits, none, '2022-DÅ04', 45).verdict).toBe('meets');
    const bare = parseMeasure({ name: 'Index', baselineText: '', targets: [{ year: 2022, text: '40 %' }], betterDirection: null, unit: '%' });
    const s = forecastStatus(bare, none, '2022-DÅ04', 45);
    expect(s.verdict).toBe('unknown');
    expect(sv(s)).toMatch(/^Prognos 45 % för helåret – prognosen kan inte bedömas \(/u);
  });

  it('judges a target relative to the baseline with the evaluator, whose sentence it quotes', () => {
    const grow = parseMeasure({ baselineText: '2021: 1 000', targets: [{ year: 2022, text: 'Öka' }], betterDirection: 'increase', unit: null });
    const series: Series = new Map([['2021', [point(1_000)]]]);
    const up = forecastStatus(grow, series, '2022-DÅ04', 1_200);
    expect(up.verdict).toBe('meets');
    expect(sv(up)).toContain('Prognos 1 200 för helåret – prognosen når målet (');
    expect(forecastStatus(grow, series, '2022-DÅ04', 900).verdict).toBe('misses');
  });

  it('agrees with the evaluator judging the same number as the year-end value', () => {
    for (const forecast of [30_000, 42_999, 43_000, 50_000]) {
      const atYearEnd = measureStatus(triage, new Map([['2022', [point(forecast)]]]), '2022').status;
      expect(forecastStatus(triage, none, '2022-DÅ04', forecast).verdict).toBe(atYearEnd === 'met' ? 'meets' : 'misses');
    }
  });
});

describe('forecast periods', () => {
  it('are DÅ 04 and DÅ 08, for the year they are in', () => {
    expect(isForecastPeriod('2022-DÅ04')).toBe(true);
    expect(isForecastPeriod('2022-DÅ08')).toBe(true);
    expect(isForecastPeriod('2022')).toBe(false);
    expect(isForecastPeriod('2022-T1')).toBe(false);
    expect(forecastYearKey('2022-DÅ08')).toBe('2022');
  });
});
