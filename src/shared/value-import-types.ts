/** Types of the value import (CSV/XLSX files of values), shared by the server, the CLI and the web app. */

/** `long`: one value per row; `wide`: one row per measure and breakdown, one column per period. */
export type ValueLayout = 'long' | 'wide';

/** How numbers in text cells are written: Swedish `43 000,5`, English `43,000.5`, or decided from the file. */
export type NumberFormat = 'auto' | 'sv' | 'en';

/**
 * Which column holds what. Columns are named by their header text exactly as in the file.
 * Sex, age band and area are optional: without a column every value is for the total
 * (`T`), all ages and the whole area.
 */
export interface ValueMapping {
  layout: ValueLayout;
  measure: string;
  /** Long layout: the period column. */
  period?: string | null;
  /** Long layout: the value column. */
  value?: string | null;
  /** Wide layout: the columns whose header is a period; each cell is that period's value. */
  periodColumns?: string[];
  sex?: string | null;
  ageBand?: string | null;
  area?: string | null;
  numberFormat: NumberFormat;
  /** Whether the imported values are preliminary (default) or final. */
  status?: 'preliminary' | 'final';
}

/** One row of a file that cannot be imported, and why (in the reader’s language). */
export interface ValueRejection {
  /** Line in a CSV file, row in an XLSX sheet (1 = the header). */
  line: number;
  /** Header of the offending column, or null when the whole row is wrong. */
  column: string | null;
  value: string;
  reason: string;
}

/** A value read from a file, as it will be stored. */
export interface ImportedValue {
  line: number;
  measureId: number;
  period: string;
  sex: 'K' | 'M' | 'T';
  ageBand: string;
  area: string;
  value: number;
}

/** The formats a values file may be in, as detected from its content. */
export type ValueFileFormat =
  | 'csv'
  | 'xlsx'
  | 'dhis2-json'
  | 'dhis2-csv'
  | 'pxweb-json'
  | 'json-stat2'
  | 'kolada-json'
  | 'kolada-csv'
  | 'stratsys-tsv';

/** The systems whose codes a file may carry. `name` is a measure or unit named by its name (Stratsys exports). */
export type CodeSystem = 'kolada' | 'dhis2' | 'scb' | 'name';

/** A code in a file that could not be mapped to the plan, with how many rows carry it and a label from the file. */
export interface UnmappedCode {
  kind: 'measure' | 'area';
  system: CodeSystem;
  code: string;
  label: string | null;
  rows: number;
}

/** Maps an external code once, for the organisation: to a measure, or (an organisation unit) to an area ('' = the whole organisation). */
export interface CodeMappingInput {
  kind: 'measure' | 'area';
  system: CodeSystem;
  code: string;
  measureId?: number | null;
  area?: string | null;
}

/** `interrupted`: the process running it stopped (a restart, a crash) before it finished; nothing was saved. */
export type ImportStatus = 'uploaded' | 'previewed' | 'running' | 'rejected' | 'done' | 'failed' | 'interrupted';

/** What the server learnt from an uploaded file before any mapping. */
export interface ValueUpload {
  id: number;
  planId: number;
  fileName: string;
  format: ValueFileFormat;
  /** CSV only: `utf-8` or `windows-1252`, and the separator. */
  encoding: string | null;
  delimiter: string | null;
  byteSize: number;
  headers: string[];
  /** The first rows as text, for the mapping step. */
  sampleRows: string[][];
  suggestedMapping: ValueMapping;
  /** A coded format (DHIS2, SCB, Kolada, Stratsys): its codes are mapped, not its columns. */
  coded: boolean;
  /** Coded formats: the codes that could not be mapped to the plan (map them once, then upload again). */
  unmapped: UnmappedCode[];
}

/** Counts of one read through a file. */
export interface ImportCounts {
  /** Data rows read (the header not counted). */
  rows: number;
  /** Values that are (or would be) stored. */
  values: number;
  /** Cells that are empty, `..` or `-`: skipped, not errors. */
  missing: number;
  rejected: number;
}

/** A preview: the first values as understood, every rejected row, and what an import would do. */
export interface ValuePreview {
  uploadId: number;
  counts: ImportCounts;
  /** Of `counts.values`, how many already have a value that an import would replace. */
  wouldReplace: number;
  firstValues: (ImportedValue & { measureName: string })[];
  rejections: ValueRejection[];
  /** True when more rejections exist than are listed. */
  rejectionsTruncated: boolean;
}

/** An import job as the page polls it. */
export interface ValueImportJob {
  id: number;
  planId: number;
  fileName: string;
  status: ImportStatus;
  phase: 'reading' | 'saving' | null;
  byteSize: number;
  bytesRead: number;
  rowsRead: number;
  /** When done: values stored, of which new and replaced; missing cells skipped. */
  summary: { values: number; inserted: number; replaced: number; missing: number; rows: number } | null;
  rejections: ValueRejection[];
  rejectionsTruncated: boolean;
  /** A failure that is not about rows (the file cannot be read at all). */
  message: string | null;
  /** How often the import was interrupted (a server restart) and started over by its job. */
  interrupted: number;
}
