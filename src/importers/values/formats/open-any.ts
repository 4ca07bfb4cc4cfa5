/**
 * Opens a values file of any supported format, detected from its content: JSON documents
 * (DHIS2, PX-Web JSON, JSON-stat 2.0, Kolada), tables whose header says what they are (DHIS2
 * CSV, Kolada files, Stratsys exports), and plain CSV/XLSX mapped by column. Anything else is
 * refused as "format not supported", naming the formats that are — never a column-mapping error.
 */
import type { Cell } from '../cells';
import { ValueFileError } from '../errors';
import { type FileRow, type OpenedFile, openValueFile } from '../read-file';
import type { ValueMapping } from '../../../shared/value-import-types';
import type { CodeBook } from './code-book';
import { detectJsonFormat, readDhis2Json, readJsonStat2, readKoladaJson, readPxWebJson } from './json-formats';
import { type CodedFile, CodedFileError, FORMAT_NAMES, type NeutralRow } from './neutral';
import { detectTableFormat, tableRow } from './table-formats';

/** The message for a file in no supported format. */
export function formatNotSupported(what: string): string {
  return `Formatet stöds inte (${what}). Filer som kan importeras: ${Object.values(FORMAT_NAMES).join('; ')}.`;
}

/** A file opened: either a plain table to map by column, or a coded file whose codes are mapped. */
export type AnyValueFile = { kind: 'table'; file: OpenedFile } | { kind: 'coded'; file: CodedFile };

const MAX_JSON_BYTES = 512 * 1024 * 1024;
const SIGNATURES: [RegExp, string][] = [
  [/^%PDF-/, 'en PDF-fil'],
  [/^\s*<\?xml|^\s*<[A-Za-z!]/, 'XML eller HTML'],
  [/^(CHARSET|AXIS-VERSION|LANGUAGE|CODEPAGE)\s*=/m, 'en PX-fil; hämta tabellen som JSON eller JSON-stat 2.0 från PxWebApi'],
];

/** Opens a file given as chunks of bytes. Throws ValueFileError for a file that cannot be read or is in no supported format. */
export async function openAnyValueFile(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<AnyValueFile> {
  const iterator = (Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : (chunks as Iterable<Uint8Array>)[Symbol.iterator]()) as
    | AsyncIterator<Uint8Array>
    | Iterator<Uint8Array>;
  const first = await iterator.next();
  const head = first.done ? new Uint8Array(0) : first.value;
  async function* all(): AsyncGenerator<Uint8Array> {
    if (!first.done) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const start = new TextDecoder('latin1').decode(head.subarray(0, 4096)).replace(/^\uFEFF|^ï»¿/, '');
  if (/^\s*[{[]/.test(start)) return { kind: 'coded', file: await openJson(all()) };
  for (const [re, what] of SIGNATURES) if (re.test(start)) throw new ValueFileError(formatNotSupported(what));
  if (head.subarray(0, 4096).includes(0) && !(head[0] === 0x50 && head[1] === 0x4b)) throw new ValueFileError(formatNotSupported('en binär fil'));

  const file = await openValueFile(all());
  const table = detectTableFormat(file.headers, file.delimiter);
  if (!table) return { kind: 'table', file };
  async function* rows(): AsyncGenerator<NeutralRow> {
    for await (const row of file.rows) {
      if (row.problem) yield { line: row.line, system: 'name', code: '', period: '', sex: '', ageBand: '', orgUnit: '', value: null, problem: row.problem };
      else if (!row.cells.every((c) => c === '' || c === null)) yield tableRow(table!.format, table!.columns, row.line, row.cells);
    }
  }
  return {
    kind: 'coded',
    file: { format: table.format, numberFormat: table.format === 'stratsys-tsv' ? 'auto' : 'en', rows: rows(), rowCount: file.rowCount },
  };
}

async function openJson(chunks: AsyncIterable<Uint8Array>): Promise<CodedFile> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of chunks) {
    parts.push(c);
    size += c.length;
    if (size > MAX_JSON_BYTES) throw new ValueFileError('JSON-filen är för stor (högst 512 MB).');
  }
  const bytes = Buffer.concat(parts);
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (err) {
    throw new ValueFileError(`Filen ser ut som JSON men går inte att läsa: ${(err as Error).message}.`);
  }
  const format = detectJsonFormat(doc);
  if (!format) throw new ValueFileError(formatNotSupported('JSON som inte är DHIS2, PX-Web, JSON-stat 2.0 eller Kolada'));
  const o = doc as Record<string, unknown>;
  try {
    const read =
      format === 'dhis2-json' ? { rows: readDhis2Json(o) }
      : format === 'pxweb-json' ? readPxWebJson(o)
      : format === 'json-stat2' ? readJsonStat2(o)
      : { rows: readKoladaJson(o) };
    return { format, ...('table' in read && read.table ? { table: read.table } : {}), numberFormat: 'en', rows: fromArray(read.rows), rowCount: read.rows.length };
  } catch (err) {
    if (err instanceof CodedFileError) throw new ValueFileError(`${FORMAT_NAMES[format]}: ${err.message}`);
    throw err;
  }
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

/** The header a coded file is read with once its codes are mapped, and the mapping that goes with it. */
export const CODED_HEADERS = ['Mått', 'Period', 'Kön', 'Åldersgrupp', 'Område', 'Värde'];
export function codedMapping(file: CodedFile, status: ValueMapping['status'] = 'preliminary'): ValueMapping {
  return { layout: 'long', measure: 'Mått', period: 'Period', sex: 'Kön', ageBand: 'Åldersgrupp', area: 'Område', value: 'Värde', numberFormat: file.numberFormat, status };
}

/**
 * A coded file as a table of the coded header, its codes mapped through `book`: a row whose
 * measure or unit cannot be mapped becomes a rejected row naming the code, so the file's
 * all-or-nothing import and its report work as for any table.
 */
export function codedAsTable(file: CodedFile, book: CodeBook): OpenedFile {
  async function* rows(): AsyncGenerator<FileRow> {
    for await (const row of file.rows) {
      if (row.problem) {
        yield { line: row.line, cells: [], problem: row.problem };
        continue;
      }
      const measure = book.measureOf(row);
      const area = book.areaOf(row);
      const reasons = [measure, area].flatMap((r) => ('reason' in r ? [r.reason] : []));
      if (reasons.length > 0) {
        yield { line: row.line, cells: [], problem: reasons.join(' ') };
        continue;
      }
      const cells: Cell[] = [
        'id' in measure ? String(measure.id) : 'name' in measure ? measure.name : '',
        row.period,
        row.sex,
        row.ageBand,
        'area' in area ? area.area : '',
        row.value === null ? '' : row.value,
      ];
      yield { line: row.line, cells };
    }
  }
  return { format: file.format, encoding: null, delimiter: null, headers: CODED_HEADERS, rowCount: file.rowCount, rows: rows() };
}
