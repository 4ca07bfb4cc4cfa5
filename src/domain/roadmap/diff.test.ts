import { describe, expect, it } from 'vitest';
import { diffVersions, type DiffVersion } from './diff';
import { effectiveStatus, isLate } from './lateness';

const v2022: DiffVersion = {
  milestones: [
    { key: 'sdv', title: 'SDV infört', focusAreaKey: 'digital', year: 2024, effects: [{ text: 'Lättare att få kontakt med hälso- och sjukvården', tags: ['inv'] }] },
    { key: 'karta', title: 'Hälso- och vårdutbudskarta', focusAreaKey: 'niva', year: 2023, effects: [] },
    { key: 'plan', title: 'Strategisk plan för nationella högspecialiserade uppdrag', focusAreaKey: 'niva', year: 2022, effects: [] },
  ],
  edges: [{ from: 'plan', to: 'karta', kind: 'enables' }],
};
const v2023: DiffVersion = {
  milestones: [
    { key: 'sdv', title: 'SDV infört', focusAreaKey: 'digital', year: null, effects: [{ text: 'Lättare att få kontakt med hälso- och sjukvården', tags: ['inv', 'sys'] }] },
    { key: 'karta', title: 'Hälso- och vårdutbudskarta', focusAreaKey: 'niva', year: 2023, effects: [] },
    { key: 'ny', title: 'Ny milstolpe', focusAreaKey: 'niva', year: 2026, effects: [] },
  ],
  edges: [{ from: 'ny', to: 'karta', kind: 'leads-to' }],
};

describe('diffVersions', () => {
  const d = diffVersions(v2022, v2023);
  it('finds added, removed and moved milestones', () => {
    expect(d.added.map((m) => m.key)).toEqual(['ny']);
    expect(d.removed.map((m) => m.key)).toEqual(['plan']);
    expect(d.moved).toEqual([{ key: 'sdv', title: 'SDV infört', fromYear: 2024, toYear: null }]);
  });
  it('finds changed effects (a changed tag is a removed and an added effect)', () => {
    expect(d.changedEffects).toEqual([
      {
        key: 'sdv',
        title: 'SDV infört',
        added: [{ text: 'Lättare att få kontakt med hälso- och sjukvården', tags: ['inv', 'sys'] }],
        removed: [{ text: 'Lättare att få kontakt med hälso- och sjukvården', tags: ['inv'] }],
      },
    ]);
  });
  it('finds changed arrows', () => {
    expect(d.addedEdges).toEqual([{ from: 'ny', to: 'karta', kind: 'leads-to' }]);
    expect(d.removedEdges).toEqual([{ from: 'plan', to: 'karta', kind: 'enables' }]);
  });
  it('finds nothing between a version and itself', () => {
    const same = diffVersions(v2022, v2022);
    expect([same.added, same.removed, same.moved, same.changedEffects, same.addedEdges, same.removedEdges].every((x) => x.length === 0)).toBe(true);
  });
});

describe('lateness', () => {
  const dec2023 = new Date('2023-12-31T12:00:00Z');
  const jan2024 = new Date('2024-01-01T12:00:00Z');
  it('is late once its year has ended without being reached', () => {
    expect(isLate({ year: 2023, reported: null }, dec2023)).toBe(false);
    expect(isLate({ year: 2023, reported: null }, jan2024)).toBe(true);
    expect(isLate({ year: 2023, reported: 'planned' }, jan2024)).toBe(true);
    expect(isLate({ year: 2023, reported: 'reached' }, jan2024)).toBe(false);
  });
  it('is late when reported so, and never when unscheduled', () => {
    expect(isLate({ year: 2025, reported: 'late' }, dec2023)).toBe(true);
    expect(isLate({ year: null, reported: null }, jan2024)).toBe(false);
    expect(effectiveStatus({ year: 2022, reported: null }, jan2024)).toBe('late');
    expect(effectiveStatus({ year: 2022, reported: 'reached' }, jan2024)).toBe('reached');
  });
});
