/**
 * Types of the value import (CSV/XLSX files of values), shared by the server, the CLI and the web app.
 * What the API answers is the contract's (src/shared/contracts/value-import.ts): those types are inferred from it.
 */
import type { z } from 'zod';
import type {
  importCountsSchema,
  importedValueSchema,
  unmappedCodeSchema,
  valueImportJobSchema,
  valuePreviewSchema,
  valueRejectionSchema,
  valueUploadSchema,
} from './contracts/value-import';

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
export type ValueRejection = z.infer<typeof valueRejectionSchema>;

/** A value read from a file, as it will be stored. */
export type ImportedValue = z.infer<typeof importedValueSchema>;

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
export type UnmappedCode = z.infer<typeof unmappedCodeSchema>;

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
export type ValueUpload = z.infer<typeof valueUploadSchema>;

/** Counts of one read through a file. */
export type ImportCounts = z.infer<typeof importCountsSchema>;

/** A preview: the first values as understood, every rejected row, and what an import would do. */
export type ValuePreview = z.infer<typeof valuePreviewSchema>;

/** An import job as the page polls it. */
export type ValueImportJob = z.infer<typeof valueImportJobSchema>;
