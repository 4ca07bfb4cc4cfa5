/**
 * The delår cycle: which reports a measure is followed up in, read from the plan's
 * "Period" column, and the report period keys of a plan's years.
 */
import type { ReportKind } from '../targets/types';

/** The three reports of a year, in the order they are published. */
export const REPORT_KINDS: readonly ReportKind[] = ['DÅ04', 'DÅ08', 'ÅR'];

/** The period key of one report of a year: (2022, 'DÅ04') -> `2022-DÅ04`, (2022, 'ÅR') -> `2022`. */
export function reportPeriodKey(year: number, kind: ReportKind): string {
  return kind === 'ÅR' ? String(year) : `${year}-${kind}`;
}

/** Report period keys for every year from start to end inclusive: `2022-DÅ04`, `2022-DÅ08`, `2022`, `2023-DÅ04`, … */
export function reportPeriodsForYears(startYear: number, endYear: number): string[] {
  const keys: string[] = [];
  for (let year = startYear; year <= endYear; year++) {
    for (const kind of REPORT_KINDS) keys.push(reportPeriodKey(year, kind));
  }
  return keys;
}

// Tokens of the period column. `DÅR` is a typo in seed 001 for `ÅR` (it sits where `DÅ 04, 08`
// would, but names no month), `D` alone abbreviates `DÅ`, and bare month numbers belong to the
// DÅ that precedes them (`DÅ 04,08` = DÅ 04 and DÅ 08). Letters around a token must not be
// letters, so words like `ÅRLIG` or `UNDER` do not produce tokens; \p{L} is needed because \b
// does not know that Å is a letter.
const TOKEN_RE = /(?<!\p{L})(DÅR|DÅ|D|ÅR|T[1-3])(?![\p{L}\d])|(?<!\p{L})(DÅ|D)(?=\s*\d)|(\d+)/gu;

/**
 * Reads a period column text into the reports it names, in publication order without duplicates:
 * `DÅ 04,08 ÅR` -> [DÅ04, DÅ08, ÅR]; `ÅR`/`År` -> [ÅR]; `T1, T2, T3` -> [DÅ04, DÅ08, ÅR]
 * (tertial T1 is reported in DÅ 04 and so on); `Under utredning` and anything unrecognised -> [].
 */
export function parseReportingPeriods(text: string): ReportKind[] {
  const s = text.normalize('NFC').toUpperCase();
  const found = new Set<ReportKind>();
  let afterDelar = false;
  for (const m of s.matchAll(TOKEN_RE)) {
    const word = m[1] ?? m[2];
    if (word === 'DÅ' || word === 'D') {
      afterDelar = true;
    } else if (word === 'DÅR' || word === 'ÅR' || word === 'T3') {
      found.add('ÅR');
      afterDelar = false;
    } else if (word === 'T1') {
      found.add('DÅ04');
      afterDelar = false;
    } else if (word === 'T2') {
      found.add('DÅ08');
      afterDelar = false;
    } else if (m[3] !== undefined && afterDelar) {
      // Only 4 and 8 are report months; another number after DÅ is not a report we know.
      const month = Number(m[3]);
      if (month === 4) found.add('DÅ04');
      else if (month === 8) found.add('DÅ08');
    }
  }
  return REPORT_KINDS.filter((k) => found.has(k));
}
