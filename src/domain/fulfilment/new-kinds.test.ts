/** The kinds other regions write, judged from parsed text so that parser and evaluator are held together. */
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../targets/parse-target';
import { evaluateMeasure } from './evaluate-measure';
import { baseVals, input, series } from '../../test-support/fixtures/fulfilment.fixtures';

const judge = (text: string, over: Parameters<typeof input>[0] = {}) => evaluateMeasure(input({ target: parseTarget(text), ...over }));

describe('absolute changes', () => {
  it('is met at the baseline plus the amount, partly met on the way', () => {
    const baseline = baseVals([['T', 1000]]);
    expect(judge('Öka med 300 platser', { baseline, series: series({ '2022-DÅ04': [['T', 1300]] }) }).status).toBe('met');
    expect(judge('Öka med 300 platser', { baseline, series: series({ '2022-DÅ04': [['T', 1100]] }) }).status).toBe('partly-met');
    expect(judge('Öka med 300 platser', { baseline, series: series({ '2022-DÅ04': [['T', 900]] }) }).status).toBe('not-met');
  });

  it('reads percentage points as the same unit as the value', () => {
    const e = judge('Minska med 2 procentenheter', { baseline: baseVals([['T', 10]], 'x', '%'), series: series({ '2022-DÅ04': [['T', 7.5]] }) });
    expect(e.status).toBe('met');
    expect(e.explanation.sv).toContain('procentenheter');
  });

  it('says what is missing without a baseline', () => {
    const e = judge('Öka med 300 platser', { series: series({ '2022-DÅ04': [['T', 1300]] }) });
    expect(e.status).toBe('not-measurable');
    expect(e.explanation.sv).toContain('ingångsvärde saknas');
  });
});

describe('bounds in any unit', () => {
  it.each([
    ['Högst 14 dagars väntetid', 12, 'met'],
    ['Högst 14 dagars väntetid', 15, 'not-met'],
    ['Maksimalt 30 dage', 30, 'met'],
    ['Minst 25 000 besök', 24000, 'not-met'],
    ['mindst 80 pct.', 81, 'met'],
  ] as const)('%j at %d is %s', (text, value, status) => {
    expect(judge(text, { series: series({ '2022-DÅ04': [['T', value]] }) }).status).toBe(status);
  });
});

describe('benchmarks against the national value of the period', () => {
  const s = series({ '2022-DÅ04': [['T', 50]] });
  it('judges the written side without a better direction', () => {
    expect(judge('Under riksgenomsnittet', { series: s, benchmarks: new Map([['2022-DÅ04', 60]]) }).status).toBe('met');
    expect(judge('Högre än riket', { series: s, benchmarks: new Map([['2022-DÅ04', 60]]) }).status).toBe('not-met');
    expect(judge('bedre end landsgennemsnittet', { series: s, benchmarks: new Map([['2022-DÅ04', 40]]), betterDirection: 'increase' }).status).toBe('met');
  });

  it('is not measurable, saying so, when the national value is missing', () => {
    const e = judge('Under riksgenomsnittet', { series: s, benchmarks: new Map([['2021-DÅ04', 60]]) });
    expect(e.status).toBe('not-measurable');
    expect(e.explanation.sv).toContain('rikets värde saknas');
  });

  it('judges approaching as closer than the baseline was, when that can be computed', () => {
    const base = { baseline: baseVals([['T', 80, 2019]]), series: s };
    expect(judge('Närma sig riksgenomsnittet', { ...base, benchmarks: new Map([['2022-DÅ04', 40], ['2019', 40]]) }).status).toBe('partly-met');
    expect(judge('Närma sig riksgenomsnittet', { ...base, benchmarks: new Map([['2022-DÅ04', 49]]) }).status).toBe('met');
    expect(judge('Närma sig riksgenomsnittet', { ...base, benchmarks: new Map([['2022-DÅ04', 40]]) }).status).toBe('not-measurable');
  });
});

describe('stability, ranks, averages, compounds', () => {
  it('judges stability as not worse than the reference', () => {
    const over = { baseline: baseVals([['T', 10]]), betterDirection: 'increase' as const };
    expect(judge('Ingen försämring', { ...over, series: series({ '2022-DÅ04': [['T', 10]] }) }).status).toBe('met');
    expect(judge('fastholde niveauet', { ...over, series: series({ '2022-DÅ04': [['T', 9]] }) }).status).toBe('not-met');
  });

  it('never judges a rank, with or without a value, and says why', () => {
    for (const s of [series({}), series({ '2022-DÅ04': [['T', 3]] })]) {
      const e = judge('Bland de fem bästa regionerna', { series: s });
      expect(e.status).toBe('not-measurable');
      expect(e.explanation.en).toContain('ranking');
    }
  });

  it('averages the same period kind over the named years', () => {
    const s = series({ '2022': [['T', 1]], '2023': [['T', 3]], '2024': [['T', 2]] });
    const text = 'Resultatet ska i genomsnitt för åren 2022-2024 uppgå till minst 2 procent';
    expect(judge(text, { period: '2024', series: s }).status).toBe('met');
    expect(judge(text, { period: '2023', series: s }).status).toBe('met');
    expect(judge(text, { period: '2024', series: series({ '2022': [['T', 1]], '2024': [['T', 2]] }) }).status).toBe('no-value');
  });

  it('needs the plan years for an average over the plan period', () => {
    const s = series({ '2022': [['T', 1]], '2023': [['T', 3]] });
    const text = 'Resultatet ska i snitt över planperioden vara minst 2 procent';
    expect(judge(text, { period: '2023', series: s }).status).toBe('not-measurable');
    expect(judge(text, { period: '2023', series: s, planYears: { from: 2022, to: 2024 } }).status).toBe('met');
  });

  it('meets a compound only when every part is met', () => {
    const over = { baseline: baseVals([['T', 40]]), benchmarks: new Map([['2022-DÅ04', 45]]) };
    const text = 'Andelen ska öka och vara högre än riksgenomsnittet';
    expect(judge(text, { ...over, series: series({ '2022-DÅ04': [['T', 50]] }) }).status).toBe('met');
    expect(judge(text, { ...over, series: series({ '2022-DÅ04': [['T', 44]] }) }).status).toBe('not-met');
    expect(judge(text, { baseline: over.baseline, series: series({ '2022-DÅ04': [['T', 50]] }) }).status).toBe('not-measurable');
  });
});

describe('comparisons with a year, bounds on the same level, bands', () => {
  const year = (v2021: number, now: number) => series({ '2021-DÅ04': [['T', v2021]], '2022-DÅ04': [['T', now]] });

  it('judges "Minst samma nivå som föregående år" on its own side, whatever the measure says is better', () => {
    expect(judge('Minst samma nivå som föregående år', { series: year(80, 80) }).status).toBe('met');
    expect(judge('Minst samma nivå som föregående år', { series: year(80, 79), betterDirection: 'decrease' }).status).toBe('not-met');
    expect(judge('Högst samma nivå som föregående år', { series: year(80, 79), betterDirection: 'increase' }).status).toBe('met');
  });

  it('reads "Lägre än 2021 års nivå" as a direction against 2021, never as the number 2 021', () => {
    const e = judge('Lägre än 2021 års nivå', { series: series({ '2021': [['T', 7]], '2022-DÅ04': [['T', 6]] }) });
    expect(e.status).toBe('met');
    expect(e.explanation.sv).not.toMatch(/2 021/);
  });

  it.each([
    ['Mellan 80 och 90 %', 85, 'met'],
    ['Mellan 80 och 90 %', 92, 'not-met'],
    ['80–90 %', 79, 'not-met'],
  ] as const)('%j at %d is %s', (text, value, status) => {
    expect(judge(text, { series: series({ '2022-DÅ04': [['T', value]] }) }).status).toBe(status);
  });
});
