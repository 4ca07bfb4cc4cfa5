/**
 * Prioritisation in the workshop: dot voting (each participant has N dots and may put several on
 * one card) or 100 points spread over the cards. Votes are hidden until the facilitator reveals
 * them: before that a participant sees only their own ballot, so nobody follows the crowd.
 */
export type VotingMode = 'dots' | 'points';

export const POINTS_BUDGET = 100;

export interface BallotEntry {
  cardId: number;
  points: number;
}

export type BallotProblem =
  | { code: 'not-a-card'; cardId: number }
  | { code: 'not-positive'; cardId: number }
  | { code: 'duplicate-card'; cardId: number }
  | { code: 'over-budget'; budget: number; used: number };

/** How many dots or points one participant may give. */
export const budgetOf = (mode: VotingMode, dotsPerPerson: number): number => (mode === 'dots' ? dotsPerPerson : POINTS_BUDGET);

/** The first problem with a participant's whole ballot, or null when it may be stored. An empty ballot withdraws every vote. */
export function checkBallot(mode: VotingMode, dotsPerPerson: number, ballot: readonly BallotEntry[], votableCardIds: ReadonlySet<number>): BallotProblem | null {
  const seen = new Set<number>();
  let used = 0;
  for (const entry of ballot) {
    if (!votableCardIds.has(entry.cardId)) return { code: 'not-a-card', cardId: entry.cardId };
    if (!Number.isInteger(entry.points) || entry.points <= 0) return { code: 'not-positive', cardId: entry.cardId };
    if (seen.has(entry.cardId)) return { code: 'duplicate-card', cardId: entry.cardId };
    seen.add(entry.cardId);
    used += entry.points;
  }
  const budget = budgetOf(mode, dotsPerPerson);
  if (used > budget) return { code: 'over-budget', budget, used };
  return null;
}

export interface StoredVote {
  participantId: number;
  organisationId: number;
  cardId: number;
  points: number;
}

export interface CardTally {
  cardId: number;
  /** Everyone's points on the card; null while the votes are hidden. */
  total: number | null;
  /** Points per organisation; empty while hidden. */
  byOrganisation: { organisationId: number; points: number }[];
  /** The viewer's own points on the card. */
  mine: number;
  /** 1 for the most points; ties share a rank; null while hidden, and for a card nobody voted for (no place is claimed without a vote). */
  rank: number | null;
}

export interface Tally {
  revealed: boolean;
  cards: CardTally[];
  /** How many points the viewer has left to give. */
  remaining: number;
  /** How many participants have voted at all (shown while hidden, so the room sees progress). */
  voters: number;
}

/** The votes as one viewer may see them: totals and ranks only once revealed, own points always. */
export function tally(
  votes: readonly StoredVote[],
  cardIds: readonly number[],
  options: { revealed: boolean; viewerParticipantId: number | null; mode: VotingMode; dotsPerPerson: number },
): Tally {
  const totals = new Map<number, number>();
  const byOrg = new Map<number, Map<number, number>>();
  const mine = new Map<number, number>();
  for (const v of votes) {
    totals.set(v.cardId, (totals.get(v.cardId) ?? 0) + v.points);
    const orgs = byOrg.get(v.cardId) ?? new Map<number, number>();
    orgs.set(v.organisationId, (orgs.get(v.organisationId) ?? 0) + v.points);
    byOrg.set(v.cardId, orgs);
    if (v.participantId === options.viewerParticipantId) mine.set(v.cardId, (mine.get(v.cardId) ?? 0) + v.points);
  }
  const distinctTotals = [...new Set(cardIds.map((id) => totals.get(id) ?? 0).filter((t) => t > 0))].sort((a, b) => b - a);
  const used = [...mine.values()].reduce((s, p) => s + p, 0);
  const cards = cardIds.map((cardId): CardTally => {
    const total = totals.get(cardId) ?? 0;
    return {
      cardId,
      total: options.revealed ? total : null,
      byOrganisation: options.revealed
        ? [...(byOrg.get(cardId) ?? new Map<number, number>()).entries()].map(([organisationId, points]) => ({ organisationId, points })).sort((a, b) => a.organisationId - b.organisationId)
        : [],
      mine: mine.get(cardId) ?? 0,
      // Dense ranking: two cards with the same total share a place, the next one follows directly.
      rank: options.revealed && total > 0 ? distinctTotals.indexOf(total) + 1 : null,
    };
  });
  if (options.revealed) cards.sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) || a.cardId - b.cardId);
  return {
    revealed: options.revealed,
    cards,
    remaining: budgetOf(options.mode, options.dotsPerPerson) - used,
    voters: new Set(votes.map((v) => v.participantId)).size,
  };
}
