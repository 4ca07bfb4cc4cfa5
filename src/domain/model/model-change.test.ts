import { describe, expect, it } from 'vitest';
import { modelChangeProblems, newLevelKey } from './model-change';
import { getTemplate } from './templates';

const norrbotten = () => getTemplate('norrbotten');
// What seed 001 holds: 5 perspectives, 5 goals, 17 success factors, 58 styrmått on the success factors.
const seedUsage = {
  levels: { perspective: 5, goal: 5, 'success-factor': 17 },
  measureLevels: { 'success-factor': 58 },
  kinds: { styrmatt: 58 },
  pairs: [
    { parent: 'perspective', child: 'goal', count: 5 },
    { parent: 'goal', child: 'success-factor', count: 17 },
  ],
};

describe('modelChangeProblems', () => {
  it('lets levels be renamed, added and measure kinds added', () => {
    const m = norrbotten();
    m.levels[1]!.name.sv = 'Mål';
    m.levels.push({ key: 'activity', name: { sv: 'Aktivitet', da: 'Aktivitet', en: 'Activity' }, plural: { sv: 'Aktiviteter', da: 'Aktiviteter', en: 'Activities' }, carriesMeasures: false });
    expect(modelChangeProblems(m, seedUsage)).toEqual([]);
  });

  it('refuses to remove a level that holds nodes and says how many', () => {
    const m = norrbotten();
    m.levels = m.levels.filter((l) => l.key !== 'goal');
    expect(modelChangeProblems(m, seedUsage)).toContainEqual({ code: 'level-in-use', levelKey: 'goal', nodes: 5 });
  });

  it('lets an unused level go', () => {
    const m = norrbotten();
    m.levels = m.levels.filter((l) => l.key !== 'goal');
    const usage = { ...seedUsage, levels: { perspective: 5, goal: 0, 'success-factor': 17 }, pairs: [] };
    expect(modelChangeProblems(m, usage)).toEqual([]);
  });

  it('refuses to stop a level carrying measures while measures hang on it', () => {
    const m = norrbotten();
    m.levels[2]!.carriesMeasures = false;
    m.levels[1]!.carriesMeasures = true;
    expect(modelChangeProblems(m, seedUsage)).toEqual([{ code: 'level-has-measures', levelKey: 'success-factor', measures: 58 }]);
  });

  it('refuses an order that puts existing children above their parents', () => {
    const m = norrbotten();
    m.levels.reverse();
    const problems = modelChangeProblems(m, seedUsage);
    expect(problems).toContainEqual({ code: 'order-breaks-tree', parent: 'goal', child: 'success-factor', nodes: 17 });
  });

  it('refuses to remove a measure kind in use', () => {
    const m = norrbotten();
    m.measureKinds = m.measureKinds.filter((k) => k.key !== 'styrmatt');
    expect(modelChangeProblems(m, seedUsage)).toEqual([{ code: 'kind-in-use', kindKey: 'styrmatt', measures: 58 }]);
  });
});

describe('newLevelKey', () => {
  it('makes a key from a Swedish or Danish name, unique in the model', () => {
    const m = norrbotten();
    expect(newLevelKey(m, 'Delmål')).toBe('delmal');
    expect(newLevelKey(m, 'Indsatsområde')).toBe('indsatsomrade');
    expect(newLevelKey(m, 'Perspective')).toBe('perspective-2');
    expect(newLevelKey(m, 'Økonomi')).toBe('okonomi');
    expect(newLevelKey(m, '***')).toBe('level');
  });
});
