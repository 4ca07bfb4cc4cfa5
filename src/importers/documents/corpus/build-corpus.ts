import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FixtureDocument, writeDocx, writeHtml, writePdf, writeXlsx } from '../../../test-support/fixtures/document-files.fixtures';
import { CORPUS, type CorpusDocument } from './documents';

/** All the text a document holds, as a reader could find it: what no proposal may go beyond. */
function textOf(d: FixtureDocument): string {
  const parts: string[] = [];
  if (d.title) parts.push(d.title);
  if (d.header) parts.push(d.header);
  for (const b of d.blocks) {
    if ('h' in b) parts.push(b.text);
    else if ('p' in b) parts.push(b.p);
    else if ('li' in b) parts.push(b.li);
    else if ('table' in b) parts.push(...b.table.flat());
  }
  return parts.join(' \u0000 ');
}

/** The document as the file it is published as, with its text. */
export async function corpusFile(doc: CorpusDocument): Promise<{ name: string; bytes: Uint8Array; sourceText: string }> {
  const name = `${doc.id}.${doc.format === 'text' ? 'txt' : doc.format}`;
  switch (doc.format) {
    case 'docx':
      return { name, bytes: new Uint8Array(await writeDocx(doc.document)), sourceText: textOf(doc.document) };
    case 'pdf':
      return { name, bytes: new Uint8Array(await writePdf(doc.document)), sourceText: textOf(doc.document) };
    case 'xlsx':
      return { name, bytes: new Uint8Array(await writeXlsx(doc.document)), sourceText: textOf(doc.document) };
    case 'html':
      return { name, bytes: new TextEncoder().encode(writeHtml(doc.document, /regionh|sum|nogletal/u.test(doc.id) ? 'da' : 'sv')), sourceText: textOf(doc.document) };
    case 'csv':
    case 'text':
      return { name, bytes: new TextEncoder().encode(doc.text ?? ''), sourceText: doc.text ?? '' };
  }
}

/** `node --import tsx src/importers/documents/corpus/build-corpus.ts DIR`: writes the corpus files, e.g. to try `npx ledstjarna extract`. */
async function main(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const doc of CORPUS) {
    const f = await corpusFile(doc);
    writeFileSync(join(dir, f.name), f.bytes);
    console.log(`${f.name}  ← ${doc.source}`);
  }
}

if (process.argv[1]?.endsWith('build-corpus.ts')) {
  await main(process.argv[2] ?? 'extraction-corpus');
}
