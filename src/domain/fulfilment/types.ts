/** The vocabulary of goal fulfilment (måluppfyllelse): statuses, inputs and the evaluation of one measure. */
import type { Localized } from '../i18n/lang';
import type { Baseline, ReportKind, Sex, Target, Unit } from '../targets/types';

/**
 * Computed status of a measure or node for a period. `too-few-values` is a node's: fewer of its
 * judgeable measures have a value than the roll-up's coverage share, so no colour is claimed.
 * `not-reported` is a measure's that is not followed up in the period's report (and has no value in it).
 */
export type FulfilmentStatus = 'met' | 'partly-met' | 'not-met' | 'too-few-values' | 'no-value' | 'not-reported' | 'not-measurable';

/** All statuses, best first; the first three are the "judged" ones that count in a roll-up. */
export const FULFILMENT_STATUSES: readonly FulfilmentStatus[] = ['met', 'partly-met', 'not-met', 'too-few-values', 'no-value', 'not-reported', 'not-measurable'];

/** Which way a measure gets better. */
export type BetterDirection = 'increase' | 'decrease';

/** One stored value of a measure for a period. Values with an age band or area are breakdowns for equality analysis. */
export interface ValuePoint {
  sex: Sex;
  ageBand: string | null;
  area: string | null;
  /** In the measure's unit: 5.8 for 5,8 %. */
  value: number;
}

export interface EvaluateMeasureInput {
  target: Target | null;
  targetYear: number | null;
  baseline: Baseline;
  betterDirection: BetterDirection | null;
  /** Canonical period key being judged, e.g. `2022-DÅ04`. */
  period: string;
  /** Every value of this measure, by period key. */
  series: Map<string, ValuePoint[]>;
  /** The national value ("riket") by period key. */
  benchmarks?: Map<string, number>;
  /** The measure's unit, for showing numbers; when absent it is taken from the target or baseline. */
  unit?: Unit;
  /** The plan's first and last year, for targets averaged "över planperioden"; without it those are not measurable. */
  planYears?: { from: number; to: number };
  /**
   * How a period's number is meant. A `flow` in a unit that adds up (not %) is judged at DÅ 04 and
   * DÅ 08 against the same period a year earlier or a pro-rated annual figure, never a full year
   * (references.ts partYear). Absent: every period is compared as given.
   */
  valueNature?: 'flow' | 'cumulative' | 'state';
}

/** The rule that decided a status; UIs can key help texts on it. */
export type FulfilmentRule =
  | 'no-target'
  | 'qualitative'
  | 'pending'
  | 'level'
  | 'fraction'
  | 'direction'
  | 'relative-change'
  | 'absolute-change'
  | 'rank'
  | 'average'
  | 'compound'
  | 'same-as'
  | 'benchmark'
  | 'gap'
  | 'per-sex'
  | 'per-report-period';

/** A value of the judged period that the decision used. */
export interface ObservedValue {
  sex: Sex;
  period: string;
  value: number;
}

/** Where a comparison value came from. */
export type ReferenceSource = 'baseline' | 'period' | 'same-period-previous-year' | 'previous-measurement' | 'benchmark';

/** A value the observed one was compared with. `period` is null when it came from the baseline text. */
export interface ReferenceValue {
  sex: Sex;
  source: ReferenceSource;
  period: string | null;
  value: number;
  /** Set when a full-year figure was pro-rated to the months a delår covers: the share of the year (4/12 at DÅ 04). */
  prorated?: number;
}

/** The computed status of one measure for one period, with the reason a reader can check. */
export interface MeasureEvaluation {
  status: FulfilmentStatus;
  rule: FulfilmentRule;
  /** One sentence per language naming the rule and the numbers, e.g. sv `Under 6,5 %: 5,8 % < 6,5 % – uppfyllt`. */
  explanation: Localized;
  observed: ObservedValue[];
  references: ReferenceValue[];
  /** Status per sex when sexes were judged separately (per-sex targets, or K and M without a total). */
  bySex?: Partial<Record<Sex, FulfilmentStatus>>;
  /** The report whose sub-target was used, for per-report-period targets. */
  reportKind?: ReportKind;
  /** The target as written; null when there is no target. */
  targetText: string | null;
  targetYear: number | null;
}
