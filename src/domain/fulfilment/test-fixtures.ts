/** Builders for fulfilment tests: targets and baselines written literally, as the parsers would produce them. */
import type { Baseline, BaselinePoint, Reference, Sex, Target, Unit } from '../targets/types';
import type { EvaluateMeasureInput, ValuePoint } from './types';

/** A value point without breakdown. */
export function pt(sex: Sex, value: number, breakdown: { ageBand?: string; area?: string } = {}): ValuePoint {
  return { sex, value, ageBand: breakdown.ageBand ?? null, area: breakdown.area ?? null };
}

/** A series from `{ period: [[sex, value], …] }` or full points. */
export function series(entries: Record<string, ([Sex, number] | ValuePoint)[]>): Map<string, ValuePoint[]> {
  return new Map(Object.entries(entries).map(([k, vs]) => [k, vs.map((v) => (Array.isArray(v) ? pt(v[0], v[1]) : v))]));
}

/** A level target. */
export function level(op: '<' | '<=' | '>' | '>=' | '=' | null, value: number, unit: Unit, text: string, month?: number): Target {
  return month === undefined ? { kind: 'level', op, quantity: { value, unit }, text } : { kind: 'level', op, quantity: { value, unit }, month, text };
}

export const BASELINE: Reference = { type: 'baseline' };

/** A baseline of numbers: `[sex, value, year?, subPeriod?, unit?]`. */
export function baseVals(points: [Sex, number, number?, string?][], text = 'ingångsvärde', unit: Unit = null, forecast = false): Baseline {
  const pts: BaselinePoint[] = points.map(([sex, value, year, sub]) => ({
    quantity: { value, unit },
    year: year ?? 2019,
    subPeriod: sub ?? null,
    sex,
    ageBand: null,
    label: null,
  }));
  return { kind: 'values', points: pts, uncertain: false, forecast, text };
}

export const NO_BASELINE: Baseline = { kind: 'none', text: '' };

/** An evaluation input for 2022-DÅ04 with nothing known; override what the case needs. */
export function input(over: Partial<EvaluateMeasureInput>): EvaluateMeasureInput {
  return {
    target: null,
    targetYear: 2022,
    baseline: NO_BASELINE,
    betterDirection: null,
    period: '2022-DÅ04',
    series: new Map(),
    ...over,
  };
}
