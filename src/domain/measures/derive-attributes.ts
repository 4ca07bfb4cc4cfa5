import { parseReportingPeriods } from '../periods';
import { inferBetterDirection } from './better-direction';
import { parseBaseline } from '../targets/parse-baseline';
import { parseTarget } from '../targets/parse-target';
import type { Baseline, Target } from '../targets/types';

export interface MeasureAttributes {
  /** Unit of the measure's values, as its targets or baseline write it (`%`, `kr`, …). */
  unit: string | null;
  /** Which way is better, when the targets, name or baseline say so (better-direction.ts); null leaves it to a person. */
  betterDirection: 'increase' | 'decrease' | null;
  /** A state at a date ("nuläget per 30 april") or a flow over the period. */
  valueNature: 'flow' | 'cumulative' | 'state';
  /** Report kinds the measure is followed up in: DÅ04, DÅ08, ÅR. */
  reportingPeriods: string[];
}

/** Works out what a plan document implies but does not state as columns: unit, stated better direction, value nature. */
export function deriveMeasureAttributes(input: {
  /** The measure's name, which may fix its better direction (`väntetid`); see better-direction.ts. */
  name?: string;
  baselineText: string;
  targetTexts: string[];
  periodsText: string;
  footnotes: { mark: string; text: string }[];
}): MeasureAttributes {
  const targets = input.targetTexts.map(parseTarget);
  const baseline = parseBaseline(input.baselineText);
  // Target texts come in year order; their index stands in for the year.
  const inferred = inferBetterDirection({ name: input.name ?? '', targets: targets.map((target, year) => ({ year, target })), baseline });
  return {
    unit: targets.map(unitOf).find((u) => u !== null) ?? baselineUnit(baseline),
    betterDirection: inferred?.direction ?? null,
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
