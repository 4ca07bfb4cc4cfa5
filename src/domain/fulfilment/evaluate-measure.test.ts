import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../targets/parse-baseline';
import { parseTarget } from '../targets/parse-target';
import type { Baseline, BaselinePoint, Target } from '../targets/types';
import { evaluateMeasure } from './evaluate-measure';
import { BASELINE, NO_BASELINE, baseVals, input, level, pt, series } from '../../test-support/fixtures/fulfilment.fixtures';
import type { BetterDirection, EvaluateMeasureInput, FulfilmentStatus } from './types';

/** Explanations use no-break spaces; tests read better with plain ones. */
const sp = (s: string) => s.replace(/\u00A0/g, ' ');

interface Case {
  name: string;
  target: Target | null;
  value?: number;
  baseline?: Baseline;
  dir?: BetterDirection | null;
  period?: string;
  extra?: Partial<EvaluateMeasureInput>;
  status: FulfilmentStatus;
  /** Substrings the Swedish explanation must contain. */
  sv?: string[];
}

function run(c: Case) {
  const period = c.period ?? '2022-DÅ04';
  const values = c.value === undefined ? {} : { [period]: [pt('T', c.value)] };
  return evaluateMeasure(
    input({
      target: c.target,
      baseline: c.baseline ?? NO_BASELINE,
      betterDirection: c.dir ?? null,
      period,
      series: series(values),
      ...c.extra,
    }),
  );
}

function check(cases: Case[]) {
  it.each(cases)('$name -> $status', (c) => {
    const r = run(c);
    expect(r.status).toBe(c.status);
    for (const part of c.sv ?? []) expect(sp(r.explanation.sv)).toContain(part);
  });
}

/** Adds breakdown points in front of a values baseline. */
function withBreakdowns(b: Baseline, extra: { ageBand?: string; label?: string; value: number }[]): Baseline {
  if (b.kind !== 'values') return b;
  const points: BaselinePoint[] = extra.map((e) => ({ quantity: { value: e.value, unit: null }, year: 2019, subPeriod: null, sex: 'T', ageBand: e.ageBand ?? null, label: e.label ?? null }));
  return { ...b, points: [...points, ...b.points] };
}

const under65 = level('<', 6.5, '%', 'Under 6,5 %');
const b70 = baseVals([['T', 7.0]], '2019: 7,0 %', '%');

describe('level', () => {
  check([
    { name: 'below an upper limit', target: under65, value: 5.8, baseline: b70, status: 'met', sv: ['Under 6,5 %: 5,8 % < 6,5 % – uppfyllt'] },
    { name: 'above it but better than baseline', target: under65, value: 6.8, baseline: b70, status: 'partly-met', sv: ['6,8 % > 6,5 %, men bättre än ingångsvärdet 2019: 7 % – delvis uppfyllt'] },
    { name: 'above it and worse than baseline', target: under65, value: 7.2, baseline: b70, status: 'not-met', sv: ['7,2 % > 6,5 %, inte bättre än ingångsvärdet 2019: 7 % – ej uppfyllt'] },
    { name: 'equal to the baseline is not better', target: under65, value: 7.0, baseline: b70, status: 'not-met' },
    { name: 'exactly at a strict limit', target: under65, value: 6.5, baseline: b70, status: 'partly-met', sv: ['6,5 % = 6,5 %'] },
    { name: 'exactly at an inclusive limit', target: level('<=', 6.5, '%', 'Högst 6,5 %'), value: 6.5, status: 'met', sv: ['6,5 % ≤ 6,5 %'] },
    { name: 'not met without a baseline', target: under65, value: 7.2, status: 'not-met', sv: ['7,2 % > 6,5 % – ej uppfyllt'] },
    { name: 'over a lower limit', target: level('>', 40, '%', 'Över 40 %'), value: 41, status: 'met', sv: ['41 % > 40 %'] },
    { name: 'float noise at the limit', target: level('>=', 40, '%', '40 %'), value: 39.99999999999999, status: 'met' },
    { name: 'bare number, higher better', target: level(null, 12, 'st', '12'), value: 12, dir: 'increase', status: 'met', sv: ['12: 12 st ≥ 12 st – uppfyllt'] },
    { name: 'bare number, higher better, improved', target: level(null, 12, 'st', '12'), value: 8, dir: 'increase', baseline: baseVals([['T', 6]]), status: 'partly-met' },
    { name: 'bare number, lower better', target: level(null, 270, null, '270'), value: 265, dir: 'decrease', status: 'met', sv: ['265 ≤ 270'] },
    { name: 'bare number, lower better, missed', target: level(null, 270, null, '270'), value: 280, dir: 'decrease', baseline: baseVals([['T', 275]]), status: 'not-met' },
    { name: 'direction inferred: target below baseline', target: level(null, 270, null, '270'), value: 260, baseline: baseVals([['T', 275]]), status: 'met', sv: ['260 ≤ 270'] },
    { name: 'direction inferred: target above baseline', target: level(null, 12, null, '12'), value: 10, baseline: baseVals([['T', 6]]), status: 'partly-met', sv: ['10 < 12, men bättre än ingångsvärdet 2019: 6'] },
    { name: 'direction unknown', target: level(null, 12, null, '12'), value: 10, status: 'not-measurable', sv: ['okänt om ett högre eller lägre värde är bättre'] },
    { name: 'direction unknown, baseline equals target', target: level(null, 12, null, '12'), value: 10, baseline: baseVals([['T', 12]]), status: 'not-measurable' },
    { name: 'explicit = hit', target: level('=', 1, null, '1,0'), value: 1.0, status: 'met', sv: ['1 = 1'] },
    { name: 'explicit = closer than baseline', target: level('=', 1, null, '1,0'), value: 2, baseline: baseVals([['T', 6.4]]), status: 'partly-met' },
    { name: 'explicit = farther than baseline', target: level('=', 1, null, '1,0'), value: 7, baseline: baseVals([['T', 6.4]]), status: 'not-met' },
    { name: 'target month is named', target: level(null, 100, '%', '100 % i dec', 12), value: 90, dir: 'increase', baseline: baseVals([['T', 60]]), status: 'partly-met', sv: ['90 % < 100 % (mål för december)'] },
    { name: 'forecast baseline is named as such', target: level(null, 1, null, '1,0'), value: 3, dir: 'decrease', baseline: baseVals([['T', 6.4, 2020]], 'Årsprognos aug 2020: 6,4%', null, true), status: 'partly-met', sv: ['ingångsvärdet (prognos 2020): 6,4'] },
    { name: 'value of zero is a value', target: level(null, 0, 'mnkr', '0,0'), value: 0, dir: 'decrease', status: 'met', sv: ['0 mnkr ≤ 0 mnkr'] },
  ]);
});

describe('level baseline choice', () => {
  const tertials = baseVals([['T', 60, 2019, 'T1'], ['T', 56, 2019, 'T2'], ['T', 57, 2019, 'T3']]);
  const t = level(null, 100, '%', '100 %');
  check([
    // 58 beats T2 (56) but not T1 (60): the sub-period decides which baseline applies.
    { name: 'DÅ 08 compares with T2', target: t, value: 58, dir: 'increase', baseline: tertials, period: '2022-DÅ08', status: 'partly-met', sv: ['ingångsvärdet 2019: 56 %'] },
    { name: 'DÅ 04 compares with T1', target: t, value: 58, dir: 'increase', baseline: tertials, period: '2022-DÅ04', status: 'not-met', sv: ['ingångsvärdet 2019: 60 %'] },
    { name: 'ÅR compares with T3', target: t, value: 58, dir: 'increase', baseline: tertials, period: '2022', status: 'partly-met', sv: ['57 %'] },
    { name: 'a month without match takes the last', target: t, value: 58, dir: 'increase', baseline: tertials, period: '2022-06', status: 'partly-met', sv: ['57 %'] },
    { name: 'a total is not compared with a by-sex baseline', target: t, value: 58, dir: 'increase', baseline: baseVals([['K', 50], ['M', 50]]), status: 'not-met' },
    {
      name: 'breakdown points in the baseline are skipped',
      target: t,
      value: 58,
      dir: 'increase',
      // An age band (10) and a labelled split (20) would both make 58 look better; only 70 counts.
      baseline: withBreakdowns(baseVals([['T', 70]]), [{ ageBand: '40', value: 10 }, { label: 'Somatisk vård', value: 20 }]),
      status: 'not-met',
    },
    {
      name: 'a month baseline matches its month however it is written',
      target: t,
      value: 58,
      dir: 'increase',
      baseline: baseVals([['T', 50, 2019, '03'], ['T', 70, 2019, '06']]),
      period: '2022-03',
      status: 'partly-met',
      sv: ['ingångsvärdet 2019: 50 %'],
    },
    {
      name: 'a baseline naming a period takes its value from the series',
      target: level('>=', 50, '%', '50%'),
      value: 40,
      baseline: { kind: 'reference-period', year: 2021, subPeriod: null, text: '2021' },
      extra: { series: series({ '2021': [['T', 30]], '2022-DÅ04': [['T', 40]] }) },
      status: 'partly-met',
      sv: ['men bättre än ingångsvärdet (ÅR 2021): 30 %'],
    },
    {
      name: 'a month baseline (202012:) finds 2020-12',
      target: level('>=', 50, null, '50'),
      value: 20,
      baseline: { kind: 'reference-period', year: 2020, subPeriod: '12', text: '202012:' },
      extra: { series: series({ '2020-12': [['T', 30]], '2022-DÅ04': [['T', 20]] }) },
      status: 'not-met',
      sv: ['inte bättre än ingångsvärdet (dec 2020): 30'],
    },
  ]);
});

describe('fraction', () => {
  const sixOf25: Target = { kind: 'fraction', numerator: 6, denominator: 25, text: '6/25' };
  check([
    { name: 'reached', target: sixOf25, value: 6, status: 'met', sv: ['6/25: 6 ≥ 6 (6/25) – uppfyllt'] },
    { name: 'beyond', target: sixOf25, value: 9, status: 'met' },
    { name: 'on the way', target: sixOf25, value: 4, baseline: baseVals([['T', 0]], '2020: 0/6'), status: 'partly-met' },
    { name: 'not moved', target: sixOf25, value: 0, baseline: baseVals([['T', 0]]), status: 'not-met' },
  ]);
});

describe('direction', () => {
  const oka: Target = { kind: 'direction', direction: 'increase', reference: BASELINE, text: 'Öka' };
  const minska: Target = { kind: 'direction', direction: 'decrease', reference: BASELINE, text: 'Minska' };
  const improve: Target = { kind: 'direction', direction: 'improve', reference: BASELINE, text: 'Förbättrat värde' };
  const b100 = baseVals([['T', 100]]);
  const newMeasure: Baseline = { kind: 'new-measure', text: 'Nytt mått' };
  const from202012: Target = { kind: 'direction', direction: 'increase', reference: { type: 'period', period: '2020-12' }, text: 'Öka utifrån 202012' };
  const prevQuarter: Target = { kind: 'direction', direction: 'increase', reference: { type: 'same-period-previous-year' }, text: 'Öka jmf motsvarande kvartal året innan' };
  check([
    { name: 'increased', target: oka, value: 120, baseline: b100, status: 'met', sv: ['Öka: 120 > 100 (ingångsvärdet 2019) – uppfyllt'] },
    { name: 'unchanged', target: oka, value: 100, baseline: b100, status: 'partly-met', sv: ['100 = 100'] },
    { name: 'decreased', target: oka, value: 90, baseline: b100, status: 'not-met', sv: ['90 < 100'] },
    { name: 'Minska decreased', target: minska, value: 90, baseline: b100, status: 'met' },
    { name: 'Minska increased', target: minska, value: 110, baseline: b100, status: 'not-met' },
    { name: 'improve, lower is better', target: improve, value: 90, baseline: b100, dir: 'decrease', status: 'met' },
    { name: 'improve, higher is better', target: improve, value: 90, baseline: b100, dir: 'increase', status: 'not-met' },
    { name: 'improve without a better direction', target: improve, value: 90, baseline: b100, status: 'not-measurable', sv: ['okänt om'] },
    {
      name: 'new measure falls back to the same period a year earlier',
      target: oka,
      baseline: newMeasure,
      extra: { series: series({ '2021-DÅ04': [['T', 50]], '2022-DÅ04': [['T', 55]] }) },
      status: 'met',
      sv: ['55 > 50 (samma period året innan (DÅ 04 2021))'],
    },
    { name: 'new measure without history', target: oka, value: 55, baseline: newMeasure, status: 'not-measurable', sv: ['Öka: ingångsvärde saknas – ej mätbart'] },
    {
      name: 'from a named month',
      target: from202012,
      period: '2022-04',
      extra: { series: series({ '2020-12': [['T', 40]], '2022-04': [['T', 45]] }) },
      status: 'met',
      sv: ['45 > 40 (värdet för dec 2020)'],
    },
    { name: 'named month missing', target: from202012, value: 45, period: '2022-04', status: 'not-measurable', sv: ['referensvärdet saknas (värdet för dec 2020)'] },
    {
      name: 'named year found in the baseline',
      target: { kind: 'direction', direction: 'increase', reference: { type: 'period', period: '2019' }, text: 'Öka jmf 2019' },
      value: 6,
      baseline: baseVals([['T', 5, 2019]]),
      status: 'met',
      sv: ['6 > 5 (värdet för ÅR 2019)'],
    },
    {
      name: 'same quarter a year earlier',
      target: prevQuarter,
      period: '2022-Q3',
      extra: { series: series({ '2021-Q3': [['T', 8]], '2022-Q3': [['T', 10]] }) },
      status: 'met',
      sv: ['samma period året innan (Kv3 2021)'],
    },
    { name: 'same quarter a year earlier missing', target: prevQuarter, period: '2022-Q3', value: 10, status: 'not-measurable', sv: ['referensvärdet saknas'] },
    {
      name: 'previous measurement is the last like period',
      target: oka,
      period: '2022-DÅ08',
      baseline: { kind: 'previous-measurement', text: 'Tidigare mätning' },
      // The full year 2021, T2 and DÅ 04 2021 are not like DÅ 08 and must be passed over.
      extra: { series: series({ '2020-DÅ08': [['T', 70]], '2021': [['T', 99]], '2021-T2': [['T', 99]], '2021-DÅ04': [['T', 99]], '2021-DÅ08': [['T', 75]], '2022-DÅ08': [['T', 74]] }) },
      status: 'not-met',
      sv: ['74 < 75 (föregående mätning (DÅ 08 2021))'],
    },
    {
      name: 'previous measurement skips years without value',
      target: oka,
      period: '2022',
      baseline: { kind: 'previous-measurement', text: 'Tidigare mätning' },
      extra: { series: series({ '2019': [['T', 70]], '2022': [['T', 74]] }) },
      status: 'met',
      sv: ['(föregående mätning (ÅR 2019))'],
    },
  ]);
});

describe('relative change', () => {
  const half: Target = { kind: 'relative-change', direction: 'decrease', percent: 50, reference: { type: 'period', period: '2020' }, text: 'Minska med 50 % jmf 2020' };
  const plus10: Target = { kind: 'relative-change', direction: 'increase', percent: 10, reference: BASELINE, text: 'Öka med 10 %' };
  const with2020 = (v: number) => ({ series: series({ '2020': [['T', 207]], '2022-DÅ04': [['T', v]] }) });
  check([
    { name: 'halved exactly', target: half, extra: with2020(103.5), status: 'met', sv: ['103,5 = 103,5 (50 % under 207, värdet för ÅR 2020) – uppfyllt'] },
    { name: 'more than halved', target: half, extra: with2020(90), status: 'met' },
    { name: 'down but not halved', target: half, extra: with2020(150), status: 'partly-met', sv: ['150 > 103,5'] },
    { name: 'up', target: half, extra: with2020(210), status: 'not-met' },
    { name: 'reference missing', target: half, value: 90, status: 'not-measurable', sv: ['referensvärdet saknas (värdet för ÅR 2020)'] },
    { name: 'increase reached', target: plus10, value: 110, baseline: baseVals([['T', 100]]), status: 'met', sv: ['(10 % över 100, ingångsvärdet 2019)'] },
    { name: 'increase on the way', target: plus10, value: 105, baseline: baseVals([['T', 100]]), status: 'partly-met' },
  ]);
});

describe('same as', () => {
  const same: Target = { kind: 'same-as', reference: { type: 'period', period: '2019-12' }, text: 'Samma som 201912' };
  const s = (v: number) => ({ series: series({ '2019-12': [['T', 30]], '2022-04': [['T', v]] }) });
  check([
    { name: 'kept', target: same, period: '2022-04', dir: 'increase', extra: s(30), status: 'met', sv: ['30 = 30 (värdet för dec 2019)'] },
    { name: 'better', target: same, period: '2022-04', dir: 'increase', extra: s(31), status: 'met' },
    { name: 'worse', target: same, period: '2022-04', dir: 'increase', extra: s(29), status: 'not-met' },
    { name: 'worse when lower is better', target: same, period: '2022-04', dir: 'decrease', extra: s(31), status: 'not-met' },
    { name: 'no better direction', target: same, period: '2022-04', extra: s(30), status: 'not-measurable' },
    { name: 'reference missing', target: same, period: '2022-04', dir: 'increase', value: 30, status: 'not-measurable', sv: ['referensvärdet saknas'] },
  ]);
});

describe('no value, no target', () => {
  check([
    { name: 'no target', target: null, value: 5, status: 'not-measurable', sv: ['Inget mål – ej mätbart'] },
    { name: 'empty target cell', target: { kind: 'none', text: '' }, value: 5, status: 'not-measurable', sv: ['Inget mål – ej mätbart'] },
    { name: 'qualitative', target: { kind: 'qualitative', text: 'Efter behov' }, value: 5, status: 'not-measurable', sv: ['Efter behov: kvalitativt mål, bedöms av en person – ej mätbart'] },
    { name: 'qualitative without data', target: { kind: 'qualitative', text: 'Handlingsplaner upprättas' }, status: 'not-measurable' },
    { name: 'pending', target: { kind: 'pending', year: 2022, text: 'Uppdateras 2022' }, value: 5, status: 'not-measurable', sv: ['Uppdateras 2022: målet är inte fastställt'] },
    { name: 'no value', target: under65, status: 'no-value', sv: ['Under 6,5 %: inget värde för DÅ 04 2022 – inget värde ännu'] },
    {
      name: 'only breakdowns',
      target: under65,
      extra: { series: new Map([['2022-DÅ04', [pt('T', 5, { ageBand: '40' }), pt('K', 5, { area: 'Luleå' })]]]) },
      status: 'no-value',
    },
    { name: 'value for another period only', target: under65, extra: { series: series({ '2021-DÅ04': [['T', 5]] }) }, status: 'no-value' },
  ]);
});

describe('evaluation result', () => {
  it('uses the total and ignores breakdowns and later duplicates', () => {
    const r = evaluateMeasure(
      input({
        target: under65,
        baseline: b70,
        series: new Map([['2022-DÅ04', [pt('T', 9, { area: 'Kiruna' }), pt('T', 5.8), pt('T', 9), pt('K', 9, { ageBand: '40' })]]]),
      }),
    );
    expect(r.status).toBe('met');
    expect(r.observed).toEqual([{ sex: 'T', period: '2022-DÅ04', value: 5.8 }]);
    expect(r.references).toEqual([{ sex: 'T', source: 'baseline', period: null, value: 7 }]);
    expect(r.rule).toBe('level');
    expect(r.targetText).toBe('Under 6,5 %');
    expect(r.targetYear).toBe(2022);
    expect(r.bySex).toBeUndefined();
  });

  it('explains in every language with each language’s numbers', () => {
    const r = run({ name: '', target: under65, value: 5.8, baseline: b70, status: 'met' });
    expect(sp(r.explanation.da)).toBe('Under 6,5 %: 5,8 % < 6,5 % – opfyldt');
    expect(r.explanation.en).toBe('Under 6,5 %: 5.8% < 6.5% – met');
    const p = run({ name: '', target: under65, value: 6.8, baseline: b70, status: 'partly-met' });
    expect(p.explanation.en).toBe('Under 6,5 %: 6.8% > 6.5%, but better than the baseline 2019: 7% – partly met');
    expect(sp(p.explanation.da)).toBe('Under 6,5 %: 6,8 % > 6,5 %, men bedre end udgangsværdien 2019: 7 % – delvist opfyldt');
  });

  it('formats thousands Swedish style and keeps close values apart', () => {
    const r = run({ name: '', target: level('>=', 43000, null, '43 000'), value: 42999.5, status: 'not-met' });
    expect(r.explanation.sv).toContain('42\u00A0999,5 < 43\u00A0000');
    expect(r.explanation.en).toContain('42,999.5 < 43,000');
    const close = run({ name: '', target: level('<', 5.8, '%', 'Under 5,8 %'), value: 5.804, status: 'not-met' });
    expect(sp(close.explanation.sv)).toContain('5,804 % > 5,8 %');
  });

  it('takes the unit from the input before the target', () => {
    const r = evaluateMeasure(input({ target: level('>=', 40, null, '40'), unit: '%', series: series({ '2022-DÅ04': [['T', 45]] }) }));
    expect(sp(r.explanation.sv)).toContain('45 % ≥ 40 %');
  });
});

describe('a baseline that mixes an actual value and a forecast', () => {
  it('names only the forecast as a forecast', () => {
    const r = evaluateMeasure({
      target: parseTarget('43 000'),
      targetYear: 2022,
      baseline: parseBaseline('19600 tom T2 2021, prognos 35 000 2021'),
      betterDirection: 'increase',
      period: '2022-DÅ08',
      series: new Map([['2022-DÅ08', [{ sex: 'T', ageBand: null, area: null, value: 31200 }]]]),
    });
    expect(r.status).toBe('partly-met');
    expect(r.explanation.sv).not.toContain('prognos');
    expect(r.explanation.sv).toMatch(/ingångsvärdet 2021.*19\u00A0600/);
  });
});

describe('a bare-number target against a forecast baseline', () => {
  const run = (betterDirection: 'increase' | 'decrease' | null) =>
    evaluateMeasure({
      target: parseTarget('1,0'),
      targetYear: 2022,
      baseline: parseBaseline('Årsprognos aug 2020: 6,4%'),
      betterDirection,
      period: '2022',
      series: new Map([['2022', [{ sex: 'T', ageBand: null, area: null, value: 1.4 }]]]),
    });
  it('does not guess the better direction from a forecast', () => {
    expect(run(null).status).toBe('not-measurable');
    expect(run(null).explanation.sv).toContain('okänt om ett högre eller lägre värde är bättre');
  });
  it('judges once the direction is set', () => {
    expect(run('increase').status).toBe('met');
    expect(run('decrease').status).toBe('partly-met');
  });
});
