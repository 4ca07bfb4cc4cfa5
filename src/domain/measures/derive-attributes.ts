import { parseReportingPeriods } from '../periods';
import { parseBaseline } from '../targets/parse-baseline';
import { parseTarget } from '../targets/parse-target';
import type { Baseline, Target } from '../targets/types';

export interface MeasureAttributes {
  /** Unit of the measure's values, as its targets or baseline write it (`%`, `kr`, …). */
  unit: string | null;
  /** Which way is better, when the targets or baseline say so; null leaves it to a person. */
  betterDirection: 'increase' | 'decrease' | null;
  /** A state at a date ("nuläget per 30 april") or a flow over the period. */
  valueNature: 'flow' | 'cumulative' | 'state';
  /** Report kinds the measure is followed up in: DÅ04, DÅ08, ÅR. */
  reportingPeriods: string[];
}

/** Works out what a plan document implies but does not state as columns: unit, stated better direction, value nature. */
export function deriveMeasureAttributes(input: {
  baselineText: string;
  targetTexts: string[];
  periodsText: string;
  footnotes: { mark: string; text: string }[];
}): MeasureAttributes {
  const targets = input.targetTexts.map(parseTarget);
  const baseline = parseBaseline(input.baselineText);
  return {
    unit: targets.map(unitOf).find((u) => u !== null) ?? baselineUnit(baseline),
    betterDirection: targets.map(directionOf).find((d) => d !== null) ?? null,
    valueNature: input.footnotes.some((f) => /nuläget per/i.test(f.text)) ? 'state' : 'flow',
    reportingPeriods: parseReportingPeriods(input.periodsText),
  };
}

function unitOf(t: Target): string | null {
  switch (t.kind) {
    case 'level':
      return t.quantity.unit;
    case 'per-sex':
    case 'per-report-period':
      return Object.values(t.targets).map((inner) => (inner ? unitOf(inner) : null)).find((u) => u !== null) ?? null;
    default:
      return null;
  }
}

function baselineUnit(b: Baseline): string | null {
  return b.kind === 'values' ? (b.points.find((p) => p.quantity.unit !== null)?.quantity.unit ?? null) : null;
}

/**
 * The direction a target states in words or with an operator. A bare number (`270` against a
 * baseline of 275) states none: the evaluator compares it with the baseline per sex when it
 * judges, so that inference lives in one place.
 */
function directionOf(t: Target): 'increase' | 'decrease' | null {
  switch (t.kind) {
    case 'direction':
      return t.direction === 'improve' ? null : t.direction;
    case 'relative-change':
      return t.direction;
    case 'level':
      if (t.op === '<' || t.op === '<=') return 'decrease';
      if (t.op === '>' || t.op === '>=') return 'increase';
      return null;
    case 'per-sex':
    case 'per-report-period':
      return Object.values(t.targets).map((inner) => (inner ? directionOf(inner) : null)).find((d) => d !== null) ?? null;
    default:
      return null;
  }
}
