import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { headingLanguage, matchModel, nameLevels, withLevelNames } from '../domain/extraction/name-levels';
import { proposeStructure } from '../domain/extraction/propose';
import { type Proposal, toExtractJson } from '../domain/extraction/proposal';
import { GOVERNANCE_TEMPLATES } from '../domain/model/templates';
import { readDocument, UnreadableDocument } from '../importers/documents/read-document';

export const EXTRACT_USAGE = `  ledstjarna extract <fil> --json

  extract    läser ett plandokument (DOCX, PDF, XLSX, CSV, HTML, text) och skriver förslaget till
             planens struktur som JSON; ändrar ingenting. Nivåerna får namn ur den medföljande
             styrmodell vars ord dokumentet tydligt använder, annars sitt djup (1 = överst)`;

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
    out(JSON.stringify(toExtractJson(underShippedModel(proposeStructure(blocks))), null, 2));
    return 0;
  } catch (e) {
    if (e instanceof UnreadableDocument) {
      out(`Fel: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/**
 * Without an organisation, the levels are named by the shipped model whose words the document
 * clearly uses, in the document's language; otherwise they stay depth numbers.
 */
function underShippedModel(proposal: Proposal): Proposal {
  const model = matchModel(proposal, GOVERNANCE_TEMPLATES);
  return model === null ? proposal : withLevelNames(nameLevels(proposal, model), model, headingLanguage(proposal));
}
