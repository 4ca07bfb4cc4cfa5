import { describe, expect, it } from 'vitest';
import type { CascadeEntry } from '../../../shared/authoring-schemas';
import { withParents } from './tree';

const e = (nodeId: number, depth: number): CascadeEntry => ({
  nodeId,
  name: `n${nodeId}`,
  levelKey: 'goal',
  levelName: { sv: 'Mål', da: 'Mål', en: 'Goal' },
  planId: 1,
  planTitle: 'P',
  organisationId: 1,
  organisationName: 'O',
  via: 'child',
  depth,
  status: 'met',
  explanation: { sv: '', da: '', en: '' },
  period: '2022',
});

describe('withParents', () => {
  it('finds each row’s parent in a depth-first list', () => {
    const rows = withParents(e(0, 0), [e(1, 1), e(2, 2), e(3, 3), e(4, 2), e(5, 1)]);
    expect(rows.map((r) => [r.entry.nodeId, r.parent.nodeId])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 0],
    ]);
  });
});
