/**
 * Silent writing: until the facilitator reveals an exercise (or one perspective of it), each
 * participant sees only their own organisation's cards, so nobody anchors on another region's
 * ideas. The facilitator sees everything to follow progress.
 */
export const revealKey = (exercise: string, perspective: string | null): string => (perspective ? `${exercise}/${perspective}` : exercise);

export function isRevealed(revealed: readonly string[], exercise: string, perspective: string | null): boolean {
  return revealed.includes(exercise) || (perspective !== null && revealed.includes(revealKey(exercise, perspective)));
}

export interface Viewer {
  facilitator: boolean;
  organisationId: number | null;
}

/** Whether a viewer sees a card's text. Hidden cards are still counted, so the room sees that writing goes on. */
export function canSeeCard(card: { exercise: string; perspective: string | null; organisationId: number }, revealed: readonly string[], viewer: Viewer): boolean {
  if (viewer.facilitator) return true;
  if (viewer.organisationId === card.organisationId) return true;
  return isRevealed(revealed, card.exercise, card.perspective);
}
