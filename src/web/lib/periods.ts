import type { Lang, Localized } from '../../domain/i18n/lang';
import { comparePeriodKeys, formatPeriod, isPeriodKey, localIsoDate, periodHasEnded } from '../../domain/periods';

/** The locale each UI language writes dates in. Numbers are formatted by src/domain/numbers.ts. */
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** Distinct period keys in time order (the domain's order: by end date, the full year after its delår). */
export function sortPeriods(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort(comparePeriodKeys);
}

/**
 * The bare report kinds of a measure's reporting periods (`DÅ04`, `DÅ08`, `ÅR`), which are no period keys:
 * the domain's short label of that report without its year (`DÅ 04`, `Interim Apr`, `FY`).
 */
const REPORT_KIND_KEYS: Record<string, string> = { DÅ04: '2000-DÅ04', DÅ08: '2000-DÅ08', ÅR: '2000' };

/**
 * A readable label for a period key when the server gave none: the domain's short label
 * (src/domain/periods, the one definition the server's labels come from too): `2022-DÅ04` ->
 * `DÅ 04 2022`, `2022` -> `ÅR 2022` / `FY 2022`, `2022-Q1` -> `Kv1 2022`; a bare report kind as such.
 */
export function formatPeriodKey(key: string, lang: Lang): string {
  const report = REPORT_KIND_KEYS[key];
  if (report) return shortPeriodLabel(report, lang)[0];
  return isPeriodKey(key) ? formatPeriod(key, lang).short : key;
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

/** A compact two-line label for a chart axis, the domain's short label split before its year: `['DÅ 04', '2022']`, `['ÅR', '2022']`, `['Kv1', '2022']`. */
export function shortPeriodLabel(key: string, lang: Lang): [string, string] {
  if (!isPeriodKey(key)) return [key, ''];
  const label = formatPeriod(key, lang).short;
  const cut = label.lastIndexOf(' ');
  return cut < 0 ? [label, ''] : [label.slice(0, cut), label.slice(cut + 1)];
}

/**
 * The period a new value is entered for unless the person picks another: the one asked for (from the
 * scorecard's ?period) when it may be entered; else the newest plan period that has ended and has no value;
 * else the earliest plan period without a value; else the first offered (the newest).
 * A period has ended when today's local date is past its last day (src/domain/periods).
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
  const todayIso = localIsoDate(today);
  const due = open.filter((p) => periodHasEnded(p, todayIso));
  return due.at(-1) ?? open[0] ?? offered[0] ?? '';
}
