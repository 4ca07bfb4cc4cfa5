/**
 * Periods as people write them in spreadsheets, read into canonical period keys.
 * `parsePeriodKey` accepts only the canonical keys (they are identifiers); files of values
 * carry the forms people type and the forms other systems export, so an importer needs a
 * tolerant reader that still lands on exactly one canonical key, or on none.
 *
 * Accepted (case-insensitive, spaces, `-`, `/`, `_` and `.` between the parts are optional):
 * - every canonical key: `2022`, `2022-DÅ04`, `2022-T1`, `2022-Q1`, `2022-03`
 * - delår: `DÅ 04 2022`, `DÅ4 2022`, `2022 DÅ 08`, `DA04 2022`, `Delår april 2022`, `Delår augusti 2022`
 * - year: `ÅR 2022`, `År 2022`, `Årsbokslut 2022`, `Helår 2022`, `FY 2022`
 * - tertial: `T1 2022`, `2022T1`, `Tertial 1 2022`
 * - quarter: `Q1 2022`, `Kv1 2022`, `Kvartal 1 2022`, `2022K1`, `2022Q1`
 * - month: `2022-4`, `2022/04`, `202204`, `2022M04` (SCB), `april 2022`, `apr 2022`
 */
import { monthNumber } from '../months';
import { parsePeriodKey, toPeriodKey, type ParsedPeriod } from './period';

const YEAR = '([12]\\d{3})';
const SEP = '[\\s\\-/_.]*';

/** A prefix word and what it makes of the number after it. */
type Reader = (year: number, n: number | null) => ParsedPeriod | null;

const delar: Reader = (year, n) => (n === 4 || n === 8 ? { year, kind: 'delar', n } : null);
const tertial: Reader = (year, n) => (n !== null && n >= 1 && n <= 3 ? { year, kind: 'tertial', n: n as 1 | 2 | 3 } : null);
const quarter: Reader = (year, n) => (n !== null && n >= 1 && n <= 4 ? { year, kind: 'quarter', n: n as 1 | 2 | 3 | 4 } : null);
const month: Reader = (year, n) => (n !== null && n >= 1 && n <= 12 ? { year, kind: 'month', n } : null);
const wholeYear: Reader = (year, n) => (n === null ? { year, kind: 'year', n: null } : null);

// Longer words first, so that `DÅR` is not read as `DÅ` + `R`.
const PREFIXES: [string, Reader][] = [
  ['årsbokslut', wholeYear],
  ['helår', wholeYear],
  ['år', wholeYear],
  ['fy', wholeYear],
  ['delår', delar],
  ['då', delar],
  ['da', delar],
  ['tertial', tertial],
  ['t', tertial],
  ['kvartal', quarter],
  ['kv', quarter],
  ['q', quarter],
  ['k', quarter],
  ['m', month],
];

const WORD_FIRST = new RegExp(`^(\\p{L}+)${SEP}(\\d{1,2})?${SEP}${YEAR}$`, 'u');
const YEAR_FIRST = new RegExp(`^${YEAR}${SEP}(\\p{L}+)${SEP}(\\d{1,2})?$`, 'u');
const NUMERIC_MONTH = /^([12]\d{3})(?:[-/.]\s*(\d{1,2})|(\d{2}))$/;
// `Delår april 2022`: a delår named by its closing month.
const DELAR_MONTH = new RegExp(`^delår${SEP}(\\p{L}+)${SEP}${YEAR}$`, 'u');

function fromWord(word: string, n: string | undefined, year: string): ParsedPeriod | null {
  const w = word.toLowerCase();
  const reader = PREFIXES.find(([p]) => p === w)?.[1];
  if (reader) return reader(Number(year), n === undefined ? null : Number(n));
  const m = monthNumber(w);
  if (m !== null && n === undefined) return { year: Number(year), kind: 'month', n: m };
  return null;
}

/** Reads a period as written in a file into its canonical key (`DÅ 04 2022` -> `2022-DÅ04`); null when it is not a period. */
export function parseWrittenPeriod(text: string): string | null {
  const s = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (s === '') return null;
  const canonical = parsePeriodKey(s.toUpperCase().replace('DA', 'DÅ'));
  if (canonical) return toPeriodKey(canonical);
  const lower = s.toLowerCase();
  const delarMonth = DELAR_MONTH.exec(lower);
  if (delarMonth) {
    const p = delar(Number(delarMonth[2]), monthNumber(delarMonth[1]!));
    return p ? toPeriodKey(p) : null;
  }
  const numeric = NUMERIC_MONTH.exec(lower);
  if (numeric) {
    const p = month(Number(numeric[1]), Number(numeric[2] ?? numeric[3]));
    return p ? toPeriodKey(p) : null;
  }
  const wordFirst = WORD_FIRST.exec(lower);
  if (wordFirst) {
    const p = fromWord(wordFirst[1]!, wordFirst[2], wordFirst[3]!);
    return p ? toPeriodKey(p) : null;
  }
  const yearFirst = YEAR_FIRST.exec(lower);
  if (yearFirst) {
    const p = fromWord(yearFirst[2]!, yearFirst[3], yearFirst[1]!);
    return p ? toPeriodKey(p) : null;
  }
  return null;
}
