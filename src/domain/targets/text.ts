/**
 * Small text helpers shared by the target and baseline readers: whitespace, footnote marks,
 * months, period keys and the "compared with …" phrases people append to targets.
 */
import type { Reference } from './types';

/** Collapses every kind of whitespace (incl. no-break and thin spaces) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes superscript footnote marks such as `¹⁰` that plans print inside cells. */
export function stripFootnoteMarks(text: string): string {
  return text.replace(/[\u00B9\u00B2\u00B3\u2070-\u2079]+/g, ' ');
}

export { MONTH_PATTERN, monthNumber } from '../months';
import { MONTH_PATTERN, monthNumber } from '../months';

/** Canonical period key of `2020`, `202012`, `2020-12`, `dec 2020`, `december 2020`; null if not a period. */
export function parsePeriodKey(text: string): string | null {
  const s = squash(text).toLowerCase().replace(/[.:]$/, '');
  let m = /^((?:19|20)\d{2})$/.exec(s);
  if (m?.[1]) return m[1];
  m = /^((?:19|20)\d{2})-?(0[1-9]|1[0-2])$/.exec(s);
  if (m?.[1] && m[2]) return `${m[1]}-${m[2]}`;
  m = new RegExp(`^(${MONTH_PATTERN})\\.? ((?:19|20)\\d{2})$`).exec(s);
  const month = m?.[1] ? monthNumber(m[1]) : null;
  if (m?.[2] && month) return `${m[2]}-${String(month).padStart(2, '0')}`;
  return null;
}

// "jmf", "jfr", "jämfört med", "utifrån", Danish "ift.", "i forhold til", "sammenlignet med", English "compared with".
const COMPARE_WORDS =
  '(?:jmf\\.?|jfr\\.?|sammenholdt med|jämfört med|jämför med|i jämförelse med|i förhållande till|utifrån|från|mot|ift\\.?|i forhold til|sammenlignet med|set i forhold til|fra|compared (?:with|to)|relative to|from|vs\\.?|versus)(?: med)?';

// "motsvarande kvartal året innan", "samme kvartal året før", "same quarter the year before"; any one word for the period.
const SAME_PERIOD_PREVIOUS_YEAR =
  /^(?:motsvarande|samma|samme|tilsvarende|(?:the )?same) (?:\p{L}+ )?(?:året innan|året före|året tidigare|föregående år|förra året|i fjol|året før|året forinden|sidste år|(?:the )?(?:previous|last) year|the year before|a year earlier)$/u;

/**
 * Reads what a target is compared against from the words after its verb:
 * empty -> the baseline; `jmf 2019`, `utifrån 202012` -> that period;
 * `jmf motsvarande kvartal året innan` -> same period the year before; `jmf riket` -> the national series.
 * Null when the words are not understood, so the caller can keep the target as qualitative.
 */
export function parseReference(rest: string): Reference | null {
  const s = squash(rest).toLowerCase().replace(/[.,;]$/, '');
  if (s === '') return { type: 'baseline' };
  const m = new RegExp(`^${COMPARE_WORDS} (.+)$`).exec(s);
  const object = m?.[1] ?? null;
  if (object === null) return null;
  const period = parsePeriodKey(object);
  if (period) return { type: 'period', period };
  if (SAME_PERIOD_PREVIOUS_YEAR.test(object) || /^(?:föregående år|förra året|sidste år|(?:the )?(?:previous|last) year)$/.test(object)) {
    return { type: 'same-period-previous-year' };
  }
  if (/^(?:ingångsvärdet?|basåret|utgångsläget|udgangspunktet|udgangsværdien|baseline|the baseline)$/.test(object)) {
    return { type: 'baseline', named: true };
  }
  const series = parseSeries(object);
  return series ? { type: 'series', series } : null;
}

/** Which other series a phrase names: the national value (`riket`) or other regions. */
export function parseSeries(text: string): 'riket' | 'other-regions' | null {
  const s = text.toLowerCase();
  if (/\b(?:riket|rikssnitt\w*|riksgenomsnitt\w*|nationell\w*|hele landet|landsgennemsnit\w*|national\w*|the country)\b/.test(s)) {
    return 'riket';
  }
  if (/(?:andra|övriga|andre|øvrige|other) region\w*/.test(s)) return 'other-regions';
  return null;
}
