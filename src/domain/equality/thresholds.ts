/** When a gap is large enough to flag: configured per plan. */
import type { Unit } from '../targets/types';

export interface EqualityThresholds {
  /** Flag when the higher value is at least this much above the lower: 0.1 = 10 %. */
  relativeGap: number;
  /**
   * Flag measures in percent when the gap is at least this many percentage points, whatever the
   * ratio; null to use the relative rule alone. It is not applied to other units (kr, st), where
   * one absolute number for the whole plan would mean nothing.
   */
  absolutePoints: number | null;
}

/** Until a plan says otherwise: a 10 % relative gap, no absolute rule. */
export const DEFAULT_THRESHOLDS: EqualityThresholds = { relativeGap: 0.1, absolutePoints: null };

/** Which rule a gap exceeded. */
export type ExceededRule = 'relative' | 'absolute';

/** The rules a gap exceeds (empty when it is within both). */
export function exceededRules(
  gap: { absolute: number; relative: number | null },
  unit: Unit | string | null,
  thresholds: EqualityThresholds,
): ExceededRule[] {
  const rules: ExceededRule[] = [];
  // A tiny epsilon so that 11 vs 10 (exactly 10 %) is flagged despite binary fractions.
  if (gap.relative !== null && gap.absolute > 0 && gap.relative + 1e-9 >= thresholds.relativeGap) rules.push('relative');
  if (thresholds.absolutePoints !== null && unit === '%' && gap.absolute > 0 && gap.absolute + 1e-9 >= thresholds.absolutePoints) {
    rules.push('absolute');
  }
  return rules;
}
