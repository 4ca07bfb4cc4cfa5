import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, newlines and
 * doubled quotes. Kolada's catalogue descriptions contain all three.
 */

/** Splits CSV text into rows of fields (csv-parse). A trailing newline does not make an empty row. */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  } catch (err) {
    if (err instanceof CsvError && err.code === 'CSV_QUOTE_NOT_CLOSED') throw new Error('CSV: ett citerat fält tar aldrig slut');
    if (err instanceof CsvError) throw new Error(`CSV: ${err.message}`);
    throw err;
  }
}

/** Rows as objects keyed by the header row; a row with the wrong number of fields is an error naming its line. */
export function parseCsvRecords(text: string, required: readonly string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV: filen är tom');
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`CSV: kolumnen ${missing.join(', ')} saknas`);
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV: rad ${index + 2} har ${fields.length} fält, rubriken ${header.length}`);
    }
    return Object.fromEntries(header.map((name, k) => [name, fields[k]!]));
  });
}

/** Writes one CSV field, quoting it when it needs to be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
