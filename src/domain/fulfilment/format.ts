/**
 * Private number formatting for fulfilment explanations, until it is merged with
 * src/domain/numbers.ts. It follows that file's conventions so the merge changes no output:
 * sv/da group with U+00A0 and use a decimal comma (`43 000`, `6,5`; Danish too, as the domain
 * brief says Danish plans write numbers like Swedish ones), sv writes minus as U+2212,
 * en uses `43,000` / `6.5`; a unit follows a no-break space, except en `6.5%`.
 */
import type { Lang } from '../i18n/lang';
import type { Unit } from '../targets/types';

export const NBSP = '\u00A0';

const MINUS: Record<Lang, string> = { sv: '\u2212', da: '-', en: '-' };
const GROUP: Record<Lang, string> = { sv: NBSP, da: NBSP, en: ',' };
const DECIMAL: Record<Lang, string> = { sv: ',', da: ',', en: '.' };

const UNIT_TEXT: Record<Lang, Record<Exclude<Unit, null>, string>> = {
  sv: { '%': '%', kr: 'kr', mnkr: 'mnkr', st: 'st' },
  da: { '%': '%', kr: 'kr.', mnkr: 'mio. kr.', st: 'stk.' },
  en: { '%': '%', kr: 'kr', mnkr: 'million kr', st: '' },
};

const formatters = new Map<number, Intl.NumberFormat>();

/** Intl does the rounding; the language decides the separators, so one en-GB formatter serves all. */
function formatter(maxDecimals: number): Intl.NumberFormat {
  let f = formatters.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(maxDecimals, f);
  }
  return f;
}

/** Formats a number with at most `maxDecimals` decimals (default 2): sv `43 000`, `5,8`; en `43,000`, `5.8`. */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return '–';
  const parts = formatter(maxDecimals).formatToParts(value);
  const out = parts
    .map((part) => {
      if (part.type === 'group') return GROUP[lang];
      if (part.type === 'decimal') return DECIMAL[lang];
      if (part.type === 'minusSign') return MINUS[lang];
      return part.value;
    })
    .join('');
  // Intl keeps the sign of a value that rounds to zero (`-0`); a reader should see `0`.
  return /[1-9]/.test(out) ? out : out.replace(/^[-\u2212]/, '');
}

/** Attaches a unit: sv `5,8 %`, `350 kr`; da `350 kr.`; en `5.8%` (a count shows no unit in en). */
export function withUnit(formatted: string, unit: Unit, lang: Lang): string {
  if (unit === null) return formatted;
  const text = UNIT_TEXT[lang][unit];
  if (text === '') return formatted;
  if (lang === 'en' && unit === '%') return `${formatted}%`;
  return `${formatted}${NBSP}${text}`;
}

/** Formats a value with its unit. */
export function formatQuantity(value: number, unit: Unit, lang: Lang, maxDecimals = 2): string {
  return withUnit(formatNumber(value, lang, maxDecimals), unit, lang);
}

/**
 * Formats two values that are being compared so that different values never look equal
 * (5,804 vs 5,8 would both show `5,8`, and `5,8 % > 5,8 %` reads as a bug): decimals are
 * added, up to 6, until the two texts differ.
 */
export function formatPair(a: number, b: number, unit: Unit, lang: Lang): [string, string] {
  let decimals = 2;
  let fa = formatQuantity(a, unit, lang, decimals);
  let fb = formatQuantity(b, unit, lang, decimals);
  while (a !== b && fa === fb && decimals < 6) {
    decimals++;
    fa = formatQuantity(a, unit, lang, decimals);
    fb = formatQuantity(b, unit, lang, decimals);
  }
  return [fa, fb];
}

/** A share 0–1 as a whole percentage (`0.8333` -> sv `83 %`), with decimals only where needed to differ from `other`. */
export function formatShare(share: number, lang: Lang, other?: number): string {
  let decimals = 0;
  const pct = (x: number, d: number) => formatQuantity(x * 100, '%', lang, d);
  let text = pct(share, decimals);
  while (other !== undefined && share !== other && text === pct(other, decimals) && decimals < 4) {
    decimals++;
    text = pct(share, decimals);
  }
  return text;
}
