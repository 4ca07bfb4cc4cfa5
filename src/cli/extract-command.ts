import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { proposeStructure } from '../domain/extraction/propose';
import { toExtractJson } from '../domain/extraction/proposal';
import { readDocument, UnreadableDocument } from '../importers/documents/read-document';

export const EXTRACT_USAGE = `  ledstjarna extract <fil> --json

  extract    läser ett plandokument (DOCX, PDF, XLSX, CSV, HTML, text) och skriver förslaget till
             planens struktur som JSON; ändrar ingenting`;

/** `extract FILE --json`: prints the structure proposal, changing nothing. */
export async function extractCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file || !argv.includes('--json')) {
    out(EXTRACT_USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    out(`Filen ${file} kan inte läsas.`);
    return 1;
  }
  try {
    const { blocks } = await readDocument(bytes, basename(file));
    out(JSON.stringify(toExtractJson(proposeStructure(blocks)), null, 2));
    return 0;
  } catch (e) {
    if (e instanceof UnreadableDocument) {
      out(`Fel: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
