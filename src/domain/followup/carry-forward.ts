/** Carrying the previous period's analysis and actions forward, so a reporter edits rather than rewrites. */
import { comparePeriodKeys } from '../periods/period';

/** The period before `period` among the plan's follow-up periods (DÅ 08 → DÅ 04, DÅ 04 → last year's ÅR); null for the first. */
export function previousPeriod(periods: readonly string[], period: string): string | null {
  const sorted = [...periods].sort(comparePeriodKeys);
  const i = sorted.indexOf(period);
  return i > 0 ? sorted[i - 1]! : null;
}

/**
 * One text carried forward: an empty field takes the previous text; a field that already holds
 * it is left alone; otherwise the previous text is added after what is written. Applying it twice
 * gives the same text as applying it once.
 */
export function carryText(current: string, previous: string): string {
  const prev = previous.trim();
  if (prev === '') return current;
  if (current.trim() === '') return prev;
  if (current.includes(prev)) return current;
  return `${current.trimEnd()}\n\n${prev}`;
}

/** The analysis and actions after carrying the previous period's forward. */
export function carryForward(
  current: { analysis: string; actions: string },
  previous: { analysis: string; actions: string },
): { analysis: string; actions: string } {
  return { analysis: carryText(current.analysis, previous.analysis), actions: carryText(current.actions, previous.actions) };
}
