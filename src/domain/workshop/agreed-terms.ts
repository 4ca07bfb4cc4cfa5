/**
 * The terms a workshop has agreed on, as its cards show them: an agreed definition card gives its
 * term (its text when it names none) and its text as the definition — the same pair the federation's
 * glossary receives (workshops.service setPosition). A card still hidden from the viewer (silent
 * writing) gives nothing; when two agreed cards define the same term, the later one counts, as in
 * the glossary.
 */
import type { GlossaryTerm } from '../federation/glossary-terms';

export interface DefinitionCard {
  id: number;
  exercise: string;
  term: string | null;
  /** Null while hidden from the viewer. */
  text: string | null;
}

/** The agreed terms, in the order the room wrote them. */
export function agreedTerms(cards: readonly DefinitionCard[], definitions: readonly { cardId: number; state: 'agreed' | 'disputed' | 'open' }[]): GlossaryTerm[] {
  const agreed = new Set(definitions.filter((d) => d.state === 'agreed').map((d) => d.cardId));
  const byTerm = new Map<string, GlossaryTerm & { cardId: number }>();
  for (const c of [...cards].sort((a, b) => a.id - b.id)) {
    if (c.exercise !== 'definitions' || !agreed.has(c.id) || c.text === null) continue;
    const term = (c.term ?? c.text).trim();
    if (term === '') continue;
    const key = term.toLocaleLowerCase('sv');
    byTerm.delete(key);
    byTerm.set(key, { term, definition: c.text, cardId: c.id });
  }
  return [...byTerm.values()].sort((a, b) => a.cardId - b.cardId).map(({ term, definition }) => ({ term, definition }));
}

/** The terms to mark in one card: all agreed terms, but a definition card does not explain its own term. */
export function termsForCard(card: DefinitionCard, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  if (card.exercise !== 'definitions') return [...terms];
  const own = (card.term ?? '').trim().toLocaleLowerCase('sv');
  return terms.filter((t) => t.term.trim().toLocaleLowerCase('sv') !== own);
}
