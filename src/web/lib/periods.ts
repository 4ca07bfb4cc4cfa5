import type { Lang, Localized } from '../../domain/i18n/lang';
import { comparePeriodKeys, periodEnd as domainPeriodEnd } from '../../domain/periods';

/** The locale each UI language writes dates in. Numbers are formatted by src/domain/numbers.ts. */
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** Distinct period keys in time order (the domain's order: by end date, the full year after its delår). */
export function sortPeriods(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort(comparePeriodKeys);
}

const YEAR_WORD: Localized = { sv: 'ÅR', da: 'ÅR', en: 'Year' };
const INTERIM: Localized = { sv: 'DÅ', da: 'DÅ', en: 'Interim' };
const QUARTER: Localized = { sv: 'Kv', da: 'K', en: 'Q' };

/**
 * A readable label for a period key when the server gave none: `2022-DÅ04` -> `DÅ 04 2022`,
 * `2022` -> `ÅR 2022`, `2022-03` -> `mars 2022`, `2022-Q1` -> `Kv 1 2022`.
 */
export function formatPeriodKey(key: string, lang: Lang): string {
  let m: RegExpExecArray | null;
  // Bare report kinds, as in a measure's reporting periods: `DÅ04`, `DÅ08`, `ÅR`.
  if ((m = /^DÅ(\d{2})$/.exec(key))) return `${INTERIM[lang]} ${m[1]}`;
  if (key === 'ÅR') return YEAR_WORD[lang];
  if ((m = /^(\d{4})$/.exec(key))) return `${YEAR_WORD[lang]} ${m[1]}`;
  if ((m = /^(\d{4})-DÅ(\d{2})$/.exec(key))) return `${INTERIM[lang]} ${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-Q(\d)$/.exec(key))) return `${QUARTER[lang]} ${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-T(\d)$/.exec(key))) return `T${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return key;
}

/** Looks labels up in what the server sent, falling back to formatPeriodKey. */
export function periodLabeller(known: { key: string; label: Localized }[], lang: Lang): (key: string) => string {
  const map = new Map(known.map((p) => [p.key, p.label[lang]]));
  return (key) => map.get(key) ?? formatPeriodKey(key, lang);
}

/** Formats an ISO timestamp as a date and time in the UI language. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const SHORT_DELAR: Record<Lang, Record<string, string>> = {
  sv: { '04': 'DÅ 04', '08': 'DÅ 08' },
  da: { '04': 'DÅ 04', '08': 'DÅ 08' },
  en: { '04': 'Jan–Apr', '08': 'Jan–Aug' },
};

/** A compact two-line label for a chart axis: `['DÅ 04', '2022']`, `['ÅR', '2022']`, `['Kv 1', '2022']`. */
export function shortPeriodLabel(key: string, lang: Lang): [string, string] {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(key))) return [YEAR_WORD[lang], m[1] ?? ''];
  if ((m = /^(\d{4})-DÅ(\d{2})$/.exec(key))) return [SHORT_DELAR[lang][m[2] ?? ''] ?? `DÅ ${m[2]}`, m[1] ?? ''];
  if ((m = /^(\d{4})-Q(\d)$/.exec(key))) return [`${QUARTER[lang]} ${m[2]}`, m[1] ?? ''];
  if ((m = /^(\d{4})-T(\d)$/.exec(key))) return [`T${m[2]}`, m[1] ?? ''];
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return [new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', timeZone: 'UTC' }).format(date), m[1] ?? ''];
  }
  return [key, ''];
}

/** The last day of a period as a UTC date: `2022-DÅ04` -> 2022-04-30, `2022` -> 2022-12-31; null if unknown. */
export function periodEnd(key: string): Date | null {
  const iso = domainPeriodEnd(key);
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/**
 * The period a new value is entered for unless the person picks another: the one asked for (from the
 * scorecard's ?period) when it may be entered; else the newest plan period that has ended and has no value;
 * else the earliest plan period without a value; else the first offered (the newest).
 */
export function defaultEntryPeriod(
  offered: readonly string[],
  planPeriods: readonly string[],
  withValues: ReadonlySet<string>,
  requested: string | null,
  today: Date = new Date(),
): string {
  if (requested && offered.includes(requested)) return requested;
  const open = sortPeriods(planPeriods.filter((p) => offered.includes(p) && !withValues.has(p)));
  const due = open.filter((p) => {
    const end = periodEnd(p);
    return end !== null && end.getTime() < today.getTime();
  });
  return due.at(-1) ?? open[0] ?? offered[0] ?? '';
}
