/**
 * Dates as the person in front of the screen lives them: the local calendar day, not UTC's.
 * Between midnight and 01:00/02:00 in Sweden and Denmark UTC is still on yesterday, so a
 * `toISOString()` "today" would call a period still running on its last day, or ended a day late.
 */
import { periodEnd } from './period';

/** The calendar date of `date` in the local time zone as an ISO date (`2022-05-01`). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether a period's last day lies before `today` (an ISO date): it has ended only from the day after. False for an invalid key. */
export function periodHasEnded(key: string, today: string): boolean {
  const end = periodEnd(key);
  return end !== null && end < today;
}
