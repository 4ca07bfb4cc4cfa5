import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { headingLanguage, matchModel, nameLevels, withLevelNames } from '../domain/extraction/name-levels';
import { proposeStructure } from '../domain/extraction/propose';
import { type Proposal, toExtractJson } from '../domain/extraction/proposal';
import type { Lang } from '../domain/i18n/lang';
import { GOVERNANCE_TEMPLATES } from '../domain/model/templates';
import { readDocument, UnreadableDocument } from '../importers/documents/read-document';
import { translateMessage } from '../server/http/messages';
import { commandUsage } from './cli-usage';

/** `extract FILE --json`: prints the structure proposal, changing nothing; `out` words the catalogue's Swedish texts in `lang`. */
export async function extractCommand(argv: string[], out: (line: string) => void, lang: Lang = 'sv'): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file || !argv.includes('--json')) {
    out(commandUsage('extract', lang));
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
    const json = toExtractJson(underShippedModel(proposeStructure(blocks)));
    // What was not found or left out is the catalogue's words, in the reader's language as on the review page.
    const words = (lines: string[]) => lines.map((line) => translateMessage(line, lang));
    out(JSON.stringify({ ...json, notFound: words(json.notFound), skipped: words(json.skipped) }, null, 2));
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
