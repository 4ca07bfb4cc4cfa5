import { describe, expect, it } from 'vitest';
import { modelChangeProblems } from '../../../domain/model/model-change';
import { getTemplate } from '../../../domain/model/templates';
import {
  addKind,
  addLevel,
  filledFrom,
  carriesMeasuresBlock,
  kindRemovalBlock,
  levelRemovalBlock,
  moveBlock,
  moveLevel,
  removeKind,
  removeLevel,
  updateLevel,
  usageCounts,
} from './model-edits';

const norrbotten = () => getTemplate('norrbotten');
// What seed 001 (Regionstyrelsens plan 2022-2024) holds: 5 perspectives, 5 goals, 17 success factors, 58 styrmått.
const seedUsage = usageCounts({
  levels: { perspective: 5, goal: 5, 'success-factor': 17 },
  measureLevels: { 'success-factor': 58 },
  kinds: { styrmatt: 58 },
  pairs: [
    { parent: 'perspective', child: 'goal', count: 5 },
    { parent: 'goal', child: 'success-factor', count: 17 },
  ],
});
const none = usageCounts({ levels: {}, measureLevels: {}, kinds: {} });
const delmal = {
  name: { sv: 'Delmål', da: 'Delmål', en: 'Sub-goal' },
  plural: { sv: 'Delmål', da: 'Delmål', en: 'Sub-goals' },
  carriesMeasures: false,
};
const keys = (m: ReturnType<typeof norrbotten>) => m.levels.map((l) => l.key);

describe('model edits on the Norrbotten template', () => {
  it('adds a level below the success factor with a key made from its Swedish name', () => {
    const m = addLevel(norrbotten(), delmal);
    expect(keys(m)).toEqual(['perspective', 'goal', 'success-factor', 'delmal']);
    expect(m.levels[3]).toEqual({ key: 'delmal', ...delmal });
    expect(modelChangeProblems(m, seedUsage)).toEqual([]);
  });

  it('gives a second level of the same name its own key', () => {
    const m = addLevel(addLevel(norrbotten(), delmal), delmal, 0);
    expect(keys(m)).toEqual(['delmal-2', 'perspective', 'goal', 'success-factor', 'delmal']);
  });

  it('moves a level up and back down to where it was', () => {
    const added = addLevel(norrbotten(), delmal);
    const up = moveLevel(added, 3, -1);
    expect(keys(up)).toEqual(['perspective', 'goal', 'delmal', 'success-factor']);
    expect(moveLevel(up, 2, 1)).toEqual(added);
    // At the ends nothing moves.
    expect(moveLevel(added, 0, -1)).toBe(added);
    expect(moveLevel(added, 3, 1)).toBe(added);
  });

  it('refuses a move that would put existing children above their parents, and allows one that does not', () => {
    const added = addLevel(norrbotten(), delmal);
    expect(moveBlock(added, 2, 1, seedUsage)).toBeNull(); // the success factor below the new, empty level
    expect(moveBlock(added, 3, -1, seedUsage)).toBeNull();
    expect(moveBlock(added, 1, -1, seedUsage)).toEqual({ code: 'order-breaks-tree', parent: 'perspective', child: 'goal', nodes: 5 });
    expect(moveBlock(added, 0, -1, seedUsage)).toEqual({ code: 'edge' });
    expect(moveBlock(added, 3, 1, seedUsage)).toEqual({ code: 'edge' });
    expect(moveBlock(added, 1, -1, none)).toBeNull();
  });

  it('removes a level and the starter nodes on it; a level holding nodes says how many', () => {
    const m = removeLevel(norrbotten(), 0);
    expect(keys(m)).toEqual(['goal', 'success-factor']);
    expect(m.starterNodes).toEqual([]);
    expect(norrbotten().starterNodes).toHaveLength(5);
    expect(levelRemovalBlock(norrbotten(), 0, seedUsage)).toBe(5);
    expect(levelRemovalBlock(norrbotten(), 2, seedUsage)).toBe(17);
    expect(levelRemovalBlock(addLevel(norrbotten(), delmal), 3, seedUsage)).toBe(0);
    expect(modelChangeProblems(m, seedUsage)).toContainEqual({ code: 'level-in-use', levelKey: 'perspective', nodes: 5 });
  });

  it('renames a level and keeps its key', () => {
    const m = updateLevel(norrbotten(), 1, { name: { sv: 'Mål', da: 'Mål', en: 'Goal' } });
    expect(m.levels[1]).toMatchObject({ key: 'goal', name: { sv: 'Mål' } });
    expect(modelChangeProblems(m, seedUsage)).toEqual([]);
  });

  it('keeps "bär mått" on a level that measures hang on', () => {
    expect(carriesMeasuresBlock(norrbotten(), 2, seedUsage)).toBe(58);
    expect(carriesMeasuresBlock(norrbotten(), 1, seedUsage)).toBe(0);
  });

  it('adds and removes measure kinds; a kind with measures says how many', () => {
    const m = addKind(norrbotten(), {
      name: { sv: 'Indikator', da: 'Indikator', en: 'Indicator' },
      plural: { sv: 'Indikatorer', da: 'Indikatorer', en: 'Indicators' },
      decidedBy: { sv: 'Regiondirektören', da: 'Regionsdirektøren', en: 'Regional Director' },
      targeted: false,
      changeWithoutRevision: true,
    });
    expect(m.measureKinds.map((k) => k.key)).toEqual(['styrmatt', 'kontrollmatt', 'indikator']);
    expect(kindRemovalBlock(m, 0, seedUsage)).toBe(58);
    expect(kindRemovalBlock(m, 2, seedUsage)).toBe(0);
    expect(removeKind(m, 2).measureKinds.map((k) => k.key)).toEqual(['styrmatt', 'kontrollmatt']);
  });

  it('never changes the model it was given', () => {
    const original = norrbotten();
    const copy = structuredClone(original);
    removeLevel(moveLevel(addLevel(original, delmal, 1), 0, 1), 2);
    updateLevel(original, 0, { carriesMeasures: true });
    expect(original).toEqual(copy);
  });
});

describe('filledFrom', () => {
  it('fills the languages left empty from the Swedish text', () => {
    expect(filledFrom({ sv: ' Delmål ', da: '', en: 'Sub-goal' }, '')).toEqual({ sv: 'Delmål', da: 'Delmål', en: 'Sub-goal' });
    expect(filledFrom({ sv: '', da: '', en: '' }, 'Delmål')).toEqual({ sv: 'Delmål', da: 'Delmål', en: 'Delmål' });
  });
});
