/** The compact scorecard's trend: which earlier period a measure's value is compared with, and which way it went. */

export type Trend = 'up' | 'down' | 'same';

/**
 * The period a measure's value is compared with: the previous report in the plan's periods, or,
 * for a count or amount that adds up over the year (`yearEarlier`), the same report a year earlier,
 * since DÅ 08 against DÅ 04 would compare eight months with four. Null when the plan has no such period.
 */
export function comparisonPeriod(periods: readonly string[], period: string, yearEarlier: boolean): string | null {
  if (yearEarlier) {
    const year = Number(period.slice(0, 4));
    if (!Number.isFinite(year)) return null;
    const key = `${year - 1}${period.slice(4)}`;
    return periods.includes(key) ? key : null;
  }
  const at = periods.indexOf(period);
  return at > 0 ? periods[at - 1]! : null;
}

/** Which way a value went from `previous`; null when either is missing. Equal to the shown precision counts as the same. */
export function trendOf(current: number | undefined, previous: number | undefined): Trend | null {
  if (current === undefined || previous === undefined) return null;
  const diff = current - previous;
  const scale = Math.max(Math.abs(current), Math.abs(previous), 1);
  if (Math.abs(diff) <= scale * 1e-9) return 'same';
  return diff > 0 ? 'up' : 'down';
}

/** The arrow drawn for a trend; the words beside it carry the meaning. */
export const TREND_ARROWS: Record<Trend, string> = { up: '↑', down: '↓', same: '→' };
