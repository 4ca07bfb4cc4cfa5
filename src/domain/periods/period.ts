/**
 * Canonical period keys. Every value, target reference and report is tied to one of these:
 *
 * | key          | kind      | covers                                  |
 * |--------------|-----------|-----------------------------------------|
 * | `2022`       | year      | 1 Jan–31 Dec; the annual report (ÅR)     |
 * | `2022-DÅ04`  | delar     | 1 Jan–30 Apr, cumulative from 1 January  |
 * | `2022-DÅ08`  | delar     | 1 Jan–31 Aug, cumulative from 1 January  |
 * | `2022-T1`    | tertial   | Jan–Apr (T2 May–Aug, T3 Sep–Dec): flows  |
 * | `2022-Q1`    | quarter   | Jan–Mar … Q4 Oct–Dec                    |
 * | `2022-04`    | month     | one month                               |
 *
 * Keys are exact: parsing accepts only these spellings (after Unicode NFC, so a decomposed
 * `Å` still matches), because keys are identifiers, not user input. Free text such as
 * `DÅ 04,08 ÅR` goes through `parseReportingPeriods` instead.
 */
import type { Lang } from '../i18n/lang';
import type { ReportKind } from '../targets/types';

export type PeriodKind = 'year' | 'delar' | 'tertial' | 'quarter' | 'month';

/** A period key taken apart. `n` is the month count for delår (4, 8), the ordinal for tertials and quarters, the month for months. */
export type ParsedPeriod =
  | { year: number; kind: 'year'; n: null }
  | { year: number; kind: 'delar'; n: 4 | 8 }
  | { year: number; kind: 'tertial'; n: 1 | 2 | 3 }
  | { year: number; kind: 'quarter'; n: 1 | 2 | 3 | 4 }
  | { year: number; kind: 'month'; n: number };

// Years are limited to 1000–2999 so that every key has exactly four year digits and sorts sanely.
const KEY_RE = /^([12]\d{3})(?:-(?:DÅ(04|08)|T([1-3])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** Parses a canonical period key; null when the key is not one of the canonical forms. */
export function parsePeriodKey(key: string): ParsedPeriod | null {
  const m = KEY_RE.exec(key.normalize('NFC'));
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) return { year, kind: 'delar', n: m[2] === '04' ? 4 : 8 };
  if (m[3] !== undefined) return { year, kind: 'tertial', n: Number(m[3]) as 1 | 2 | 3 };
  if (m[4] !== undefined) return { year, kind: 'quarter', n: Number(m[4]) as 1 | 2 | 3 | 4 };
  if (m[5] !== undefined) return { year, kind: 'month', n: Number(m[5]) };
  return { year, kind: 'year', n: null };
}

/** Writes a parsed period back as its canonical key. */
export function toPeriodKey(p: ParsedPeriod): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'delar':
      return `${p.year}-DÅ${p.n === 4 ? '04' : '08'}`;
    case 'tertial':
      return `${p.year}-T${p.n}`;
    case 'quarter':
      return `${p.year}-Q${p.n}`;
    case 'month':
      return `${p.year}-${pad2(p.n)}`;
  }
}

/** Whether a string is a canonical period key. */
export function isPeriodKey(key: string): boolean {
  return parsePeriodKey(key) !== null;
}

/** First and last month (1–12) a parsed period covers. */
function monthSpan(p: ParsedPeriod): [number, number] {
  switch (p.kind) {
    case 'year':
      return [1, 12];
    case 'delar':
      return [1, p.n];
    case 'tertial':
      return [4 * (p.n - 1) + 1, 4 * p.n];
    case 'quarter':
      return [3 * (p.n - 1) + 1, 3 * p.n];
    case 'month':
      return [p.n, p.n];
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of the period as an ISO date (`2022-DÅ04` -> `2022-01-01`); null for an invalid key. */
export function periodStart(key: string): string | null {
  const p = parsePeriodKey(key);
  if (!p) return null;
  return `${p.year}-${pad2(monthSpan(p)[0])}-01`;
}

/** Last day of the period as an ISO date (`2022-DÅ04` -> `2022-04-30`); null for an invalid key. */
export function periodEnd(key: string): string | null {
  const p = parsePeriodKey(key);
  if (!p) return null;
  const last = monthSpan(p)[1];
  return `${p.year}-${pad2(last)}-${pad2(daysInMonth(p.year, last))}`;
}

/**
 * The report (DÅ04, DÅ08, ÅR) whose closing date the period ends on, else null.
 * The closing dates are 30 April, 31 August and 31 December, so besides the report keys
 * themselves T1/April map to DÅ04, T2/August to DÅ08, and T3/Q4/December to ÅR: a value for
 * such a period is the one that report shows, and a per-report-period target applies to it.
 */
export function reportKindOf(key: string): ReportKind | null {
  const p = parsePeriodKey(key);
  if (!p) return null;
  if (p.kind === 'year') return 'ÅR';
  if (p.kind === 'delar') return p.n === 4 ? 'DÅ04' : 'DÅ08';
  const last = monthSpan(p)[1];
  if (last === 4) return 'DÅ04';
  if (last === 8) return 'DÅ08';
  if (last === 12) return 'ÅR';
  return null;
}

/** The same period one year earlier (`2022-Q3` -> `2021-Q3`); null for an invalid key or a year before 1000. */
export function samePeriodPreviousYear(key: string): string | null {
  const p = parsePeriodKey(key);
  if (!p || p.year <= 1000) return null;
  return toPeriodKey({ ...p, year: p.year - 1 });
}

// Only T1 and DÅ04 cover the same dates; the tertial (a flow) sorts before the delår report.
const KIND_RANK: Record<PeriodKind, number> = { month: 0, quarter: 1, tertial: 2, delar: 3, year: 4 };

/**
 * Orders period keys chronologically by the date they end, then shorter periods first,
 * so a year reads `…, 2022-04, 2022-T1, 2022-DÅ04, …, 2022-12, 2022-Q4, 2022-T3, 2022`.
 * Invalid keys sort after all valid ones, among themselves by code unit.
 */
export function comparePeriodKeys(a: string, b: string): number {
  const pa = parsePeriodKey(a);
  const pb = parsePeriodKey(b);
  if (!pa || !pb) {
    if (pa) return -1;
    if (pb) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  // ISO dates compare correctly as strings; the keys are valid so the non-null assertions hold.
  const ea = periodEnd(a)!;
  const eb = periodEnd(b)!;
  if (ea !== eb) return ea < eb ? -1 : 1;
  const sa = periodStart(a)!;
  const sb = periodStart(b)!;
  if (sa !== sb) return sa > sb ? -1 : 1;
  return KIND_RANK[pa.kind] - KIND_RANK[pb.kind];
}

/** A period as a reader sees it: a short label for tables and a long one for headings. */
export interface PeriodLabel {
  short: string;
  long: string;
}

const MONTHS: Record<Lang, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const MONTHS_SHORT: Record<Lang, string[]> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * Labels a period for readers, e.g. sv `DÅ 04 2022` / `Delår april 2022`, `ÅR 2022` / `Årsbokslut 2022`;
 * en `Interim Apr 2022` / `Interim report April 2022`. An invalid key is shown as written.
 */
export function formatPeriod(key: string, lang: Lang): PeriodLabel {
  const p = parsePeriodKey(key);
  if (!p) return { short: key, long: key };
  const y = p.year;
  switch (p.kind) {
    case 'year':
      return {
        sv: { short: `ÅR ${y}`, long: `Årsbokslut ${y}` },
        da: { short: `ÅR ${y}`, long: `Årsregnskab ${y}` },
        en: { short: `FY ${y}`, long: `Annual report ${y}` },
      }[lang];
    case 'delar': {
      const m = p.n - 1;
      return {
        sv: { short: `DÅ ${pad2(p.n)} ${y}`, long: `Delår ${MONTHS.sv[m]} ${y}` },
        da: { short: `DÅ ${pad2(p.n)} ${y}`, long: `Delårsrapport ${MONTHS.da[m]} ${y}` },
        en: { short: `Interim ${MONTHS_SHORT.en[m]} ${y}`, long: `Interim report ${MONTHS.en[m]} ${y}` },
      }[lang];
    }
    case 'tertial':
      return {
        sv: { short: `T${p.n} ${y}`, long: `Tertial ${p.n} ${y}` },
        da: { short: `T${p.n} ${y}`, long: `${p.n}. tertial ${y}` },
        en: { short: `T${p.n} ${y}`, long: `Tertial ${p.n} ${y}` },
      }[lang];
    case 'quarter':
      return {
        sv: { short: `Kv${p.n} ${y}`, long: `Kvartal ${p.n} ${y}` },
        da: { short: `K${p.n} ${y}`, long: `${p.n}. kvartal ${y}` },
        en: { short: `Q${p.n} ${y}`, long: `Quarter ${p.n} ${y}` },
      }[lang];
    case 'month':
      return { short: `${MONTHS_SHORT[lang][p.n - 1]} ${y}`, long: `${MONTHS[lang][p.n - 1]} ${y}` };
  }
}
