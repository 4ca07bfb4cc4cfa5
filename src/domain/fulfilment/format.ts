/**
 * Number formatting for fulfilment explanations: the shared formatter in src/domain/numbers.ts,
 * limited to two decimals, plus the two things only explanations need — a pair of compared
 * values that never look equal, and a share as a percentage.
 */
import type { Lang } from '../i18n/lang';
import { formatNumber as formatNumberWith, formatQuantity as formatQuantityWith } from '../numbers';
import type { Unit } from '../targets/types';

/** Formats a number with at most `maxDecimals` decimals (default 2): sv `43 000`, `5,8`; en `43,000`, `5.8`. */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  return formatNumberWith(value, lang, { maximumFractionDigits: maxDecimals });
}

/** Formats a value with its unit: sv `5,8 %`, `350 kr`; da `350 kr.`; en `5.8%`. */
export function formatQuantity(value: number, unit: Unit, lang: Lang, maxDecimals = 2): string {
  return formatQuantityWith({ value, unit }, lang, { maximumFractionDigits: maxDecimals });
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
