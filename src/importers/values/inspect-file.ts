import { cellText } from './cells';
import type { Delimiter } from './csv';
import type { TextEncodingName } from './encoding';
import { openValueFile } from './read-file';

/** What an uploaded values file looks like, found by reading all of it (so every limit is checked once, at upload). */
export interface InspectedValueFile {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  headers: string[];
  sampleRows: string[][];
  rowCount: number;
}

/** Reads a whole file of values: its format, header, first rows and row count. Throws ValueFileError for an unreadable one. */
export async function inspectValueFile(bytes: Uint8Array, sampleSize: number): Promise<InspectedValueFile> {
  const file = await openValueFile([bytes]);
  const sampleRows: string[][] = [];
  let rowCount = 0;
  for await (const row of file.rows) {
    rowCount += 1;
    if (!row.problem && sampleRows.length < sampleSize) sampleRows.push(row.cells.map(cellText));
  }
  return { format: file.format, encoding: file.encoding, delimiter: file.delimiter, headers: file.headers, sampleRows, rowCount };
}
