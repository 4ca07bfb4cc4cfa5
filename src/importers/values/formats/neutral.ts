/**
 * The neutral row every format reader produces: which external code (or measure name) a value
 * belongs to, its period as written, its breakdowns and the value. Codes are mapped to the
 * plan's measures and areas afterwards (see `code-book.ts`), so readers stay pure parsers.
 */

import type { CodeSystem, ValueFileFormat } from '../../../shared/value-import-types';

export type { CodeSystem, ValueFileFormat };

/** The formats with codes to map (everything but plain CSV/XLSX with a column mapping). */
export type CodedFormat = Exclude<ValueFileFormat, 'csv' | 'xlsx'>;

/** Human names of the formats, for messages ("format not supported" names them all). */
export const FORMAT_NAMES: Record<ValueFileFormat, string> = {
  csv: 'CSV (kolumner för mått, period och värde)',
  xlsx: 'XLSX (Excel)',
  'dhis2-json': 'DHIS2 dataValueSets (JSON)',
  'dhis2-csv': 'DHIS2 dataValueSets (CSV)',
  'pxweb-json': 'SCB PxWebApi (PX-Web JSON)',
  'json-stat2': 'SCB PxWebApi (JSON-stat 2.0)',
  'kolada-json': 'Kolada (API-svar i JSON)',
  'kolada-csv': 'Kolada (fil med kpi, kommun, år, kön, värde)',
  'stratsys-tsv': 'Stratsys-export (tabbavgränsad: enhet, period, mått, värde)',
};

/** One value of a coded file, before its codes are mapped. */
export interface NeutralRow {
  /** Line (CSV/TSV) or position (JSON, 1-based) the value comes from. */
  line: number;
  system: CodeSystem;
  /** The external measure code (Kolada KPI, DHIS2 data element, SCB `table:content`), or a measure's name. */
  code: string;
  /** A readable name of the code, when the file gives one. */
  codeLabel?: string;
  /** The period as written (`2022`, `202203`, `2022Q1`, `2022M03`, `2022K1`). */
  period: string;
  /** Sex as written (`T`, `K`, `M`, SCB `1`/`2`/`1+2`), or '' for the total. */
  sex: string;
  ageBand: string;
  /** Organisation-unit code (Kolada municipality, DHIS2 orgUnit, SCB Region, Stratsys unit), or '' for none. */
  orgUnit: string;
  orgUnitLabel?: string;
  /** The value: a number, a text to parse, or null for a missing value (`..`, null). */
  value: number | string | null;
  /** A row that cannot be read at all. */
  problem?: string;
}

/** A coded file, read: its format, and its rows (to be read once). */
export interface CodedFile {
  format: CodedFormat;
  /** SCB: the table the values come from, when the file says. */
  table?: string;
  /** How numbers written as text are written (DHIS2, Kolada and SCB use a decimal point). */
  numberFormat: 'auto' | 'en';
  rows: AsyncGenerator<NeutralRow>;
  /** JSON formats are read whole: how many rows there are. */
  rowCount: number | null;
}

/** A format-level error in a coded file (not a row): thrown as ValueFileError by callers. */
export class CodedFileError extends Error {}
