/** All measures and their values, one sheet per perspective: what measures.xlsx holds. */
export interface MeasuresWorkbook {
  planTitle: string;
  /** The kind of measure column's header: "Styrmått". */
  measureHeader: string;
  /** Level names above the measures, e.g. ["Strategiskt mål", "Framgångsfaktor"]: one column each. */
  pathHeaders: string[];
  targetYears: number[];
  /** Value columns, in period order: key (2022-DÅ08) and header ("DÅ 08 2022"). */
  periods: { key: string; label: string }[];
  sheets: { name: string; rows: MeasureValueRow[] }[];
}

/** One measure in one breakdown (sex, age band, area), with its value per period. */
export interface MeasureValueRow {
  path: string[];
  measure: string;
  baseline: string;
  targets: string[];
  source: string;
  unit: string | null;
  sex: string;
  ageBand: string;
  area: string;
  /** Aligned with `MeasuresWorkbook.periods`; null where no value is entered. */
  values: (number | null)[];
}
