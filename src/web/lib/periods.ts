import type { Lang, Localized } from '../../domain/i18n/lang';
import { comparePeriodKeys, periodEnd as domainPeriodEnd, formatPeriod, isPeriodKey } from '../../domain/periods';

/** The locale each UI language writes dates in. Numbers are formatted by src/domain/numbers.ts. */
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** Distinct period keys in time order (the domain's order: by end date, the full year after its delår). */
export function sortPeriods(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort(comparePeriodKeys);
}

/** The bare report kinds of a measure's reporting periods (`DÅ04`, `DÅ08`, `ÅR`), which are no period keys. */
const REPORT_KIND: Record<string, Localized> = {
  DÅ04: { sv: 'DÅ 04', da: 'DÅ 04', en: 'Interim Apr' },
  DÅ08: { sv: 'DÅ 08', da: 'DÅ 08', en: 'Interim Aug' },
  ÅR: { sv: 'ÅR', da: 'ÅR', en: 'FY' },
};

/**
 * A readable label for a period key when the server gave none: the domain's short label
 * (src/domain/periods, the one definition the server's labels come from too): `2022-DÅ04` ->
 * `DÅ 04 2022`, `2022` -> `ÅR 2022` / `FY 2022`, `2022-Q1` -> `Kv1 2022`; a bare report kind as such.
 */
export function formatPeriodKey(key: string, lang: Lang): string {
  const kind = REPORT_KIND[key];
  if (kind) return kind[lang];
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
