import { describe, expect, it } from 'vitest';
import { KEY_FIGURES, keyFigureTable, keyFigureYears } from './key-figures';

const figs = [
  { kpi: 'N01951', group: 'population', format: 'count' },
  { kpi: 'N01960', group: 'age', format: 'percent' },
] as const;

describe('shared conditions: key figures side by side', () => {
  it('compares every member in the latest year any of them has, never mixing years', () => {
    const rows = keyFigureTable(figs, ['0025', '0024', null], [
      { kpi: 'N01951', municipalityId: '0025', year: 2023, value: 250_000 },
      { kpi: 'N01951', municipalityId: '0025', year: 2024, value: 249_000 },
      { kpi: 'N01951', municipalityId: '0024', year: 2023, value: 275_000 },
      { kpi: 'N01960', municipalityId: '0024', year: 2022, value: 21.5 },
      { kpi: 'N01960', municipalityId: '0025', year: 2024, value: null },
      // Not a member: ignored even though it is the latest.
      { kpi: 'N01960', municipalityId: '0001', year: 2024, value: 19 },
    ]);
    expect(rows[0]).toEqual({ kpi: 'N01951', year: 2024, values: [249_000, null, null] });
    expect(rows[1]).toEqual({ kpi: 'N01960', year: 2022, values: [null, 21.5, null] });
  });

  it('a figure nobody has values for has no year and only gaps', () => {
    expect(keyFigureTable(figs, ['0025'], [])).toEqual([
      { kpi: 'N01951', year: null, values: [null] },
      { kpi: 'N01960', year: null, values: [null] },
    ]);
  });

  it('asks for the five full years before today', () => {
    expect(keyFigureYears(new Date('2026-12-07T00:00:00Z'))).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('covers population, age structure, geography, costs and outlook, each KPI once', () => {
    expect(new Set(KEY_FIGURES.map((f) => f.group))).toEqual(new Set(['population', 'age', 'geography', 'costs', 'outlook']));
    expect(new Set(KEY_FIGURES.map((f) => f.kpi)).size).toBe(KEY_FIGURES.length);
  });
});
