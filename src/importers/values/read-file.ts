/**
 * Opens a values file from a stream of bytes: tells XLSX from CSV by its first bytes, detects a
 * CSV file's encoding and separator, and yields the header and then the data rows one at a time,
 * so that a CSV file of millions of rows is read in bounded memory.
 */
import { checkZipArchive, FILE_LIMITS, FileLimitError, TextTableGuard } from '../limits';
import type { Cell } from './cells';
import { type Delimiter, readCsvRecords, sniffDelimiter } from './csv';
import { ChunkDecoder, detectEncoding, type TextEncodingName } from './encoding';
import { ValueFileError } from './errors';
import type { ValueFileFormat } from './formats/neutral';
import { headerTexts } from './mapping';
import { looksLikeXlsx, readXlsxRows } from './xlsx';

/** A data row; `problem` is set for a row that could not be read at all (a quote left open by a file cut short). */
export interface FileRow {
  line: number;
  cells: Cell[];
  problem?: string;
}

/** An opened file: what it is, its header, and its data rows (to be read once). */
export interface OpenedFile {
  format: ValueFileFormat;
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  headers: string[];
  /** XLSX: the number of data rows (the sheet is read whole); CSV: null (read as it streams). */
  rowCount: number | null;
  rows: AsyncGenerator<FileRow>;
}

const SAMPLE_BYTES = 64 * 1024;

/** Opens a file given as chunks of bytes (a file stream, or one buffer in an array). Throws ValueFileError for an unreadable file. */
export async function openValueFile(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<OpenedFile> {
  const iterator = (Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : toAsync(chunks as Iterable<Uint8Array>)) as AsyncIterator<Uint8Array>;
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const sample = concat(head);
  if (sample.length === 0) throw new ValueFileError('Filen är tom.');

  if (looksLikeXlsx(sample)) {
    const parts = [sample];
    if (!done) for (let next = await iterator.next(); !next.done; next = await iterator.next()) parts.push(next.value);
    const bytes = concat(parts);
    withinLimits(() => checkZipArchive(bytes));
    const sheetRows = await readXlsxRows(bytes);
    const wide = sheetRows.find((r) => r.cells.length > FILE_LIMITS.maxColumns);
    if (wide) throw new ValueFileError(`Rad ${wide.line} har fler än ${FILE_LIMITS.maxColumns.toLocaleString('sv-SE')} kolumner. Spara bara kolumnerna med värden.`);
    const [header, ...data] = sheetRows;
    if (!header) throw new ValueFileError('Arbetsboken har inget blad med innehåll.');
    return { format: 'xlsx', encoding: null, delimiter: null, headers: headerTexts(header.cells), rowCount: data.length, rows: fromArray(data) };
  }

  const decoder = new ChunkDecoder(detectEncoding(sample));
  const text = decoder.decode(sample, done);
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  const delimiter = sniffDelimiter(firstLine);
  // Every piece of text passes the limits (columns, cell and row size) before the parser sees it.
  const guard = new TextTableGuard(delimiter);
  const checked = (piece: string) => {
    withinLimits(() => guard.push(piece));
    return piece;
  };
  async function* texts(): AsyncGenerator<string> {
    yield checked(text.replace(/^\uFEFF/, ''));
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield checked(decoder.decode(next.value));
    const tail = decoder.decode(new Uint8Array(0), true);
    if (tail) yield checked(tail);
  }
  async function* csvRows(): AsyncGenerator<FileRow> {
    for await (const record of readCsvRecords(texts(), delimiter)) {
      yield record.problem === undefined ? { line: record.line, cells: record.cells } : { line: record.line, cells: [], problem: record.problem };
    }
  }
  const rows = csvRows();
  const first = await rows.next();
  if (first.done || first.value.problem) throw new ValueFileError('Filen har ingen rubrikrad.');
  return { format: 'csv', encoding: decoder.encoding, delimiter, headers: headerTexts(first.value.cells), rowCount: null, rows };
}

/** A file over a limit of `../limits` is a file that cannot be read, with the limit's message. */
function withinLimits(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof FileLimitError) throw new ValueFileError(err.message);
    throw err;
  }
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
