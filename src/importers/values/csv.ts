/**
 * CSV as spreadsheets write it: `;` (Swedish Excel) or `,` or tab between cells, `"` around
 * cells that hold a separator, a quote (doubled) or a line break. Parsed by csv-parse as a
 * stream, so that a file of millions of rows never has to be in memory at once; every record
 * carries the line it starts on, for the rejection report.
 */
import { once } from 'node:events';
import { type CsvError, Parser } from 'csv-parse';

export type Delimiter = ';' | ',' | '\t';

/** One record of the file and the line it starts on (1 = the first line); or, for a part that cannot be read, the line and why. */
export type CsvRecord = { line: number; cells: string[]; problem?: undefined } | { line: number; cells?: undefined; problem: string };

/** Picks the separator of a file from its first line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
export function sniffDelimiter(firstLine: string): Delimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}


const lineBreaks = (cells: string[]) => cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/** Why a part of a file cannot be read, at the line it starts on. */
function problemOf(err: CsvError, line: number): string {
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') return `Ett citattecken som öppnas på rad ${line} stängs aldrig. Filen kan vara avkortad.`;
  if (err.code === 'CSV_INVALID_CLOSING_QUOTE' || err.code === 'INVALID_OPENING_QUOTE') {
    return `Rad ${line}: ett citattecken står mitt i ett fält. Sätt hela fältet inom citattecken och skriv citattecken i det som "". Filen lästes inte längre än hit.`;
  }
  return `Rad ${line} kan inte läsas som CSV: ${err.message}`;
}

/**
 * Reads CSV records from text given in chunks (as it is decoded), in file order. Blank lines
 * are skipped but counted. A file that ends inside a quoted cell (cut short) ends with a
 * problem record at the line that quote began; a quote in the middle of a cell ends the
 * reading with a problem record at its line.
 */
export async function* readCsvRecords(chunks: AsyncIterable<string> | Iterable<string>, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  // Blank lines come through as records of one empty cell (and are dropped here), so that every line is counted without csv-parse's costly per-record info.
  const parser = new Parser({ delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, bom: true, skip_records_with_error: true });
  // The first error, and how many records came before it: records after it are not trusted.
  type Failure = { err: CsvError; records: number };
  const failures: Failure[] = [];
  parser.on('skip', (err: CsvError) => {
    if (failures.length === 0) failures.push({ err, records: parser.info.records });
  });
  // Feeds the parser as fast as it reads, no faster (backpressure).
  const feeding = (async () => {
    for await (const chunk of chunks) {
      if (chunk.length > 0 && !parser.write(chunk)) await once(parser, 'drain');
    }
    parser.end();
  })().catch((err: unknown) => parser.destroy(err as Error));
  // Each record starts on the line after the previous one; it ends as many lines later as its cells hold line breaks.
  let endLine = 0;
  let read = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (failures[0] && read >= failures[0].records) break;
      const line = endLine + 1;
      endLine = line + lineBreaks(record);
      read += 1;
      if (record.length === 1 && record[0]!.trim() === '') continue; // a blank line, or one of spaces only
      yield { line, cells: record };
    }
    const f = failures[0];
    if (f) {
      const line = endLine + 1;
      yield { line, problem: problemOf(f.err, line) };
    }
  } finally {
    if (!parser.destroyed) parser.destroy();
    await feeding;
  }
}
