/**
 * A draft plan as the reader reads it: the domain names each outcome cell it left out in Swedish
 * (the message catalogue's text and its values); the answer words them in the reader's language.
 */
import type { Lang } from '../../../domain/i18n/lang';
import type { DraftCreated } from '../../../shared/contracts/extraction';
import { translateMessage } from '../../http/messages';

/** A created draft with every skipped cell's message in `lang`. */
export function draftCreatedIn(created: DraftCreated, lang: Lang): DraftCreated {
  if (lang === 'sv') return created;
  return { ...created, skippedCells: created.skippedCells.map((c) => ({ ...c, message: translateMessage(c.message, lang) })) };
}
