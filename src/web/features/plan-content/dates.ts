import type { Lang } from '../../../domain/i18n/lang';

/** A YYYY-MM-DD date as the language writes it: "1 mars 2022", "1. marts 2022", "1 March 2022". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A timestamp from the server as a short date and time in the language. */
export function formatTimestamp(timestamp: string, lang: Lang): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A month's short name, e.g. "jan", for the timeline's header. */
export function monthName(month: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2022, month - 1, 1)));
}
