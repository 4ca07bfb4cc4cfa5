/**
 * Limits on what an uploaded file may make the server do, checked where a file is read, before
 * any parser sees it (whichever parser that is): the upload's size, a ZIP's inflated size and
 * entries (a zip bomb), a text table's columns, cell size and row size (a quote left open turns
 * the rest of a file into one cell). Pure: bytes and text in, a `FileLimitError` out.
 */
import { inflateRawSync } from 'node:zlib';

export interface FileLimits {
  /** Bytes of an upload through the web (bigger files: `npx ledstjarna import-values`, which streams). */
  maxUploadBytes: number;
  /** Bytes all entries of a ZIP file (XLSX, DOCX) may inflate to together. */
  maxInflatedBytes: number;
  /** Entries a ZIP file may hold. */
  maxZipEntries: number;
  /** Columns of a row of a text table. */
  maxColumns: number;
  /** Characters of one cell: Excel's own limit. */
  maxCellChars: number;
  /** Characters of one row. */
  maxRowChars: number;
}

export const FILE_LIMITS: FileLimits = {
  maxUploadBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxColumns: 1_000,
  maxCellChars: 32_767,
  maxRowChars: 1_000_000,
};

/** A file over one of the limits; the message (Swedish) says which and what to do. */
export class FileLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileLimitError';
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const count = (n: number) => n.toLocaleString('sv-SE');

/**
 * Checks a ZIP archive (XLSX, DOCX) before it is opened: entries, and what they inflate to —
 * declared in the central directory AND proven by inflating each entry with a ceiling, since a
 * crafted archive may declare less than it holds. Throws FileLimitError; a damaged archive is
 * left to the reader, which says so in its own words.
 */
export function checkZipArchive(bytes: Uint8Array, limits: FileLimits = FILE_LIMITS): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return;
  const entries = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw new FileLimitError('Filen är ett ZIP64-arkiv; så stora arbetsböcker tas inte emot.');
  if (entries > limits.maxZipEntries) throw new FileLimitError(`Filen innehåller ${count(entries)} delar; högst ${count(limits.maxZipEntries)} tas emot.`);
  let declared = 0;
  let inflated = 0;
  let at = directoryOffset;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    at += 46 + nameLength + extraLength + commentLength;
    declared += size;
    if (declared > limits.maxInflatedBytes) throw bomb(limits);
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50) return;
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = bytes.subarray(dataStart, Math.min(bytes.length, dataStart + compressedSize));
    if (method === 0) inflated += data.length;
    else if (method === 8) {
      try {
        // Never more than the budget left: a lie in the directory cannot make this allocate more.
        inflated += inflateRawSync(data, { maxOutputLength: Math.max(1, limits.maxInflatedBytes - inflated + 1) }).length;
      } catch (err) {
        if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(limits);
        return; // damaged data: the reader reports it
      }
    }
    if (inflated > limits.maxInflatedBytes) throw bomb(limits);
  }
}

const bomb = (limits: FileLimits) =>
  new FileLimitError(`Filen packas upp till mer än ${mb(limits.maxInflatedBytes)} och tas inte emot. Spara bara bladet med värdena, eller dela upp filen.`);

/**
 * Watches a text table (CSV, TSV) as it is decoded, chunk by chunk, before it is parsed: a row
 * with more columns than allowed, a cell or a row longer than allowed (a quote left open) stops
 * the reading with the line where it began. Quotes are followed as CSV writes them (`""` inside
 * a quoted cell is a quote), so a separator or line break inside quotes belongs to the cell.
 */
export class TextTableGuard {
  private inQuotes = false;
  private line = 1;
  private rowLine = 1;
  private columns = 1;
  private cellChars = 0;
  private rowChars = 0;
  private lastWasCr = false;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly limits: FileLimits = FILE_LIMITS,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Checks the next piece of text; throws FileLimitError at the first limit passed. */
  push(text: string): void {
    const { maxColumns, maxCellChars, maxRowChars } = this.limits;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const newline = c === 10 || c === 13;
      if (newline) {
        if (!(c === 10 && this.lastWasCr)) this.line += 1;
        this.lastWasCr = c === 13;
      } else this.lastWasCr = false;
      if (c === 34) {
        this.inQuotes = !this.inQuotes;
      } else if (!this.inQuotes && newline) {
        this.columns = 1;
        this.cellChars = 0;
        this.rowChars = 0;
        this.rowLine = this.line;
        continue;
      } else if (!this.inQuotes && c === this.delimiter) {
        this.columns += 1;
        this.cellChars = 0;
        if (this.columns > maxColumns) {
          throw new FileLimitError(`Rad ${this.rowLine} har fler än ${count(maxColumns)} kolumner. Kontrollera avgränsaren, eller dela upp filen.`);
        }
        continue;
      }
      this.cellChars += 1;
      this.rowChars += 1;
      if (this.cellChars > maxCellChars || this.rowChars > maxRowChars) {
        const what = this.cellChars > maxCellChars ? `en cell med fler än ${count(maxCellChars)} tecken` : `fler än ${count(maxRowChars)} tecken`;
        throw new FileLimitError(
          this.inQuotes
            ? `Raden som börjar på rad ${this.rowLine} har ${what}. Troligen öppnas ett citattecken som aldrig stängs.`
            : `Raden som börjar på rad ${this.rowLine} har ${what}.`,
        );
      }
    }
  }
}
