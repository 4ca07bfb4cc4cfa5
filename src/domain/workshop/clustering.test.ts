import { describe, expect, it } from 'vitest';
import { checkMove, groupByCluster, keyboardTarget } from './clustering';
import { consensusOf } from './consensus';
import { canSeeCard } from './visibility';

const clusters = [
  { id: 1, exercise: 'swot', name: 'Kompetens' },
  { id: 2, exercise: 'brainstorm', name: 'Digitalt' },
  { id: 3, exercise: 'swot', name: 'Avstånd' },
];
const cards = [
  { id: 10, exercise: 'swot', clusterId: null },
  { id: 11, exercise: 'swot', clusterId: 3 },
  { id: 12, exercise: 'swot', clusterId: 1 },
  { id: 13, exercise: 'brainstorm', clusterId: 2 },
  { id: 14, exercise: 'swot', clusterId: 2 },
];

describe('clustering', () => {
  it('groups an exercise’s cards by its clusters, unclustered (or wrongly clustered) first', () => {
    const groups = groupByCluster(cards, clusters, 'swot');
    expect(groups.map((g) => [g.cluster?.id ?? null, g.cards.map((c) => c.id)])).toEqual([
      [null, [10, 14]],
      [1, [12]],
      [3, [11]],
    ]);
  });
  it('refuses a move into another exercise’s cluster or a cluster that does not exist, allows out of any', () => {
    expect(checkMove(cards[0]!, 2, clusters)).toEqual({ code: 'other-exercise', cardExercise: 'swot', clusterExercise: 'brainstorm' });
    expect(checkMove(cards[0]!, 99, clusters)).toEqual({ code: 'no-such-cluster', clusterId: 99 });
    expect(checkMove(cards[0]!, 3, clusters)).toBeNull();
    expect(checkMove(cards[1]!, null, clusters)).toBeNull();
  });
  it('moves by keyboard through "no cluster, clusters…", stopping at the ends', () => {
    expect(keyboardTarget([1, 3], null, 1)).toBe(1);
    expect(keyboardTarget([1, 3], 1, 1)).toBe(3);
    expect(keyboardTarget([1, 3], 3, 1)).toBe(3);
    expect(keyboardTarget([1, 3], 1, -1)).toBeNull();
    expect(keyboardTarget([1, 3], null, -1)).toBeNull();
  });
});

describe('definitions consensus', () => {
  it('is agreed only when every member agrees, disputed when any disagrees', () => {
    expect(consensusOf([{ organisationId: 1, position: 'agree', comment: '' }, { organisationId: 2, position: 'agree', comment: '' }], [1, 2]).state).toBe('agreed');
    const open = consensusOf([{ organisationId: 1, position: 'agree', comment: '' }, { organisationId: 2, position: 'comment', comment: 'Ta med kommunerna' }], [1, 2, 3]);
    expect(open).toEqual({ state: 'open', agree: [1], disagree: [], comment: [2], missing: [3] });
    expect(consensusOf([{ organisationId: 1, position: 'agree', comment: '' }, { organisationId: 2, position: 'disagree', comment: '' }], [1, 2]).state).toBe('disputed');
    expect(consensusOf([], []).state).toBe('open');
  });
});

describe('silent writing', () => {
  const card = { exercise: 'swot', perspective: 'Ekosystem', organisationId: 5 };
  it('shows a card to its own organisation and the facilitator until its exercise or perspective is revealed', () => {
    expect(canSeeCard(card, [], { facilitator: false, organisationId: 6 })).toBe(false);
    expect(canSeeCard(card, [], { facilitator: false, organisationId: 5 })).toBe(true);
    expect(canSeeCard(card, [], { facilitator: true, organisationId: null })).toBe(true);
    expect(canSeeCard(card, ['swot/Attraktiv region'], { facilitator: false, organisationId: 6 })).toBe(false);
    expect(canSeeCard(card, ['swot/Ekosystem'], { facilitator: false, organisationId: 6 })).toBe(true);
    expect(canSeeCard(card, ['swot'], { facilitator: false, organisationId: 6 })).toBe(true);
  });
});
