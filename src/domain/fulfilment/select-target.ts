/** Which of a measure's targets (one per target year) applies to a period's year. */
import type { Target } from '../targets/types';

/** One target of a measure, for the year it is to be reached. */
export interface YearTarget {
  year: number;
  target: Target;
}

/**
 * The target that applies in `periodYear`: the first target year at or after it (2023 is
 * judged against the 2024 target, the next one to reach), else the last one. Empty target cells
 * (`none`) are skipped, because a blank 2024 column means "not given", not "no target"; only when
 * every target is blank is a blank one returned. Null when there are no targets.
 */
export function selectTarget(targets: YearTarget[], periodYear: number): YearTarget | null {
  const given = targets.filter((t) => t.target.kind !== 'none');
  const pool = [...(given.length > 0 ? given : targets)].sort((a, b) => a.year - b.year);
  return pool.find((t) => t.year >= periodYear) ?? pool[pool.length - 1] ?? null;
}
