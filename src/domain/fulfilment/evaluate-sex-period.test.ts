/** evaluateMeasure for targets that look at more than one number: sexes, report periods, the nation, gaps. */
import { describe, expect, it } from 'vitest';
import type { Sex, Target } from '../targets/types';
import { evaluateMeasure } from './evaluate-measure';
import { BASELINE, baseVals, input, level, series } from '../../test-support/fixtures/fulfilment.fixtures';
import type { EvaluateMeasureInput, FulfilmentStatus } from './types';

const sp = (s: string) => s.replace(/\u00A0/g, ' ');
const at = (period: string, values: [Sex, number][], extra: Partial<EvaluateMeasureInput> = {}) =>
  ({ period, series: series({ [period]: values }), ...extra }) as Partial<EvaluateMeasureInput>;

describe('per-sex targets', () => {
  // Seed 001: "Oplanerade återinskrivningar" 2019: K 16,9 % M 18,0 %, target K 16,0 M 17,2; lower is better.
  const perSex: Target = {
    kind: 'per-sex',
    targets: { K: level(null, 16.0, null, '16,0'), M: level(null, 17.2, null, '17,2') },
    text: 'K 16,0 M 17,2',
  };
  const base = baseVals([['K', 16.9], ['M', 18.0]], '2019: K 16,9 % M 18,0 %');
  const run = (values: [Sex, number][]) =>
    evaluateMeasure(input({ target: perSex, baseline: base, betterDirection: 'decrease', unit: '%', ...at('2022-DÅ04', values) }));

  it.each<[string, [Sex, number][], FulfilmentStatus, Partial<Record<Sex, FulfilmentStatus>>]>([
    ['both met', [['K', 15.8], ['M', 17.0]], 'met', { K: 'met', M: 'met' }],
    ['one met, one partly', [['K', 15.8], ['M', 17.9]], 'partly-met', { K: 'met', M: 'partly-met' }],
    ['one met, one not', [['K', 15.8], ['M', 18.5]], 'partly-met', { K: 'met', M: 'not-met' }],
    ['one partly, one not', [['K', 16.5], ['M', 18.5]], 'partly-met', { K: 'partly-met', M: 'not-met' }],
    ['none met', [['K', 17.0], ['M', 18.5]], 'not-met', { K: 'not-met', M: 'not-met' }],
    ['men missing', [['K', 15.8]], 'met', { K: 'met', M: 'no-value' }],
    ['women missing, men not met', [['M', 18.5]], 'not-met', { K: 'no-value', M: 'not-met' }],
    ['only a total', [['T', 15]], 'no-value', { K: 'no-value', M: 'no-value' }],
  ])('%s', (_name, values, status, bySex) => {
    const r = run(values);
    expect(r.status).toBe(status);
    expect(r.bySex).toEqual(bySex);
    expect(r.rule).toBe('per-sex');
  });

  it('explains each sex and names the missing one', () => {
    expect(sp(run([['K', 15.8], ['M', 17.9]]).explanation.sv)).toBe(
      'K 16,0 M 17,2: K: 15,8 % ≤ 16 % (uppfyllt); M: 17,9 % > 17,2 %, men bättre än ingångsvärdet 2019: 18 % (delvis uppfyllt) – delvis uppfyllt',
    );
    const missing = run([['K', 15.8]]);
    expect(sp(missing.explanation.sv)).toBe('K 16,0 M 17,2: K: 15,8 % ≤ 16 % (uppfyllt); M: inget värde för DÅ 04 2022 – uppfyllt');
    expect(missing.explanation.en).toContain('men: no value for Interim Apr 2022');
    expect(missing.observed).toEqual([{ sex: 'K', period: '2022-DÅ04', value: 15.8 }]);
  });

  it('judges sexes with their own baseline, not each other’s', () => {
    // M 17,5 beats M's baseline 18,0 but not K's 16,9: partly met only because of its own.
    const r = run([['K', 16.0], ['M', 17.5]]);
    expect(r.bySex).toEqual({ K: 'met', M: 'partly-met' });
    expect(r.references.map((x) => [x.sex, x.value])).toEqual([['K', 16.9], ['M', 18.0]]);
  });
});

describe('a single target with values by sex only', () => {
  const t = level('>=', 40, '%', '40 %');
  it.each<[string, [Sex, number][], FulfilmentStatus, Partial<Record<Sex, FulfilmentStatus>> | undefined]>([
    ['total wins over sexes', [['T', 45], ['K', 30], ['M', 30]], 'met', undefined],
    ['both sexes met', [['K', 45], ['M', 41]], 'met', { K: 'met', M: 'met' }],
    ['one sex met', [['K', 45], ['M', 35]], 'partly-met', { K: 'met', M: 'not-met' }],
    ['no sex met', [['K', 35], ['M', 35]], 'not-met', { K: 'not-met', M: 'not-met' }],
    ['only women', [['K', 45]], 'met', { K: 'met', M: 'no-value' }],
  ])('%s', (_n, values, status, bySex) => {
    const r = evaluateMeasure(input({ target: t, ...at('2022-DÅ04', values) }));
    expect(r.status).toBe(status);
    expect(r.bySex).toEqual(bySex);
    expect(r.rule).toBe('level');
  });

  it('compares a sex with the baseline total when the baseline has no sexes', () => {
    const r = evaluateMeasure(input({ target: t, baseline: baseVals([['T', 30]]), ...at('2022-DÅ04', [['K', 35], ['M', 25]]) }));
    expect(r.bySex).toEqual({ K: 'partly-met', M: 'not-met' });
    expect(r.status).toBe('partly-met');
  });

  it('judges Öka per sex against a by-sex baseline (seed: 2019 K: 8 520 M: 4 458)', () => {
    const oka: Target = { kind: 'direction', direction: 'increase', reference: BASELINE, text: 'Öka' };
    const r = evaluateMeasure(input({ target: oka, baseline: baseVals([['K', 8520], ['M', 4458]]), ...at('2022', [['K', 9000], ['M', 4000]]) }));
    expect(r.status).toBe('partly-met');
    expect(sp(r.explanation.sv)).toBe('Öka: K: 9 000 > 8 520 (ingångsvärdet 2019) (uppfyllt); M: 4 000 < 4 458 (ingångsvärdet 2019) (ej uppfyllt) – delvis uppfyllt');
  });
});

describe('per-report-period targets', () => {
  // Seed 001: "DÅ 04: 56 % DÅ 08: 57 % ÅR: 58 %".
  const prp: Target = {
    kind: 'per-report-period',
    targets: { DÅ04: level(null, 56, '%', '56 %'), DÅ08: level(null, 57, '%', '57 %'), ÅR: level(null, 58, '%', '58 %') },
    text: 'DÅ 04: 56 % DÅ 08: 57 % ÅR: 58 %',
  };
  const base = baseVals([['T', 55, 2020]], 'Årsprognos aug 2020, 55 %', '%', true);
  it.each<[string, number, FulfilmentStatus, string | null, string]>([
    ['2022-DÅ04', 56.5, 'met', 'DÅ04', '56 % (DÅ 04): 56,5 % ≥ 56 % – uppfyllt'],
    ['2022-DÅ08', 56.5, 'partly-met', 'DÅ08', '57 % (DÅ 08): 56,5 % < 57 %, men bättre än ingångsvärdet (prognos 2020): 55 % – delvis uppfyllt'],
    ['2022-DÅ08', 54, 'not-met', 'DÅ08', '57 % (DÅ 08): 54 % < 57 %'],
    ['2022', 58, 'met', 'ÅR', '58 % (ÅR): 58 % ≥ 58 %'],
    ['2022-T2', 57.5, 'met', 'DÅ08', '57 % (DÅ 08)'],
    ['2022-12', 57.5, 'partly-met', 'ÅR', '58 % (ÅR)'],
    ['2022-Q1', 60, 'not-measurable', null, 'DÅ 04: 56 % DÅ 08: 57 % ÅR: 58 %: inget mål för Kv1 2022 – ej mätbart'],
  ])('%s value %s -> %s', (period, value, status, kind, sv) => {
    const r = evaluateMeasure(input({ target: prp, baseline: base, betterDirection: 'increase', ...at(period, [['T', value]]) }));
    expect(r.status).toBe(status);
    expect(r.rule).toBe('per-report-period');
    expect(r.reportKind ?? null).toBe(kind);
    expect(sp(r.explanation.sv)).toContain(sv);
    expect(r.targetText).toBe(prp.text);
  });

  it('is not measurable for a report without a sub-target, and no-value without data', () => {
    const partial: Target = { kind: 'per-report-period', targets: { DÅ04: level('>=', 56, '%', '56 %') }, text: 'DÅ 04: 56 %' };
    const r = evaluateMeasure(input({ target: partial, ...at('2022', [['T', 60]]) }));
    expect(r.status).toBe('not-measurable');
    expect(r.explanation.sv).toBe('DÅ 04: 56 %: inget mål för ÅR – ej mätbart');
    expect(evaluateMeasure(input({ target: partial, ...at('2022-DÅ04', []) })).status).toBe('no-value');
  });

  it('passes per-sex sub-targets through', () => {
    const nested: Target = {
      kind: 'per-report-period',
      targets: { DÅ04: { kind: 'per-sex', targets: { K: level('>=', 50, null, '50'), M: level('>=', 60, null, '60') }, text: 'K 50 M 60' } },
      text: 'DÅ 04: K 50 M 60',
    };
    const r = evaluateMeasure(input({ target: nested, ...at('2022-DÅ04', [['K', 55], ['M', 55]]) }));
    expect(r.status).toBe('partly-met');
    expect(r.bySex).toEqual({ K: 'met', M: 'not-met' });
    expect(r.reportKind).toBe('DÅ04');
  });
});

describe('benchmark against the nation', () => {
  const equal: Target = { kind: 'benchmark', relation: 'equal', reference: { type: 'series', series: 'riket' }, text: 'I nivå med riket' };
  const betterThan: Target = { kind: 'benchmark', relation: 'better', reference: { type: 'series', series: 'riket' }, text: 'Bättre än riket' };
  const riket = (v: number) => ({ benchmarks: new Map([['2022', v]]) });
  it.each<[string, Target, number, 'increase' | 'decrease' | null, FulfilmentStatus, string]>([
    ['within +5 %', equal, 10.4, null, 'met', '10,4 inom ±5 % från riket (10)'],
    ['within −5 %', equal, 9.6, null, 'met', '9,6 inom ±5 % från riket (10)'],
    ['within and a little better', equal, 10.4, 'increase', 'met', '10,4 inom ±5 % från riket (10)'],
    ['at +5 % exactly', equal, 10.5, null, 'met', 'inom'],
    ['outside, direction unknown', equal, 11, null, 'not-met', '11 mer än ±5 % från riket (10)'],
    ['outside and worse', equal, 11, 'decrease', 'not-met', '11 sämre än riket (10)'],
    ['outside but better', equal, 11, 'increase', 'met', '11 bättre än riket (10)'],
    ['better than: better', betterThan, 9, 'decrease', 'met', '9 bättre än riket (10)'],
    ['better than: level', betterThan, 10.2, 'decrease', 'partly-met', '10,2 inom ±5 % från riket (10)'],
    ['better than: worse', betterThan, 12, 'decrease', 'not-met', '12 sämre än riket (10)'],
    ['better than: no direction', betterThan, 9, null, 'not-measurable', 'okänt om'],
  ])('%s', (_n, target, value, dir, status, sv) => {
    const r = evaluateMeasure(input({ target, betterDirection: dir, ...at('2022', [['T', value]], riket(10)) }));
    expect(r.status).toBe(status);
    expect(sp(r.explanation.sv)).toContain(sv);
  });

  it('records the national value it compared with', () => {
    const r = evaluateMeasure(input({ target: equal, ...at('2022', [['T', 10.4]], riket(10)) }));
    expect(r.references).toEqual([{ sex: 'T', source: 'benchmark', period: '2022', value: 10 }]);
  });

  it.each<[string, Target, Partial<EvaluateMeasureInput>, string]>([
    ['no national value', equal, {}, 'I nivå med riket: rikets värde saknas – ej mätbart'],
    ['national value for another period', equal, { benchmarks: new Map([['2021', 10]]) }, 'rikets värde saknas'],
    ['other regions', { kind: 'benchmark', relation: 'equal', reference: { type: 'series', series: 'other-regions' }, text: 'Som andra regioner' }, riket(10), 'värden för andra regioner saknas'],
    ['low and stable', { kind: 'benchmark', relation: 'low-stable', reference: { type: 'series', series: 'other-regions' }, text: 'Låg och stabil nivå jfr med andra regioner' }, riket(10), 'bedöms av en person'],
  ])('%s is not measurable', (_n, target, extra, sv) => {
    const r = evaluateMeasure(input({ target, ...at('2022', [['T', 10]], extra) }));
    expect(r.status).toBe('not-measurable');
    expect(sp(r.explanation.sv)).toContain(sv);
  });

  it('has no value before it lacks a benchmark', () => {
    expect(evaluateMeasure(input({ target: equal, period: '2022' })).status).toBe('no-value');
  });
});

describe('gap targets', () => {
  const gap: Target = { kind: 'gap', direction: 'decrease', reference: { type: 'period', period: '2019' }, text: 'Minskad skillnad jmf 2019' };
  const sexes = (k: number, m: number) => ({ series: series({ '2019': [['K', 10], ['M', 14]], '2022': [['K', k], ['M', m]] }), period: '2022' });
  it.each<[string, Target, Partial<EvaluateMeasureInput>, FulfilmentStatus]>([
    ['smaller', gap, sexes(11, 13), 'met'],
    ['same size, other sign', gap, sexes(14, 10), 'partly-met'],
    ['larger', gap, sexes(9, 14), 'not-met'],
    ['should grow and did', { ...gap, direction: 'increase' }, sexes(9, 14), 'met'],
    ['should grow but shrank', { ...gap, direction: 'increase' }, sexes(11, 13), 'not-met'],
  ])('%s', (_n, target, extra, status) => {
    const r = evaluateMeasure(input({ target, ...extra }));
    expect(r.status).toBe(status);
    expect(r.rule).toBe('gap');
  });

  it('explains in percentage points for percent measures', () => {
    const r = evaluateMeasure(input({ target: gap, unit: '%', ...sexes(11, 13) }));
    expect(sp(r.explanation.sv)).toBe('Minskad skillnad jmf 2019: skillnaden K–M 2 procentenheter mot 4 procentenheter (värdet för ÅR 2019) – uppfyllt');
    expect(sp(r.explanation.en)).toContain('the gap women–men 2 percentage points vs 4 percentage points (the value for FY 2019) – met');
  });

  it('finds the reference gap in the baseline when the series lacks it', () => {
    const r = evaluateMeasure(
      input({ target: gap, baseline: baseVals([['K', 10, 2019], ['M', 14, 2019]]), period: '2022', series: series({ '2022': [['K', 11], ['M', 13]] }) }),
    );
    expect(r.status).toBe('met');
  });

  it('never uses the total as a sex in the reference gap', () => {
    const r = evaluateMeasure(input({ target: gap, period: '2022', series: series({ '2019': [['T', 12]], '2022': [['K', 11], ['M', 13]] }) }));
    expect(r.status).toBe('not-measurable');
    expect(sp(r.explanation.sv)).toContain('referensvärdet saknas (värdet för ÅR 2019)');
  });

  it('uses the gap to the nation when there are no sexes', () => {
    const r = evaluateMeasure(
      input({
        target: gap,
        period: '2022',
        series: series({ '2019': [['T', 110]], '2022': [['T', 105]] }),
        benchmarks: new Map([['2019', 100], ['2022', 100]]),
      }),
    );
    expect(r.status).toBe('met');
    expect(sp(r.explanation.sv)).toContain('skillnaden mot riket 5 mot 10');
  });

  it('is not measurable with only a total and no national value', () => {
    const r = evaluateMeasure(input({ target: gap, period: '2022', series: series({ '2022': [['T', 105]] }) }));
    expect(r.status).toBe('not-measurable');
    expect(sp(r.explanation.sv)).toContain('skillnaden kräver värden för kvinnor och män');
  });

  it('has no value when the period has none', () => {
    expect(evaluateMeasure(input({ target: gap, period: '2022' })).status).toBe('no-value');
  });
});
