/**
 * Numbers as people write them in Swedish and Danish plans, and as Ledstjärna shows them.
 *
 * Formatting decisions (deliberate, tested):
 * - sv groups thousands with U+00A0 NO-BREAK SPACE (`43 000`) and uses a decimal comma (`6,5`).
 *   The no-break space is what Intl sv-SE emits and keeps a number from wrapping across lines.
 * - da groups thousands with `.` and uses a decimal comma (`43.000`, `1.234,5`), as Intl da-DK
 *   and Danish official writing (Retskrivningsordbogen) do.
 * - sv writes negatives with U+2212 MINUS SIGN (Swedish typography, as Intl sv-SE); da and en use `-`.
 * - en groups with `,` and uses a decimal point (`43,000`, `6.5`).
 * - Units follow a no-break space in sv/da (`6,5 %`, `350 kr`); en writes `6.5%`.
 *
 * Parsing accepts all of these and more: any of space, U+00A0, U+2009, U+202F as thousands
 * separators, decimal comma or point, `-` or U+2212, a leading `+`. A lone `.` or `,` is decided
 * by the language (see `pickDecimalMark`): in sv and da `43.000` is forty-three thousand and
 * `4.5` four and a half; in en `43,000` is forty-three thousand and `43.000` forty-three.
 */
import type { Lang } from './i18n/lang';
import type { Quantity, Unit } from './targets/types';

/** The no-break space used between digit groups in sv and before units in sv and da. */
export const NBSP = '\u00A0';

const SPACE_SEPARATORS = ' \u00A0\u2009\u202F';

/**
 * Regex source (no anchors; works with or without the `u` flag) for a number inside running text, e.g. `43 000`,
 * `+5,9`, `−2.5`, `8 520`, English `1,000.5` and `1,000,000`. Hand each match to `parseNumber`. A four-digit
 * run never joins the next group, so `2019 275` stays two numbers while `35 000` stays one.
 */
export const NUMBER_PATTERN =
  '(?<![\\d.,])[+\\-\u2212]?(?:\\d{1,3}(?:[ \\u00A0\\u2009\\u202F.]\\d{3})+(?![\\d])(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+(?![\\d])(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\d])';

/** Reads a whole string as one number; `lang` decides which of `,` and `.` is the decimal mark when only one appears and it could be either. */
export function parseNumber(text: string, lang: Lang = 'sv'): number | null {
  let s = text.trim().replace(/\u2212/g, '-');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1;
    s = s.slice(1).trimStart();
  }
  if (!/^\d/.test(s) || !/\d$/.test(s)) return null;
  if (!/^[\d.,\u0020\u00A0\u2009\u202F]+$/.test(s)) return null;

  const spaceGrouped = new RegExp(`[${SPACE_SEPARATORS}]`).test(s);
  const decimalMark = pickDecimalMark(s, lang, spaceGrouped);
  let intPart = s;
  let fracPart = '';
  if (decimalMark !== null) {
    const at = s.lastIndexOf(decimalMark);
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
    if (!/^\d+$/.test(fracPart)) return null;
  }
  const groups = intPart.split(new RegExp(`[${SPACE_SEPARATORS}.,]`));
  if (groups.length > 1) {
    // Grouped integers must look like 1–3 digits followed by groups of exactly 3.
    const [first, ...rest] = groups;
    if (!first || !/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
  } else if (!/^\d+$/.test(intPart)) {
    return null;
  }
  const value = Number(`${groups.join('')}${fracPart ? `.${fracPart}` : ''}`);
  return Number.isFinite(value) ? sign * value : null;
}

/** Which of `,` and `.` (if any) is the decimal mark in a sign-less numeric string. */
function pickDecimalMark(s: string, lang: Lang, spaceGrouped: boolean): ',' | '.' | null {
  const commas = s.split(',').length - 1;
  const points = s.split('.').length - 1;
  if (commas > 0 && points > 0) return s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  if (commas + points === 0) return null;
  const mark = commas > 0 ? ',' : '.';
  if (commas + points > 1) return null; // repeated: a thousands separator
  if (spaceGrouped) return mark;
  const native = lang === 'en' ? '.' : ',';
  if (mark === native) return mark;
  // The other mark is a thousands separator only where it can be one: `43.000` in sv, `43,000` in en.
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(s) ? null : mark;
}

const UNIT_WORDS: [RegExp, Exclude<Unit, null>][] = [
  [/^(?:%|procent|pct\.?|percent)$/i, '%'],
  [/^(?:mnkr|mkr|mn kr|mio\.? ?kr\.?|mio\.? ?kroner|million kr)$/i, 'mnkr'],
  [/^(?:kr\.?|kronor|kroner|sek|dkk)$/i, 'kr'],
  [/^(?:st\.?|stk\.?|styck|stycken|pcs\.?)$/i, 'st'],
];

/** Reads a number with an optional unit (`%`, `kr`, `mnkr`, `st`, also Danish `kr.`, `stk.`, `mio. kr.`), with or without a space before the unit. */
export function parseQuantity(text: string, lang: Lang = 'sv'): Quantity | null {
  const s = text.trim().replace(/\s+/g, ' ');
  const m = new RegExp(`^(${NUMBER_PATTERN})\\s*(.*)$`, 'u').exec(s);
  if (!m || m[1] === undefined) return null;
  const value = parseNumber(m[1], lang);
  if (value === null) return null;
  const rest = (m[2] ?? '').trim();
  if (rest === '') return { value, unit: null };
  const unit = UNIT_WORDS.find(([re]) => re.test(rest))?.[1];
  return unit ? { value, unit } : null;
}

/** Options for `formatNumber`. Without fraction digit limits every digit needed to read the value back is shown. */
export interface FormatNumberOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  /** Group thousands (default true). */
  grouping?: boolean;
}

/** Formats a number the way the language writes it: sv `43 000`, `6,5` (no-break space); da `43.000`, `6,5`; en `43,000`, `6.5`. */
export function formatNumber(value: number, lang: Lang, opts: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  let v = value;
  if (opts.maximumFractionDigits !== undefined) v = roundTo(v, opts.maximumFractionDigits);
  const negative = v < 0;
  const plain = toPlainDecimal(Math.abs(v));
  let [intPart = '0', frac = ''] = plain.split('.');
  const minFrac = opts.minimumFractionDigits ?? 0;
  if (frac.length < minFrac) frac = frac.padEnd(minFrac, '0');
  const groupSep = GROUP_SEPARATOR[lang];
  const decimal = lang === 'en' ? '.' : ',';
  if (opts.grouping !== false) intPart = intPart.replace(/\B(?=(\d{3})+$)/g, groupSep);
  const minus = lang === 'sv' ? '\u2212' : '-';
  const body = frac ? `${intPart}${decimal}${frac}` : intPart;
  return negative && body.replace(/[^1-9]/g, '') !== '' ? `${minus}${body}` : body;
}

const GROUP_SEPARATOR: Record<Lang, string> = { sv: NBSP, da: '.', en: ',' };

/** Rounds half away from zero to `digits` decimals without the binary surprises of toFixed. */
function roundTo(value: number, digits: number): number {
  const abs = Math.abs(value);
  if (abs >= 1e15) return value; // no fraction digits left to round
  const rounded = Number(`${Math.round(Number(`${toPlainDecimal(abs)}e${digits}`))}e-${digits}`);
  return value < 0 ? -rounded : rounded;
}

/** The shortest round-tripping decimal of a non-negative finite number, never in exponent form. */
function toPlainDecimal(value: number): string {
  const s = String(value);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = `${m[1]}${m[2] ?? ''}`;
  const exp = Number(m[3]);
  if (exp >= 0) return digits.padEnd(exp + 1, '0');
  return `0.${'0'.repeat(-exp - 1)}${digits}`;
}

const UNIT_TEXT: Record<Lang, Record<Exclude<Unit, null>, string>> = {
  sv: { '%': '%', kr: 'kr', mnkr: 'mnkr', st: 'st' },
  da: { '%': '%', kr: 'kr.', mnkr: 'mio. kr.', st: 'stk.' },
  en: { '%': '%', kr: 'kr', mnkr: 'million kr', st: '' },
};

/** Formats a quantity with its unit: sv `6,5 %`, `350 kr`; da `350 kr.`; en `6.5%` (a count in en shows no unit). */
export function formatQuantity(q: Quantity, lang: Lang, opts: FormatNumberOptions = {}): string {
  const n = formatNumber(q.value, lang, opts);
  if (q.unit === null) return n;
  const unit = UNIT_TEXT[lang][q.unit];
  if (unit === '') return n;
  if (lang === 'en' && q.unit === '%') return `${n}%`;
  return `${n}${NBSP}${unit}`;
}
