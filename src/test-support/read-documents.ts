/**
 * Reading written documents back as a reader's program sees them: the text and tables of a
 * DOCX (mammoth, plus the raw XML from the zip for what HTML drops), the text of a PDF
 * (pdfjs-dist), so that tests assert what Word, a PDF viewer and Excel show.
 */
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';

/** The files of a zip archive (DOCX and XLSX are zips), by path. A small reader: stored and deflated entries. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Cell HTML to text; a superscript footnote mark becomes `^3` so that tests can tell it from the text. */
const decode = (s: string) =>
  s
    .replace(/<sup>\s*([^<]*?)\s*<\/sup>/g, '^$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

export interface ReadTable {
  /** Whether the first row is marked to repeat on every page (w:tblHeader). */
  headerRepeats: boolean;
  rows: string[][];
}

/** A Word document's text (mammoth) and its tables, each cell's text and whether the header row repeats. */
export async function readDocx(docx: Buffer): Promise<{ text: string; html: string; tables: ReadTable[]; xml: string }> {
  const xml = unzip(docx).get('word/document.xml')!.toString('utf8');
  const { value: html } = await mammoth.convertToHtml({ buffer: docx });
  const { value: text } = await mammoth.extractRawText({ buffer: docx });
  const xmlTables = xml.split('<w:tbl>').slice(1);
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m, i) => ({
    headerRepeats: /<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/.test(xmlTables[i]?.split('</w:tr>')[0] ?? ''),
    rows: [...m[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!))),
  }));
  return { text, html, tables, xml };
}

/** A PDF's text, one string per page, lines joined with newlines (pdfjs-dist, legacy build for Node). */
export async function readPdf(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}
