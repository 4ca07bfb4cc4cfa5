import { isClosed, type WorkStatus } from './work-status';

/** What the timeline needs of an activity. Dates are YYYY-MM-DD. */
export interface TimedActivity {
  id: number;
  startDate: string;
  endDate: string;
  status: WorkStatus;
}

export interface TimelineMonth {
  /** `2022-03` */
  key: string;
  year: number;
  /** 1–12 */
  month: number;
}

export interface TimelineBar {
  id: number;
  /** Index into `months` of the first and last month the activity overlaps, clamped to the range. */
  first: number;
  last: number;
  /** The activity starts before, or ends after, the range shown. */
  startsBefore: boolean;
  endsAfter: boolean;
  late: boolean;
}

export interface Timeline {
  months: TimelineMonth[];
  /** Activities that overlap the range, in the order given; the others are left out. */
  bars: TimelineBar[];
}

const monthKey = (date: string): string => date.slice(0, 7);

/** Every month of the years `fromYear`..`toYear`, January first. */
export function monthsOf(fromYear: number, toYear: number): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (let month = 1; month <= 12; month += 1) months.push({ key: `${year}-${String(month).padStart(2, '0')}`, year, month });
  }
  return months;
}

/** Late: the end date has passed (`today` is after it) and the work is neither done nor cancelled. */
export function isLate(activity: Pick<TimedActivity, 'endDate' | 'status'>, today: string): boolean {
  return today > activity.endDate && !isClosed(activity.status);
}

/** Whether an activity runs during any day of a month (`2022-03`). */
export function overlapsMonth(activity: Pick<TimedActivity, 'startDate' | 'endDate'>, month: string): boolean {
  return monthKey(activity.startDate) <= month && month <= monthKey(activity.endDate);
}

/** Whether an activity runs during any day of a year. */
export function overlapsYear(activity: Pick<TimedActivity, 'startDate' | 'endDate'>, year: number): boolean {
  return Number(activity.startDate.slice(0, 4)) <= year && year <= Number(activity.endDate.slice(0, 4));
}

/** Places activities on the months of the years `fromYear`..`toYear` (a plan period) and marks the late ones. */
export function buildTimeline(activities: readonly TimedActivity[], fromYear: number, toYear: number, today: string): Timeline {
  const months = monthsOf(fromYear, toYear);
  const firstKey = months[0]?.key ?? '';
  const lastKey = months.at(-1)?.key ?? '';
  const index = new Map(months.map((m, i) => [m.key, i]));
  const bars: TimelineBar[] = [];
  for (const a of activities) {
    const start = monthKey(a.startDate);
    const end = monthKey(a.endDate);
    if (end < firstKey || start > lastKey) continue;
    bars.push({
      id: a.id,
      first: index.get(start < firstKey ? firstKey : start) ?? 0,
      last: index.get(end > lastKey ? lastKey : end) ?? months.length - 1,
      startsBefore: start < firstKey,
      endsAfter: end > lastKey,
      late: isLate(a, today),
    });
  }
  return { months, bars };
}
