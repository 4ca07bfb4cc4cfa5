import { describe, expect, it } from 'vitest';
import { getTemplate } from '../model/templates';
import { copyTargets } from './copy';
import { diffPlanSnapshots, isEmptyDiff } from './diff';
import { checkPlacement, levelBelow, subtreeIds, wouldCycle } from './placement';
import type { PlanSnapshot } from './snapshot';

const norrbotten = getTemplate('norrbotten');
const midtjylland = getTemplate('midtjylland');

describe('checkPlacement', () => {
  it('accepts the seed-001 shape: perspective → goal → success factor with measures', () => {
    expect(checkPlacement(norrbotten, 'perspective', null, ['goal'], 0)).toBeNull();
    expect(checkPlacement(norrbotten, 'goal', 'perspective', ['success-factor'], 0)).toBeNull();
    expect(checkPlacement(norrbotten, 'success-factor', 'goal', [], 3)).toBeNull();
  });
  it('lets a level be skipped: Midtjylland’s spor sit at the top, their indsatser under them', () => {
    expect(checkPlacement(midtjylland, 'track', null, ['initiative'], 0)).toBeNull();
    expect(checkPlacement(midtjylland, 'initiative', 'track', [], 0)).toBeNull();
  });
  it('refuses a node on or above its parent’s level', () => {
    expect(checkPlacement(norrbotten, 'goal', 'goal', [], 0)).toEqual({ code: 'not-below-parent', levelKey: 'goal', parentLevelKey: 'goal' });
    expect(checkPlacement(norrbotten, 'perspective', 'goal', [], 0)?.code).toBe('not-below-parent');
  });
  it('refuses a level that would sit on or below its children', () => {
    expect(checkPlacement(norrbotten, 'success-factor', 'perspective', ['success-factor'], 0)).toEqual({
      code: 'children-not-below',
      levelKey: 'success-factor',
      childLevelKey: 'success-factor',
    });
  });
  it('refuses measures on a level that carries none, and unknown levels', () => {
    expect(checkPlacement(norrbotten, 'goal', 'perspective', [], 2)).toEqual({ code: 'level-carries-no-measures', levelKey: 'goal', measures: 2 });
    expect(checkPlacement(norrbotten, 'spor', null, [], 0)).toEqual({ code: 'unknown-level', levelKey: 'spor' });
  });
  it('names the level below a parent', () => {
    expect(levelBelow(norrbotten, null)).toBe('perspective');
    expect(levelBelow(norrbotten, 'goal')).toBe('success-factor');
    expect(levelBelow(norrbotten, 'success-factor')).toBeNull();
  });
});

describe('tree walks', () => {
  const nodes = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 2 },
    { id: 4, parentId: 1 },
    { id: 5, parentId: null },
  ];
  it('finds a subtree, the root first', () => {
    expect(subtreeIds(nodes, 1)).toEqual([1, 2, 3, 4]);
    expect(subtreeIds(nodes, 5)).toEqual([5]);
  });
  it('sees a move under its own descendant as a cycle', () => {
    expect(wouldCycle(nodes, 1, 3)).toBe(true);
    expect(wouldCycle(nodes, 1, 1)).toBe(true);
    expect(wouldCycle(nodes, 3, 5)).toBe(false);
    expect(wouldCycle(nodes, 3, null)).toBe(false);
  });
});

describe('copyTargets', () => {
  it('keeps every target and marks those outside the new plan’s years for revision', () => {
    // Seed 001's "Andel invånare som …" has targets for 2022 and 2024; copied to 2025–2027.
    expect(copyTargets([{ year: 2022, text: '50%' }, { year: 2024, text: '60 %' }], 2025, 2027)).toEqual([
      { year: 2022, text: '50%', needsRevision: true },
      { year: 2024, text: '60 %', needsRevision: true },
    ]);
    expect(copyTargets([{ year: 2026, text: 'Öka' }], 2025, 2027)).toEqual([{ year: 2026, text: 'Öka', needsRevision: false }]);
  });
});

describe('diffPlanSnapshots', () => {
  const base: PlanSnapshot = {
    nodes: [
      { key: '1', parentKey: null, levelKey: 'perspective', position: 0, name: 'Medborgarperspektivet', description: '' },
      { key: '2', parentKey: '1', levelKey: 'goal', position: 0, name: 'Jämlik hälsa', description: 'Text' },
      { key: '3', parentKey: '2', levelKey: 'success-factor', position: 0, name: 'En god vård', description: '' },
      { key: '4', parentKey: '2', levelKey: 'success-factor', position: 1, name: 'Tillgänglighet', description: '' },
    ],
    measures: [
      { key: '10', nodeKey: '3', kindKey: 'styrmatt', position: 0, name: 'Väntetid', unit: '%', baseline: '2019: 60 %', targets: { '2022': '70 %', '2024': '80 %' } },
      { key: '11', nodeKey: '4', kindKey: 'styrmatt', position: 1, name: 'Besök', unit: null, baseline: '', targets: { '2024': 'Öka' } },
    ],
  };

  it('finds nothing between a version and itself', () => {
    expect(isEmptyDiff(diffPlanSnapshots(base, structuredClone(base)))).toBe(true);
  });

  it('names nodes, measures and targets added, removed and changed', () => {
    const next = structuredClone(base);
    next.nodes[1]!.name = 'Jämlik och jämställd hälsa';
    next.nodes[3]!.parentKey = '1';
    next.nodes.push({ key: '5', parentKey: '1', levelKey: 'goal', position: 1, name: 'Nytt mål', description: '' });
    next.nodes = next.nodes.filter((n) => n.key !== '3');
    next.measures[0]!.nodeKey = '4';
    next.measures[0]!.targets = { '2024': 'Under 6,5 %', '2025': '90 %' };
    next.measures[1]!.name = 'Antal besök';
    next.measures.push({ key: '12', nodeKey: '5', kindKey: 'styrmatt', position: 2, name: 'Nytt mått', unit: null, baseline: '', targets: {} });
    const d = diffPlanSnapshots(base, next);
    expect(d.nodes.added.map((n) => n.name)).toEqual(['Nytt mål']);
    expect(d.nodes.removed.map((n) => n.name)).toEqual(['En god vård']);
    expect(d.nodes.renamed).toEqual([{ key: '2', levelKey: 'goal', name: 'Jämlik och jämställd hälsa', from: 'Jämlik hälsa' }]);
    expect(d.nodes.moved).toEqual([{ key: '4', levelKey: 'success-factor', name: 'Tillgänglighet', fromParent: 'Jämlik hälsa', toParent: 'Medborgarperspektivet' }]);
    expect(d.measures.added.map((m) => m.name)).toEqual(['Nytt mått']);
    expect(d.measures.renamed.map((m) => [m.from, m.name])).toEqual([['Besök', 'Antal besök']]);
    expect(d.measures.moved).toEqual([{ key: '10', name: 'Väntetid', nodeName: 'Tillgänglighet', fromNode: 'En god vård' }]);
    expect(d.targets.removed).toEqual([{ measureKey: '10', measureName: 'Väntetid', year: '2022', from: '70 %', to: null }]);
    expect(d.targets.changed).toEqual([{ measureKey: '10', measureName: 'Väntetid', year: '2024', from: '80 %', to: 'Under 6,5 %' }]);
    expect(d.targets.added).toEqual([{ measureKey: '10', measureName: 'Väntetid', year: '2025', from: null, to: '90 %' }]);
    expect(isEmptyDiff(d)).toBe(false);
  });

  it('treats white space around a target as no change', () => {
    const next = structuredClone(base);
    next.measures[0]!.targets['2022'] = ' 70 % ';
    expect(isEmptyDiff(diffPlanSnapshots(base, next))).toBe(true);
  });
});
