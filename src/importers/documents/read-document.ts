import { type Block, indexBlocks, type RawBlock } from '../../domain/extraction/blocks';
import { checkZipArchive, FileLimitError } from '../limits';
import { readText } from './read-text';

/** The formats a plan document is read from. */
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx' | 'csv' | 'html' | 'text';

export const DOCUMENT_FORMATS: DocumentFormat[] = ['docx', 'pdf', 'xlsx', 'csv', 'html', 'text'];

/** Largest document read, in bytes. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export class UnreadableDocument extends Error {
  constructor(message: string) {
    super(message);
    // The worker pool sends errors across threads by name.
    this.name = 'UnreadableDocument';
  }
}

/** The format from the file's first bytes, then its name. */
export function detectFormat(bytes: Uint8Array, fileName: string): DocumentFormat | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const ext = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) {
    if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
    if (ext === 'docx' || ext === 'docm') return 'docx';
    // Both are zip files: the part names tell them apart.
    if (head.includes('word/')) return 'docx';
    if (head.includes('xl/')) return 'xlsx';
    return null;
  }
  if (ext === 'csv') return 'csv';
  if (ext === 'html' || ext === 'htm' || /^\s*(<!doctype html|<html)/iu.test(head)) return 'html';
  if (ext === 'txt' || ext === 'text' || ext === 'md' || ext === 'tsv' || ext === '') return 'text';
  return null;
}

/** Reads a document into blocks, or throws UnreadableDocument saying why. */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<{ format: DocumentFormat; blocks: Block[] }> {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new UnreadableDocument(`Filen är ${Math.round(bytes.byteLength / 1024 / 1024)} MB; största storlek är ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  }
  const format = detectFormat(bytes, fileName);
  if (format === null) {
    throw new UnreadableDocument(`Formatet stöds inte. Läsbara format: DOCX, PDF (med text), XLSX, CSV, HTML och ren text.`);
  }
  if (format === 'docx' || format === 'xlsx') {
    // A Word or Excel file is a ZIP archive: its inflated size is checked before anything opens it.
    try {
      checkZipArchive(bytes);
    } catch (err) {
      if (err instanceof FileLimitError) throw new UnreadableDocument(err.message);
      throw err;
    }
  }
  const raw = await readAs(format, bytes);
  return { format, blocks: indexBlocks(raw) };
}

/** Each reader is loaded when its format first comes: the server does not hold every parser from its start. */
async function readAs(format: DocumentFormat, bytes: Uint8Array): Promise<RawBlock[]> {
  switch (format) {
    case 'text':
      return readText(decodeText(bytes));
    case 'html':
      return (await import('./read-html')).readHtml(decodeText(bytes));
    case 'csv':
      return (await import('./read-sheets')).readCsv(decodeText(bytes));
    case 'docx':
      return guarded('Word-dokumentet', async () => (await import('./read-docx')).readDocx(bytes));
    case 'xlsx':
      return guarded('Excel-filen', async () => (await import('./read-sheets')).readXlsx(bytes));
    case 'pdf':
      return guarded('PDF-filen', async () => (await import('./read-pdf')).readPdf(bytes));
  }
}

/** A reader's failure as a message a user can act on, never a stack trace. */
async function guarded(what: string, read: () => Promise<RawBlock[]>): Promise<RawBlock[]> {
  try {
    return await read();
  } catch (e) {
    const reason = e instanceof Error && /[åäöæø]|saknas|ingen text/iu.test(e.message) ? e.message : 'filen är skadad eller inte i det format namnet anger';
    throw new UnreadableDocument(`${what} kunde inte läsas: ${reason}.`);
  }
}

/** UTF-8, or Windows-1252 where the bytes are not UTF-8 (older Swedish and Danish files). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
