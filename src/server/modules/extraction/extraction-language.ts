/**
 * A plan document's proposal and draft as the reader reads them: the domain names what it did not
 * find, what it left out and each outcome cell it did not store in Swedish (the message catalogue's
 * text and its values); the answer words them in the reader's language.
 */
import type { Lang } from '../../../domain/i18n/lang';
import type { DraftCreated, ExtractionView } from '../../../shared/contracts/extraction';
import { translateMessage } from '../../http/messages';

/** A created draft with every skipped cell's message in `lang`. */
export function draftCreatedIn(created: DraftCreated, lang: Lang): DraftCreated {
  if (lang === 'sv') return created;
  return { ...created, skippedCells: created.skippedCells.map((c) => ({ ...c, message: translateMessage(c.message, lang) })) };
}

/** An extraction's view with its proposal's "not found" and "skipped" lines in `lang`. */
export function extractionViewIn(view: ExtractionView, lang: Lang): ExtractionView {
  if (lang === 'sv') return view;
  const proposal = view.proposal;
  const words = (lines: string[]) => lines.map((line) => translateMessage(line, lang));
  return { ...view, proposal: { ...proposal, notFound: words(proposal.notFound), skipped: words(proposal.skipped) } };
}
