import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../../domain/model/templates';
import { type MoveTreeNode, planDrop, planMove } from './moves';

const norrbotten = getTemplate('norrbotten');
const midtjylland = getTemplate('midtjylland');

let nextId = 1;
const n = (levelKey: string, title: string, children: MoveTreeNode[] = [], measures = 0): MoveTreeNode => ({
  id: nextId++,
  levelKey,
  title,
  measures: Array.from({ length: measures }),
  children,
});

/** A slice of seed 001: two perspectives, a strategic goal with two success factors (one with measures). */
function seed001() {
  nextId = 1;
  const sf1 = n('success-factor', 'Hälsofrämjande arbete', [], 3);
  const sf2 = n('success-factor', 'Jämlik vård');
  const goal = n('goal', 'God och jämlik hälsa', [sf1, sf2]);
  const goal2 = n('goal', 'Attraktiv arbetsgivare');
  const p1 = n('perspective', 'Medborgarperspektivet', [goal, goal2]);
  const p2 = n('perspective', 'Medarbetarperspektivet');
  return { roots: [p1, p2], p1, p2, goal, goal2, sf1, sf2 };
}

describe('planMove', () => {
  it('moves up and down among the siblings and refuses past the ends', () => {
    const t = seed001();
    expect(planMove(norrbotten, t.roots, t.sf2.id, 'up')).toEqual({ ok: true, move: { request: { parentId: t.goal.id, position: 0 }, parent: t.goal, levelKey: 'success-factor' } });
    expect(planMove(norrbotten, t.roots, t.sf1.id, 'down')).toMatchObject({ ok: true, move: { request: { parentId: t.goal.id, position: 1 } } });
    expect(planMove(norrbotten, t.roots, t.sf1.id, 'up')).toEqual({ ok: false, refusal: { code: 'first' } });
    expect(planMove(norrbotten, t.roots, t.p2.id, 'down')).toEqual({ ok: false, refusal: { code: 'last' } });
    expect(planMove(norrbotten, t.roots, t.p2.id, 'up')).toMatchObject({ ok: true, move: { request: { parentId: null, position: 0 } } });
  });

  it('indents under the previous sibling as its last child, on the level right below it', () => {
    const t = seed001();
    // A strategic goal with nothing under it becomes a success factor of the goal before it.
    expect(planMove(norrbotten, t.roots, t.goal2.id, 'indent')).toEqual({
      ok: true,
      move: { request: { parentId: t.goal.id, position: 2, levelKey: 'success-factor' }, parent: t.goal, levelKey: 'success-factor' },
    });
    // An empty perspective becomes a strategic goal, last under the perspective before it.
    expect(planMove(norrbotten, t.roots, t.p2.id, 'indent')).toMatchObject({ ok: true, move: { request: { parentId: t.p1.id, position: 2, levelKey: 'goal' } } });
  });

  it('refuses an indent with no sibling before, or one the model does not allow', () => {
    const t = seed001();
    expect(planMove(norrbotten, t.roots, t.sf1.id, 'indent')).toEqual({ ok: false, refusal: { code: 'no-previous' } });
    // A success factor is the lowest level: nothing can hang under it.
    expect(planMove(norrbotten, t.roots, t.sf2.id, 'indent')).toEqual({
      ok: false,
      refusal: { code: 'placement', problem: { code: 'not-below-parent', levelKey: 'success-factor', parentLevelKey: 'success-factor' } },
    });
    // A perspective with strategic goals under it cannot become a goal itself.
    const withGoals = seed001();
    const moved = planMove(norrbotten, [withGoals.p2, withGoals.p1], withGoals.p1.id, 'indent');
    expect(moved).toMatchObject({ ok: false, refusal: { code: 'placement', problem: { code: 'children-not-below' } } });
  });

  it('outdents to right after the parent, on the parent’s level when the model allows it', () => {
    const t = seed001();
    expect(planMove(norrbotten, t.roots, t.sf2.id, 'outdent')).toEqual({
      ok: true,
      move: { request: { parentId: t.p1.id, position: 1, levelKey: 'goal' }, parent: t.p1, levelKey: 'goal' },
    });
    // With measures it stays a success factor (goals carry none), now directly under the perspective.
    expect(planMove(norrbotten, t.roots, t.sf1.id, 'outdent')).toEqual({
      ok: true,
      move: { request: { parentId: t.p1.id, position: 1 }, parent: t.p1, levelKey: 'success-factor' },
    });
    expect(planMove(norrbotten, t.roots, t.goal.id, 'outdent')).toMatchObject({ ok: true, move: { request: { parentId: null, position: 1 } } });
    expect(planMove(norrbotten, t.roots, t.p1.id, 'outdent')).toEqual({ ok: false, refusal: { code: 'top' } });
  });

  it('follows a model with other levels: Midtjylland’s spor and indsatser', () => {
    nextId = 100;
    const initiative = n('initiative', 'Sundhedsklynger', [], 2);
    const track1 = n('track', 'Sundhed i hele livet', [initiative]);
    const track2 = n('track', 'Grøn omstilling');
    const goal = n('overall-goal', 'Et godt liv');
    const roots = [goal, track1, track2];
    // Spor hang directly under the vision; an indent under an overall goal keeps a spor a spor.
    expect(planMove(midtjylland, roots, track1.id, 'indent')).toEqual({ ok: true, move: { request: { parentId: goal.id, position: 0 }, parent: goal, levelKey: 'track' } });
    // An empty spor indented under another spor becomes an indsats.
    expect(planMove(midtjylland, roots, track2.id, 'indent')).toMatchObject({ ok: true, move: { request: { parentId: track1.id, position: 1, levelKey: 'initiative' } } });
    // An indsats with indicators outdented to the top stays an indsats: only indsatser carry them.
    expect(planMove(midtjylland, roots, initiative.id, 'outdent')).toEqual({ ok: true, move: { request: { parentId: null, position: 2 }, parent: null, levelKey: 'initiative' } });
  });
});

describe('planDrop', () => {
  it('drops among the siblings, counting the node’s own place out of the list', () => {
    const t = seed001();
    expect(planDrop(norrbotten, t.roots, t.sf1.id, t.goal.id, 2)).toMatchObject({ ok: true, move: { request: { parentId: t.goal.id, position: 1 } } });
    expect(planDrop(norrbotten, t.roots, t.sf2.id, t.goal.id, 0)).toMatchObject({ ok: true, move: { request: { parentId: t.goal.id, position: 0 } } });
    expect(planDrop(norrbotten, t.roots, t.sf1.id, t.goal.id, 1)).toEqual({ ok: false, refusal: { code: 'same-place' } });
  });

  it('drops onto another parent keeping the level where it fits, else taking the level below', () => {
    const t = seed001();
    expect(planDrop(norrbotten, t.roots, t.goal.id, t.p2.id, 0)).toEqual({ ok: true, move: { request: { parentId: t.p2.id, position: 0 }, parent: t.p2, levelKey: 'goal' } });
    // An empty perspective dropped into another becomes a strategic goal there.
    expect(planDrop(norrbotten, t.roots, t.p2.id, t.p1.id, 2)).toMatchObject({ ok: true, move: { request: { parentId: t.p1.id, position: 2, levelKey: 'goal' } } });
  });

  it('refuses a drop into its own subtree or where the model has no level for it', () => {
    const t = seed001();
    expect(planDrop(norrbotten, t.roots, t.p1.id, t.sf2.id, 0)).toEqual({ ok: false, refusal: { code: 'placement', problem: { code: 'cycle' } } });
    expect(planDrop(norrbotten, t.roots, t.goal2.id, t.sf2.id, 0)).toMatchObject({ ok: false, refusal: { code: 'placement' } });
  });
});
