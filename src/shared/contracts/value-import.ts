/** Values files imported into a plan: upload, code mapping, preview, import and its progress (src/server/modules/value-import). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { idParam, planParams, sexSchema } from './common';

const column = z.string().max(200, 'Kolumnnamnet får vara högst 200 tecken');
/** A column mapping as the API and the CLI accept it (see ValueMapping in value-import-types.ts). */
export const mappingSchema = z.object({
  layout: z.enum(['long', 'wide'], { message: 'Layouten ska vara long eller wide' }),
  measure: column.min(1, 'Välj vilken kolumn som innehåller mått'),
  period: column.nullable().optional(),
  value: column.nullable().optional(),
  periodColumns: z.array(column).max(500).optional(),
  sex: column.nullable().optional(),
  ageBand: column.nullable().optional(),
  area: column.nullable().optional(),
  numberFormat: z.enum(['auto', 'sv', 'en'], { message: 'Talformatet ska vara auto, sv eller en' }).default('auto'),
  status: z.enum(['preliminary', 'final']).optional(),
});

export const codeSystemSchema = z.enum(['kolada', 'dhis2', 'scb', 'name']);

/** Codes of a file mapped once by hand, as the page sends them (see CodeMappingInput). */
export const codeMappingsSchema = z.object({
  mappings: z
    .array(
      z.object({
        kind: z.enum(['measure', 'area']),
        system: codeSystemSchema,
        code: z.string().min(1).max(200, 'Koden får vara högst 200 tecken'),
        measureId: z.number().int().positive().nullable().optional(),
        area: z.string().max(120, 'Området får vara högst 120 tecken').nullable().optional(),
      }),
    )
    .min(1, 'Koppla minst en kod')
    .max(500),
});

export const valueFileFormatSchema = z.enum(['csv', 'xlsx', 'dhis2-json', 'dhis2-csv', 'pxweb-json', 'json-stat2', 'kolada-json', 'kolada-csv', 'stratsys-tsv']);

/** One row of a file that cannot be imported, and why (in the reader's language). */
export const valueRejectionSchema = z.object({
  /** Line in a CSV file, row in an XLSX sheet (1 = the header). */
  line: z.number(),
  /** Header of the offending column, or null when the whole row is wrong. */
  column: z.string().nullable(),
  value: z.string(),
  reason: z.string(),
});

/** A value read from a file, as it will be stored. */
export const importedValueSchema = z.object({
  line: z.number(),
  measureId: z.number(),
  period: z.string(),
  sex: sexSchema,
  ageBand: z.string(),
  area: z.string(),
  value: z.number(),
});

/** A code in a file that could not be mapped to the plan, with how many rows carry it and a label from the file. */
export const unmappedCodeSchema = z.object({ kind: z.enum(['measure', 'area']), system: codeSystemSchema, code: z.string(), label: z.string().nullable(), rows: z.number() });

/** What the server learnt from an uploaded file before any mapping. */
export const valueUploadSchema = z.object({
  id: z.number(),
  planId: z.number(),
  fileName: z.string(),
  format: valueFileFormatSchema,
  /** CSV only: `utf-8` or `windows-1252`, and the separator. */
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  byteSize: z.number(),
  headers: z.array(z.string()),
  /** The first rows as text, for the mapping step. */
  sampleRows: z.array(z.array(z.string())),
  suggestedMapping: mappingSchema,
  /** A coded format (DHIS2, SCB, Kolada, Stratsys): its codes are mapped, not its columns. */
  coded: z.boolean(),
  /** Coded formats: the codes that could not be mapped to the plan (map them once, then upload again). */
  unmapped: z.array(unmappedCodeSchema),
});

/** Counts of one read through a file: data rows, values stored (or to be), empty cells skipped, rows rejected. */
export const importCountsSchema = z.object({ rows: z.number(), values: z.number(), missing: z.number(), rejected: z.number() });

/** A preview: the first values as understood, every rejected row, and what an import would do. */
export const valuePreviewSchema = z.object({
  uploadId: z.number(),
  counts: importCountsSchema,
  /** Of `counts.values`, how many already have a value that an import would replace. */
  wouldReplace: z.number(),
  firstValues: z.array(importedValueSchema.extend({ measureName: z.string() })),
  rejections: z.array(valueRejectionSchema),
  /** True when more rejections exist than are listed. */
  rejectionsTruncated: z.boolean(),
});

/** `interrupted`: the process running it stopped (a restart, a crash) before it finished; nothing was saved. */
export const importStatusSchema = z.enum(['uploaded', 'previewed', 'running', 'rejected', 'done', 'failed', 'interrupted']);

/** An import job as the page polls it. */
export const valueImportJobSchema = z.object({
  id: z.number(),
  planId: z.number(),
  fileName: z.string(),
  status: importStatusSchema,
  phase: z.enum(['reading', 'saving']).nullable(),
  byteSize: z.number(),
  bytesRead: z.number(),
  rowsRead: z.number(),
  /** When done: values stored, of which new and replaced; missing cells skipped. */
  summary: z.object({ values: z.number(), inserted: z.number(), replaced: z.number(), missing: z.number(), rows: z.number() }).nullable(),
  rejections: z.array(valueRejectionSchema),
  rejectionsTruncated: z.boolean(),
  /** A failure that is not about rows (the file cannot be read at all), in the reader's language. */
  message: z.string().nullable(),
  /** How often the import was interrupted (a server restart) and started over by its job. */
  interrupted: z.number(),
});

const importParams = z.object({ importId: idParam });
const tags = ['value-import'];

export const valueImportEndpoints = defineEndpoints({
  'POST /api/plans/:planId/value-imports': {
    summary: 'Ladda upp en fil med värden: CSV, XLSX, DHIS2, SCB PxWebApi, Kolada eller Stratsys (multipart, fältet "file")',
    tags,
    params: planParams,
    response: valueUploadSchema,
    status: 201,
  },
  'POST /api/value-imports/:importId/codes': {
    summary: 'Koppla koder i en uppladdad fil (DHIS2, SCB, Kolada, Stratsys) till mått och områden, en gång för organisationen',
    tags,
    params: importParams,
    body: codeMappingsSchema,
    response: valueUploadSchema,
  },
  'POST /api/value-imports/:importId/preview': {
    summary: 'Förhandsgranska en uppladdad fil med ett kolumnval: de första värdena och varje avvisad rad',
    tags,
    params: importParams,
    body: z.object({ mapping: mappingSchema }),
    response: valuePreviewSchema,
  },
  'POST /api/value-imports/:importId/run': {
    summary: 'Importera en uppladdad fil (allt eller inget); följ förloppet med GET',
    tags,
    params: importParams,
    body: z.object({ mapping: mappingSchema }),
    response: valueImportJobSchema,
    status: 202,
  },
  'GET /api/value-imports/:importId': {
    summary: 'En imports status, förlopp och resultat',
    tags,
    params: importParams,
    response: valueImportJobSchema,
  },
});
