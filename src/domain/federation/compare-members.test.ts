import { describe, expect, it } from 'vitest';
import { compareMembers, comparisonPeriods } from './compare-members';

describe('a shared measure compared across members', () => {
  it('uses the member’s own value before Kolada’s, ranks by the better direction and puts gaps last', () => {
    const rows = compareMembers(
      [
        { organisationId: 1, own: 12, kolada: 99 },
        { organisationId: 2, own: null, kolada: 10 },
        { organisationId: 3, own: null, kolada: null },
        { organisationId: 4, own: 15, kolada: null },
      ],
      'decrease',
    );
    expect(rows).toEqual([
      { organisationId: 2, value: 10, source: 'kolada', rank: 1 },
      { organisationId: 1, value: 12, source: 'own', rank: 2 },
      { organisationId: 4, value: 15, source: 'own', rank: 3 },
      { organisationId: 3, value: null, source: null, rank: null },
    ]);
  });

  it('ranks highest first when higher is better, and equal values share a rank', () => {
    const rows = compareMembers(
      [
        { organisationId: 1, own: 5, kolada: null },
        { organisationId: 2, own: 7, kolada: null },
        { organisationId: 3, own: 5, kolada: null },
      ],
      'increase',
    );
    expect(rows.map((r) => [r.organisationId, r.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 2],
    ]);
  });

  it('lists periods newest first, Kolada’s years as year periods, each once', () => {
    expect(comparisonPeriods(['2023', '2024-DÅ08', '2024'], [2022, 2024])).toEqual(['2024', '2024-DÅ08', '2023', '2022']);
  });
});
