/**
 * Reading single cells of a values file: numbers in Swedish or English style, missing-value
 * markers, sex codes and words, measure names. A cell is text (CSV, XLSX text) or a number (XLSX).
 */
import { parseNumber } from '../../domain/numbers';
import type { NumberFormat } from '../../shared/value-import-types';

export type Cell = string | number;

/** Markers that mean "no value" in official statistics (`..` as in SCB and Kolada, `-`, `–`) and empty cells. */
const MISSING = new Set(['', '..', '.', '-', '–', '—', '…', 'NA', 'N/A', 'n/a']);

/** Whether a value cell holds no value: empty, `..`, `-` and the like. Such cells are skipped, not rejected. */
export function isMissing(cell: Cell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && MISSING.has(cell.trim()));
}

/** The text of a cell as a person would read it. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

const PLAIN_INTEGER = /^-?\d{1,15}$/;
// Exactly three decimals could be a thousands group in the other style (`1,234`), so those take the careful path.
const SV_DECIMAL = /^-?\d{1,15},(?:\d{1,2}|\d{4,})$/;
const EN_DECIMAL = /^-?\d{1,15}\.(?:\d{1,2}|\d{4,})$/;

/** Reads a value cell; null when it is not a number. `format` says which mark is the decimal one when a text cell could be read either way. */
export function parseValueCell(cell: Cell, format: 'sv' | 'en'): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  // Fast paths for the forms that make up almost every cell of a big file: `12`, `6,5` (sv), `6.5` (en).
  if (PLAIN_INTEGER.test(cell)) return Number(cell);
  if ((format === 'sv' ? SV_DECIMAL : EN_DECIMAL).test(cell)) return Number(cell.replace(',', '.'));
  // A trailing percent sign is the unit, not part of the number: `6,5 %`.
  const text = cell.trim().replace(/\s*%$/, '');
  const value = parseNumber(text, format);
  return value === null || !Number.isFinite(value) ? null : value;
}

/**
 * Decides from sample cells whether text numbers are English (`1,234.5`, `6.5`) or Swedish
 * (`1 234,5`, `6,5`; Danish `1.234,5` reads the same way). Only cells that can be read one way
 * count; a tie or no evidence (`1,000`) follows `fallback`, the reader's own style.
 */
export function detectNumberFormat(samples: Cell[], fallback: 'sv' | 'en' = 'sv'): 'sv' | 'en' {
  let sv = 0;
  let en = 0;
  for (const cell of samples) {
    if (typeof cell !== 'string') continue;
    const s = cell.trim();
    const comma = s.lastIndexOf(',');
    const point = s.lastIndexOf('.');
    if (comma >= 0 && point >= 0) {
      if (comma > point) sv += 1;
      else en += 1;
    } else if (/^[+\-\u2212]?\d+,\d+$/.test(s) && !/^[+\-\u2212]?\d{1,3},\d{3}$/.test(s)) {
      sv += 1; // `6,5`: only a decimal comma reads this way
    } else if (/^[+\-\u2212]?\d+\.\d+$/.test(s) && !/^[+\-\u2212]?\d{1,3}\.\d{3}$/.test(s)) {
      en += 1; // `6.5`
    } else if (/^\d{1,3}(?:,\d{3}){2,}$/.test(s)) {
      en += 1; // `1,234,567`
    } else if (/\d[ \u00A0]\d{3}/.test(s)) {
      sv += 1; // `43 000`
    }
  }
  return en > sv ? 'en' : sv > en ? 'sv' : fallback;
}

/** Resolves `auto` with sample cells (`fallback` when they do not tell). */
export function resolveNumberFormat(format: NumberFormat, samples: Cell[], fallback: 'sv' | 'en' = 'sv'): 'sv' | 'en' {
  return format === 'auto' ? detectNumberFormat(samples, fallback) : format;
}

/** The number style a reader writes in: English, or the decimal comma of Swedish and Danish. */
export const numberStyleOf = (lang: string): 'sv' | 'en' => (lang === 'en' ? 'en' : 'sv');

const SEX_WORDS: Record<string, 'K' | 'M' | 'T'> = {
  t: 'T', tot: 'T', totalt: 'T', total: 'T', alla: 'T', samtliga: 'T', 'båda könen': 'T', 'i alt': 'T', all: 'T', both: 'T', 'both sexes': 'T',
  k: 'K', kv: 'K', kvinna: 'K', kvinnor: 'K', kvinder: 'K', kvinde: 'K', f: 'K', w: 'K', female: 'K', females: 'K', woman: 'K', women: 'K',
  m: 'M', man: 'M', män: 'M', mænd: 'M', mand: 'M', male: 'M', males: 'M', men: 'M',
};

/** Reads a sex cell: `T`/`K`/`M` and Swedish, Danish and English words; an empty cell is the total. Null when unknown. */
export function parseSexCell(cell: Cell | undefined): 'K' | 'M' | 'T' | null {
  const s = cellText(cell).normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return 'T';
  return SEX_WORDS[s] ?? null;
}

/** A measure name as compared with the plan: Unicode NFC, single spaces, lower case. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
