/**
 * The web app's few number helpers on top of the domain's one formatter and parser
 * (src/domain/numbers.ts): sv groups thousands with a no-break space, da with `.`, en with `,`.
 */
import type { Lang } from '../../domain/i18n/lang';
import { type FormatNumberOptions, formatNumber, formatQuantity, NBSP, parseQuantity } from '../../domain/numbers';
import type { Unit } from '../../domain/targets/types';

/** Values shown to people carry at most two decimals. */
export const DISPLAY: FormatNumberOptions = { maximumFractionDigits: 2 };

const UNITS: readonly Exclude<Unit, null>[] = ['%', 'kr', 'mnkr', 'st'];

/**
 * A measure's value with its unit as the language writes it: sv `6,5 %`, `43 000 kr`; da `350 kr.`;
 * en `6.5%`. The API gives the unit as a string; a unit the domain does not know follows a no-break space.
 */
export function formatValue(
  value: number,
  unit: string | null | undefined,
  lang: Lang,
  opts: FormatNumberOptions = DISPLAY,
): string {
  const known = UNITS.find((u) => u === unit);
  if (!unit || known) return formatQuantity({ value, unit: known ?? null }, lang, opts);
  return `${formatNumber(value, lang, opts)}${NBSP}${unit}`;
}

/** A share 0–1 as a percentage with at most one decimal: `0.75` -> `75 %` (sv), `75%` (en). */
export function formatShare(share: number, lang: Lang): string {
  return formatQuantity({ value: share * 100, unit: '%' }, lang, { maximumFractionDigits: 1 });
}

/** A number typed into a form, perhaps followed by `%` (`75 %`, `0,5`); null when it is not one. */
export function parseNumberInput(text: string, lang: Lang): number | null {
  const q = parseQuantity(text, lang);
  return q && (q.unit === null || q.unit === '%') ? q.value : null;
}
