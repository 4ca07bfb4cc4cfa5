/**
 * Shared conditions: the key figures the workshop's challenges discussion sets side by side, one
 * column per member region. Each is a Kolada KPI (ids from the shipped catalogue, data/kolada) that
 * Kolada publishes for regions; the values are Kolada's own ("Källa: Kolada"), never processed.
 */
export type KeyFigureGroup = 'population' | 'age' | 'geography' | 'costs' | 'outlook';
export type KeyFigureFormat = 'count' | 'percent' | 'kronor' | 'decimal';

export interface KeyFigure {
  kpi: string;
  group: KeyFigureGroup;
  format: KeyFigureFormat;
}

export const KEY_FIGURES: readonly KeyFigure[] = [
  { kpi: 'N01951', group: 'population', format: 'count' }, // Invånare totalt, antal
  { kpi: 'N02937', group: 'geography', format: 'decimal' }, // Invånare per kvadratkilometer
  { kpi: 'N02993', group: 'geography', format: 'count' }, // Landareal, kvadratkilometer
  { kpi: 'N01994', group: 'age', format: 'percent' }, // Invånare 0–19 år, andel (%)
  { kpi: 'N01961', group: 'age', format: 'percent' }, // Invånare 20–64 år, andel (%)
  { kpi: 'N01960', group: 'age', format: 'percent' }, // Invånare 65+, andel (%)
  { kpi: 'N01813', group: 'age', format: 'percent' }, // Invånare 80+, andel (%)
  { kpi: 'N70061', group: 'costs', format: 'kronor' }, // Nettokostnad hälso- och sjukvård totalt, kr/inv
  { kpi: 'N60918', group: 'costs', format: 'percent' }, // Skattesats till regionen (%)
  { kpi: 'N02842', group: 'outlook', format: 'percent' }, // Förväntad förändring i antal invånare 80+ om 10 år (%)
];

export interface KeyFigureValue {
  kpi: string;
  municipalityId: string;
  year: number;
  value: number | null;
}

export interface KeyFigureRow {
  kpi: string;
  /** The latest year any member has a value for; every member's value is of that year, so the row compares like with like. */
  year: number | null;
  /** One per member, in the members' order; null where Kolada has no value (or the member has no Kolada id). */
  values: (number | null)[];
}

/** The table: one row per key figure, one column per member (by Kolada id, null when it has none). */
export function keyFigureTable(figures: readonly KeyFigure[], memberKoladaIds: readonly (string | null)[], values: readonly KeyFigureValue[]): KeyFigureRow[] {
  return figures.map((f) => {
    const mine = values.filter((v) => v.kpi === f.kpi && v.value !== null && memberKoladaIds.includes(v.municipalityId));
    const year = mine.length === 0 ? null : Math.max(...mine.map((v) => v.year));
    return {
      kpi: f.kpi,
      year,
      values: memberKoladaIds.map((id) => (id === null || year === null ? null : (mine.find((v) => v.municipalityId === id && v.year === year)?.value ?? null))),
    };
  });
}

/** The years a fetch of the key figures asks Kolada for: the five full years before `now`. */
export function keyFigureYears(now: Date): number[] {
  const y = now.getUTCFullYear();
  return [y - 5, y - 4, y - 3, y - 2, y - 1];
}
