import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureStatus, parseMeasure } from '../scorecard/measure-status';
import type { Baseline } from '../targets/types';
import { evaluateMeasure } from './evaluate-measure';
import { BASELINE, baseVals, input, level, series } from '../../test-support/fixtures/fulfilment.fixtures';

const sp = (s: string) => s.replace(/\u00A0/g, ' ');

// Seed 001's real rows (Region Norrbotten, Regionstyrelsens plan 2022–2024).
const TRIAGE = parseMeasure({
  name: 'Antal slutförda ärenden (triage) per år totalt i länet på Digitalen',
  baselineText: '19600 tom T2 2021, prognos 35 000 2021',
  targets: [{ year: 2022, text: '43 000' }, { year: 2024, text: '60 000' }],
  betterDirection: null,
  unit: null,
  valueNature: 'flow',
});
const VISITS = (valueNature: 'flow' | 'state' | 'cumulative') =>
  parseMeasure({ name: 'Antal besök på filialer och servicepunkter', baselineText: '2021', targets: [{ year: 2022, text: 'Öka' }, { year: 2024, text: 'Öka' }], betterDirection: null, unit: null, valueNature });
const INJURIES = parseMeasure({ name: 'Andel vårdskador, sluten somatisk vård', baselineText: '2020: 7,9 %', targets: [{ year: 2022, text: 'Under 6,5 %' }], betterDirection: null, unit: '%', valueNature: 'flow' });
const ANTIBIOTICS = parseMeasure({ name: 'Antibiotikarecept per tusen invånare och år', baselineText: '2019: 275 st', targets: [{ year: 2022, text: '270' }, { year: 2024, text: '245' }], betterDirection: null, unit: 'st', valueNature: 'flow' });

describe('interim periods judged fairly (seed 001)', () => {
  it('pro-rates an annual level target to the months a delår covers, and says so', () => {
    const s = measureStatus(TRIAGE, series({ '2022-DÅ04': [['T', 15_000]] }), '2022-DÅ04');
    expect(s.status).toBe('met');
    expect(sp(s.explanation.sv)).toBe('43 000: 15 000 ≥ 14 333,33 (årsmål 43 000 → 14 333,33 för jan–apr) – uppfyllt');
    expect(sp(s.explanation.en)).toContain('(annual target 43,000 → 14,333.33 for Jan–Apr)');
    const aug = measureStatus(TRIAGE, series({ '2022-DÅ08': [['T', 25_000]] }), '2022-DÅ08');
    expect(aug.status).not.toBe('met');
    expect(sp(aug.explanation.sv)).toContain('årsmål 43 000 → 28 666,67 för jan–aug');
    // The year report is judged on the whole target.
    expect(measureStatus(TRIAGE, series({ '2022': [['T', 43_500]] }), '2022').status).toBe('met');
  });

  it('compares a flow with the same period a year earlier rather than the full-year baseline (the issue: "1 234 > 1 000 (ÅR 2021)")', () => {
    const year = series({ '2021': [['T', 1000]], '2022-DÅ04': [['T', 1234]] });
    const pro = measureStatus(VISITS('flow'), year, '2022-DÅ04');
    // No DÅ 04 2021: the year's 1 000 pro-rated to 333,33 for jan–apr.
    expect(sp(pro.explanation.sv)).toBe('Öka: 1 234 > 333,33 (ingångsvärdet (ÅR 2021) 1 000 → jan–apr) – uppfyllt');
    const withPrevious = series({ '2021': [['T', 1000]], '2021-DÅ04': [['T', 1300]], '2022-DÅ04': [['T', 1234]] });
    const same = measureStatus(VISITS('flow'), withPrevious, '2022-DÅ04');
    expect(same.status).toBe('not-met');
    expect(sp(same.explanation.sv)).toBe('Öka: 1 234 < 1 300 (samma period året innan (DÅ 04 2021)) – ej uppfyllt');
  });

  it('keeps state and cumulative measures and shares (%) on their rules', () => {
    const year = series({ '2021': [['T', 1000]], '2022-DÅ04': [['T', 1234]] });
    expect(sp(measureStatus(VISITS('state'), year, '2022-DÅ04').explanation.sv)).toBe('Öka: 1 234 > 1 000 (ingångsvärdet (ÅR 2021)) – uppfyllt');
    expect(sp(measureStatus(VISITS('cumulative'), year, '2022-DÅ04').explanation.sv)).toBe('Öka: 1 234 > 1 000 (ingångsvärdet (ÅR 2021)) – uppfyllt');
    expect(sp(measureStatus(INJURIES, series({ '2022-DÅ04': [['T', 6.1]] }), '2022-DÅ04').explanation.sv)).toBe('Under 6,5 %: 6,1 % < 6,5 % – uppfyllt');
  });

  it('pro-rates the baseline a level is measured against for partly met, too', () => {
    // 95 per thousand in jan–apr: above the pro-rated 90 and the pro-rated baseline 91,67: not met.
    const s = measureStatus(ANTIBIOTICS, series({ '2022-DÅ04': [['T', 95]] }), '2022-DÅ04');
    expect(s.status).toBe('not-met');
    expect(sp(s.explanation.sv)).toBe('270: 95 st > 90 st (årsmål 270 st → 90 st för jan–apr), inte bättre än ingångsvärdet 2019 275 st → jan–apr: 91,67 st – ej uppfyllt');
    expect(measureStatus(ANTIBIOTICS, series({ '2022-DÅ04': [['T', 91]] }), '2022-DÅ04').status).toBe('partly-met');
  });
});

// The evaluator as the oracle: a flow at a delår is judged exactly as a state would be against
// the figures made fair by hand: the target × months/12, and the same period a year earlier
// (where it exists) or the full year × months/12 in place of the full-year reference.
const months = fc.constantFrom<[string, number]>(['2022-DÅ04', 4], ['2022-DÅ08', 8]);
const num = fc.integer({ min: 0, max: 3000 });

describe('interim comparisons: properties', () => {
  it('an annual level for a flow is judged as the pro-rated level would be', () => {
    fc.assert(
      fc.property(months, num, num, num, fc.constantFrom('increase' as const, 'decrease' as const, null), fc.constantFrom(null, '>=' as const, '<=' as const), ([period, m], value, goal, base, dir, op) => {
        const baseline: Baseline = baseVals([['T', base, 2021]], 'b', 'st');
        const flow = evaluateMeasure(input({ period, valueNature: 'flow', unit: 'st', betterDirection: dir, baseline, target: level(op, goal, 'st', String(goal)), series: series({ [period]: [['T', value]] }) }));
        const fairBaseline: Baseline = baseVals([['T', (base * m) / 12, 2021]], 'b', 'st');
        const oracle = evaluateMeasure(input({ period, valueNature: 'state', unit: 'st', betterDirection: dir, baseline: fairBaseline, target: level(op, (goal * m) / 12, 'st', 'x'), series: series({ [period]: [['T', value]] }) }));
        expect(flow.status).toBe(oracle.status);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('a flow compared with a full-year reference period is judged against the same period a year earlier, else the pro-rated year', () => {
    fc.assert(
      fc.property(months, num, num, fc.option(num, { nil: undefined }), fc.constantFrom('increase' as const, 'decrease' as const), ([period, m], value, year, previous, direction) => {
        const prevKey = `2021${period.slice(4)}`;
        const target = { kind: 'direction' as const, direction, reference: BASELINE, text: 'Öka' };
        const baseline: Baseline = { kind: 'reference-period', year: 2021, subPeriod: null, text: '2021' };
        const given = series({ '2021': [['T', year]], [period]: [['T', value]], ...(previous === undefined ? {} : { [prevKey]: [['T', previous]] }) });
        const flow = evaluateMeasure(input({ period, valueNature: 'flow', unit: 'st', baseline, target, series: given }));
        const fairYear = previous ?? (year * m) / 12;
        const oracle = evaluateMeasure(input({ period, valueNature: 'state', unit: 'st', baseline, target, series: series({ '2021': [['T', fairYear]], [period]: [['T', value]] }) }));
        expect(flow.status).toBe(oracle.status);
        // Never a part-year value against a full-year figure: the reference is the same period, or pro-rated.
        for (const r of flow.references) expect(r.period === prevKey || r.prorated === m / 12).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('the target used, said', () => {
  const m = parseMeasure({ name: 'Andel vårdskador, sluten somatisk vård', baselineText: '2020: 7,9 %', targets: [{ year: 2022, text: 'Under 6,5 %' }, { year: 2024, text: 'Under 5 %' }], betterDirection: null, unit: '%' });
  it('names the next target year when judging between target years, and nothing extra in a target year', () => {
    const between = measureStatus(m, series({ '2023-DÅ04': [['T', 5.5]] }), '2023-DÅ04');
    expect(sp(between.explanation.sv)).toBe('Mål 2024 (nästa målår): Under 5 %: 5,5 % > 5 %, men bättre än ingångsvärdet 2020: 7,9 % – delvis uppfyllt');
    expect(between.explanation.en.startsWith('Target 2024 (the next target year): ')).toBe(true);
    expect(sp(measureStatus(m, series({ '2022-DÅ04': [['T', 5.5]] }), '2022-DÅ04').explanation.sv)).toBe('Under 6,5 %: 5,5 % < 6,5 % – uppfyllt');
    expect(sp(measureStatus(m, series({ '2025': [['T', 4.5]] }), '2025').explanation.sv).startsWith('Mål 2024 (senaste målåret): ')).toBe(true);
  });
});

describe("the baseline's value", () => {
  it('is shown once the period the baseline names has a value (seed 001: "Ingångsvärde: 2021")', () => {
    expect(measureStatus(VISITS('flow'), series({ '2022-DÅ04': [['T', 1234]] }), '2022-DÅ04').baselineValueText).toBeNull();
    const s = measureStatus(VISITS('flow'), series({ '2021': [['T', 1000]], '2022-DÅ04': [['T', 1234]] }), '2022-DÅ04');
    expect(sp(s.baselineValueText!.sv)).toBe('1 000');
    // A baseline that writes its numbers shows them in its text already.
    expect(measureStatus(INJURIES, series({ '2020': [['T', 7.9]] }), '2022-DÅ04').baselineValueText).toBeNull();
  });
});
