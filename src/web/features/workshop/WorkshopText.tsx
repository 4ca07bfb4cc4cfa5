import { useMemo } from 'react';
import type { GlossaryTerm } from '../../../domain/federation/glossary-terms';
import { agreedTerms, type DefinitionCard, termsForCard } from '../../../domain/workshop/agreed-terms';
import type { WorkshopState } from '../../../shared/workshop-types';
import { GlossaryText } from '../../components/GlossaryText';

/** The terms this workshop has agreed on (they are the federation's glossary), as this viewer sees them. */
export function useWorkshopTerms(state: WorkshopState | undefined): GlossaryTerm[] {
  const cards = state?.cards;
  const definitions = state?.definitions;
  return useMemo(() => (cards && definitions ? agreedTerms(cards, definitions) : []), [cards, definitions]);
}

/**
 * A text of the workshop (a card, a focus area, the målbild) with the agreed terms explained where it
 * uses them, as on the plan's pages: the term is a button that shows its definition beside it.
 */
export function WorkshopText({ text, terms, card }: { text: string; terms: readonly GlossaryTerm[]; card?: DefinitionCard }) {
  const usable = card ? termsForCard(card, terms) : terms;
  return usable.length === 0 ? text : <GlossaryText text={text} terms={usable} />;
}
