import { describe, expect, it } from 'vitest';
import { checkBallot, tally, type StoredVote } from './voting';

const cards = new Set([1, 2, 3]);
const votes: StoredVote[] = [
  { participantId: 10, organisationId: 100, cardId: 1, points: 3 },
  { participantId: 10, organisationId: 100, cardId: 2, points: 2 },
  { participantId: 11, organisationId: 200, cardId: 2, points: 3 },
  { participantId: 12, organisationId: 300, cardId: 3, points: 5 },
];

describe('checkBallot', () => {
  it('accepts several dots on one card within the budget, and an empty ballot', () => {
    expect(checkBallot('dots', 5, [{ cardId: 1, points: 4 }, { cardId: 2, points: 1 }], cards)).toBeNull();
    expect(checkBallot('dots', 5, [], cards)).toBeNull();
  });
  it('refuses more dots than each participant has', () => {
    expect(checkBallot('dots', 5, [{ cardId: 1, points: 4 }, { cardId: 2, points: 2 }], cards)).toEqual({ code: 'over-budget', budget: 5, used: 6 });
  });
  it('gives 100 points in points mode, whatever the dots setting', () => {
    expect(checkBallot('points', 5, [{ cardId: 1, points: 60 }, { cardId: 3, points: 40 }], cards)).toBeNull();
    expect(checkBallot('points', 5, [{ cardId: 1, points: 60 }, { cardId: 3, points: 41 }], cards)).toEqual({ code: 'over-budget', budget: 100, used: 101 });
  });
  it('refuses unknown cards, zero, fractions and a card named twice', () => {
    expect(checkBallot('dots', 5, [{ cardId: 9, points: 1 }], cards)).toEqual({ code: 'not-a-card', cardId: 9 });
    expect(checkBallot('dots', 5, [{ cardId: 1, points: 0 }], cards)).toEqual({ code: 'not-positive', cardId: 1 });
    expect(checkBallot('points', 5, [{ cardId: 1, points: 1.5 }], cards)).toEqual({ code: 'not-positive', cardId: 1 });
    expect(checkBallot('dots', 5, [{ cardId: 1, points: 1 }, { cardId: 1, points: 1 }], cards)).toEqual({ code: 'duplicate-card', cardId: 1 });
  });
});

describe('tally', () => {
  it('hides totals, ranks and organisations until revealed, but shows the viewer their own dots and what is left', () => {
    const t = tally(votes, [1, 2, 3], { revealed: false, viewerParticipantId: 10, mode: 'dots', dotsPerPerson: 5 });
    expect(t.cards.map((c) => [c.cardId, c.total, c.rank, c.mine, c.byOrganisation.length])).toEqual([
      [1, null, null, 3, 0],
      [2, null, null, 2, 0],
      [3, null, null, 0, 0],
    ]);
    expect(t.remaining).toBe(0);
    expect(t.voters).toBe(3);
  });
  it('ranks by total once revealed, ties sharing a place, unvoted cards unranked, with points per organisation', () => {
    const t = tally(votes, [1, 2, 3, 4], { revealed: true, viewerParticipantId: 12, mode: 'dots', dotsPerPerson: 5 });
    expect(t.cards.map((c) => [c.cardId, c.total, c.rank])).toEqual([
      [2, 5, 1],
      [3, 5, 1],
      [1, 3, 2],
      [4, 0, null],
    ]);
    expect(t.cards[0]!.byOrganisation).toEqual([{ organisationId: 100, points: 2 }, { organisationId: 200, points: 3 }]);
    expect(t.remaining).toBe(0);
  });
  it('counts what a viewer who has not voted has left', () => {
    expect(tally(votes, [1], { revealed: false, viewerParticipantId: 99, mode: 'points', dotsPerPerson: 5 }).remaining).toBe(100);
  });
});
