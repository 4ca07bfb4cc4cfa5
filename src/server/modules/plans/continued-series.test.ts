import { describe, expect, it } from 'vitest';
import { continueSeries, withPredecessors } from './continued-series';
import type { TotalValueRow } from './plans.queries';

const row = (measure_id: number, period: string, value: number, sex: 'K' | 'M' | 'T' = 'T'): TotalValueRow => ({ measure_id, period, sex, value, source: null });

describe('continueSeries', () => {
  it('gives a copied measure its predecessors’ values where it has none of its own, nearest first', () => {
    const rows = [row(1, '2023', 10), row(1, '2024', 11), row(2, '2024', 12), row(2, '2022', 9), row(3, '2024', 99), row(3, '2025', 13)];
    // Measure 3 (2025–2027) was copied from 2 (2022–2024), which was copied from 1.
    const out = continueSeries(rows, new Map([[3, [2, 1]], [2, [1]]]));
    const of3 = out.filter((r) => r.measure_id === 3).map((r) => [r.period, r.value]).sort();
    expect(of3).toEqual([['2022', 9], ['2023', 10], ['2024', 99], ['2025', 13]]);
  });
  it('keeps sexes apart and changes nothing without chains', () => {
    const rows = [row(2, '2024', 5, 'K'), row(3, '2024', 6, 'M')];
    expect(continueSeries(rows, new Map([[3, [2]]])).filter((r) => r.measure_id === 3)).toEqual([row(3, '2024', 6, 'M'), row(3, '2024', 5, 'K')]);
    expect(continueSeries(rows, new Map())).toEqual(rows);
  });
  it('names the ids to read', () => {
    expect(withPredecessors([3, 4], new Map([[3, [2, 1]]]))).toEqual([3, 4, 2, 1]);
  });
});
