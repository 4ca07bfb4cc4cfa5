/**
 * Reporting periods with deadlines: when a period's values, judgements and analyses are due.
 * Defaults follow the Swedish delår cycle (values for DÅ 04 due mid-May, DÅ 08 mid-September,
 * the annual report mid-February of the next year); a plan may set its own dates.
 */
import { parsePeriodKey } from '../periods/period';

/** An ISO date, `2022-05-15`. */
export type IsoDate = string;

/** A period of the plan with its deadline, and whether the deadline was set for the plan or is the default. */
export interface PeriodDeadline {
  period: string;
  deadline: IsoDate;
  custom: boolean;
}

/** Default deadlines by period kind: month and day, and whether it falls in the following year. */
export const DEFAULT_DEADLINES = {
  'DÅ04': { month: 5, day: 15, nextYear: false },
  'DÅ08': { month: 9, day: 15, nextYear: false },
  'ÅR': { month: 2, day: 15, nextYear: true },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The default deadline of a follow-up period key; null for keys that are not DÅ 04, DÅ 08 or a year. */
export function defaultDeadline(period: string): IsoDate | null {
  const p = parsePeriodKey(period);
  if (!p) return null;
  const rule = p.kind === 'year' ? DEFAULT_DEADLINES.ÅR : p.kind === 'delar' ? DEFAULT_DEADLINES[p.n === 4 ? 'DÅ04' : 'DÅ08'] : null;
  if (!rule) return null;
  return `${p.year + (rule.nextYear ? 1 : 0)}-${pad(rule.month)}-${pad(rule.day)}`;
}

/** The plan's periods with deadlines: the plan's own date where it set one, else the default. */
export function periodDeadlines(periods: string[], custom: ReadonlyMap<string, IsoDate>): PeriodDeadline[] {
  return periods.map((period) => {
    const own = custom.get(period);
    if (own) return { period, deadline: own, custom: true };
    return { period, deadline: defaultDeadline(period) ?? '', custom: false };
  });
}

/** Whether a deadline has passed: due on the day itself, overdue from the day after. */
export function isOverdue(deadline: IsoDate, today: IsoDate): boolean {
  return deadline !== '' && today > deadline;
}

/** Whether a text is a real calendar date in ISO form. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today's date in UTC as an ISO date. */
export function todayIso(now = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
