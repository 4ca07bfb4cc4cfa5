import { describe, expect, it } from 'vitest';
import { gapRows } from './gap-analysis';

const card = (id: number, stage: 'today' | 'target' | null, perspective: string | null, clusterId: number | null = null) => ({ id, stage, perspective, clusterId });

describe('gap analysis: today → target picture, per area', () => {
  it('puts each card in its area’s column: cluster before perspective, the nameless area last', () => {
    const rows = gapRows(
      [card(1, 'today', null), card(2, 'today', 'Ekosystem', 10), card(3, 'target', 'Ekosystem'), card(4, 'target', null, 10), card(5, null, 'Ekosystem')],
      [{ id: 10, name: 'Journalsystem' }],
    );
    expect(rows.map((r) => [r.area, r.today.map((c) => c.id), r.target.map((c) => c.id), r.unstaged.map((c) => c.id)])).toEqual([
      ['Journalsystem', [2], [4], []],
      ['Ekosystem', [], [3], [5]],
      [null, [1], [], []],
    ]);
  });

  it('leaves out clusters without cards', () => {
    expect(gapRows([card(1, 'today', 'Ekosystem')], [{ id: 10, name: 'Tom' }]).map((r) => r.area)).toEqual(['Ekosystem']);
  });
});
