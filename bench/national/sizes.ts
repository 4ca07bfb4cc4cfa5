/**
 * Sizes of the national data set. `full` is the issue's: 21 regions, 2 000 measures each,
 * monthly values for 10 years split by sex (T, K, M) and 14 areas (the whole region and 13
 * municipalities): 2 000 × 120 × 3 × 14 = 10 080 000 monthly values per region, and the
 * flows' report values besides (generate.ts).
 */
export interface Size {
  regions: number;
  measures: number;
  years: number;
  /** Area breakdowns per (measure, month, sex), the whole region included. */
  areas: number;
}

export const SIZES: Record<string, Size> = {
  tiny: { regions: 2, measures: 116, years: 3, areas: 4 },
  small: { regions: 3, measures: 300, years: 5, areas: 14 },
  medium: { regions: 21, measures: 500, years: 10, areas: 14 },
  full: { regions: 21, measures: 2000, years: 10, areas: 14 },
};

/** Monthly values one region holds at a size. */
export const monthlyValuesPerRegion = (s: Size) => s.measures * s.years * 12 * 3 * s.areas;
