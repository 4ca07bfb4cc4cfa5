import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByValue } from './rank-regions';

describe('rankByValue', () => {
  const items = [
    { id: '0001', value: 30 },
    { id: '0025', value: 45 },
    { id: '0012', value: null },
    { id: '0003', value: 30 },
    { id: '0014', value: 12 },
  ];
  it('puts the lowest first when lower is better, ties sharing a rank, missing last', () => {
    expect(rankByValue(items, 'decrease').map((r) => [r.item.id, r.rank])).toEqual([
      ['0014', 1],
      ['0001', 2],
      ['0003', 2],
      ['0025', 4],
      ['0012', null],
    ]);
  });
  it('puts the highest first when higher is better or the direction is unknown', () => {
    expect(rankByValue(items, 'increase').map((r) => r.item.id)).toEqual(['0025', '0001', '0003', '0014', '0012']);
    expect(rankByValue(items, null).map((r) => r.rank)).toEqual([1, 2, 2, 4, null]);
  });
  it('ranks every present value, each rank no better than the one before', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), { maxLength: 25 }), fc.constantFrom('increase', 'decrease', null), (values, dir) => {
        const ranked = rankByValue(values.map((value, i) => ({ id: String(i).padStart(4, '0'), value })), dir as 'increase' | 'decrease' | null);
        expect(ranked).toHaveLength(values.length);
        const ranks = ranked.map((r) => r.rank).filter((r): r is number => r !== null);
        expect(ranks).toHaveLength(values.filter((v) => v !== null).length);
        ranks.forEach((r, i) => expect(r).toBeGreaterThanOrEqual(i === 0 ? 1 : ranks[i - 1]!));
        if (ranks.length > 0) expect(ranks[0]).toBe(1);
      }),
    );
  });
});
