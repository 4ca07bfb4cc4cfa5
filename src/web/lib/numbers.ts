import type { Lang } from '../../domain/i18n/lang';

/** The locale each UI language formats numbers in: decimal comma and a space between thousands in sv/da. */
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

const NBSP = '\u00a0';
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, maxFractionDigits: number, minFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maxFractionDigits}:${minFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      maximumFractionDigits: maxFractionDigits,
      minimumFractionDigits: minFractionDigits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** `6.5` -> `6,5` (sv, da) or `6.5` (en); `43000` -> `43 000` / `43.000` / `43,000`. */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2, minFractionDigits = 0): string {
  return formatter(lang, maxFractionDigits, minFractionDigits).format(value);
}

/** A number with its unit as people write it: `6,5 %`, `350 kr`, `43 000`; English writes `6.5%`. */
export function formatQuantity(value: number, unit: string | null | undefined, lang: Lang): string {
  const n = formatNumber(value, lang);
  if (!unit) return n;
  if (unit === '%' && lang === 'en') return `${n}%`;
  return `${n}${NBSP}${unit}`;
}

/** A share 0–1 as a percentage: `0.75` -> `75 %`. */
export function formatShare(share: number, lang: Lang): string {
  return formatQuantity(Math.round(share * 1000) / 10, '%', lang);
}

/**
 * Reads a number typed by a person in Swedish, Danish or English style:
 * `6,5`, `6.5`, `43 000`, `43.000,5`, `75 %`. Returns null when it is not a number.
 * A lone dot followed by exactly three digits is read as a Danish thousands separator
 * only when the language is Danish.
 */
export function parseNumber(text: string, lang: Lang = 'sv'): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/[−–]/g, '-');
  s = s.replace(/%$/, '');
  if (s === '' || !/^[-+]?[\d.,]+$/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) {
      if (!/^[-+]?\d{1,3}(,\d{3})+$/.test(s)) return null;
      s = s.replace(/,/g, '');
    } else {
      s = s.replace(',', '.');
    }
  } else if (lastDot >= 0) {
    if (s.indexOf('.') !== lastDot || (lang === 'da' && /^[-+]?\d{1,3}\.\d{3}$/.test(s))) {
      if (!/^[-+]?\d{1,3}(\.\d{3})+$/.test(s)) return null;
      s = s.replace(/\./g, '');
    }
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}
