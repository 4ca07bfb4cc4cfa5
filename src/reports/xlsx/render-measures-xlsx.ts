/**
 * The Excel writer, loaded on first use (measures-xlsx-writer.ts): its library stays out of a server's memory
 * until someone downloads such a document.
 */
import type { Lang } from '../../domain/i18n/lang';
import type { MeasuresWorkbook } from './types';

/**
 * Excel's number format for a row: grouped thousands, the row's decimals and its unit.
 * Excel shows `#,##0.0` with the reader's separators, so a Swedish Excel shows 43 000 and 5,8.
 * Percent values are stored as entered (5,8 means 5,8 %), hence a literal " %" and not Excel's %.
 */
export function numberFormat(unit: string | null, decimals: number): string {
  const base = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return unit && unit !== 'st' ? `${base}" ${unit}"` : base;
}

/** Writes all measures and values: one sheet per perspective, periods as columns, values as number cells. */
export async function renderMeasuresXlsx(book: MeasuresWorkbook, lang: Lang = 'sv'): Promise<Buffer> {
  const writer = await import('./measures-xlsx-writer');
  return writer.renderMeasuresXlsx(book, lang);
}
