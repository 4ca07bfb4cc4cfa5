/**
 * One read through a values file: every row checked, the values handed on in batches: into the
 * staging table through COPY (or `unnest` for a batch with a duplicate), duplicates found by the
 * staging table's unique key, rejections collected with their line. Memory holds two batches
 * (one read, one being written) and the listed rejections, never the file.
 */
import type { Db } from '../../../db/client';
import { resolveNumberFormat } from '../../../importers/values/cells';
import { resolveMapping } from '../../../importers/values/mapping';
import type { FileRow, OpenedFile } from '../../../importers/values/read-file';
import { createRowReader, type MeasureIndex } from '../../../importers/values/rows';
import type { ImportCounts, ImportedValue, ValueMapping, ValueRejection } from '../../../shared/value-import-types';
import { AppError } from '../../http/errors';
import * as q from './value-import.queries';

/** Values per INSERT: large enough that per-statement cost vanishes, small enough for a few MB of parameters. */
export const BATCH_SIZE = 10_000;
/** Rejections listed in full; beyond this only their number is kept (a wholly wrong 10-million-row file stays readable). */
export const MAX_LISTED_REJECTIONS = 1_000;
const PREVIEW_VALUES = 20;
const FORMAT_SAMPLE_ROWS = 200;

export interface StageResult {
  counts: ImportCounts;
  rejections: ValueRejection[];
  rejectionsTruncated: boolean;
  firstValues: ImportedValue[];
}

const emptyBatch = (): q.StagedBatch => ({ lines: [], measureIds: [], periods: [], sexes: [], ageBands: [], areas: [], values: [] });

/** Checks a mapping against the file's header, or throws a validation error naming each mapping field at fault. */
export function mappingFor(file: OpenedFile, mapping: ValueMapping) {
  const resolved = resolveMapping(file.headers, mapping);
  if ('problems' in resolved) {
    throw new AppError('validation', resolved.problems[0]!.message, resolved.problems);
  }
  return resolved;
}

/**
 * Reads every row of `file`, checking each, and hands the values to `sink` in batches, one batch
 * at a time and in file order, while the next batch is read: the database and Node.js work side by
 * side. `onBatch` hears how many rows were read so far. The sink may reject values (duplicates):
 * it is given `reject` and the counts to correct.
 */
export async function readFileValues(
  file: OpenedFile,
  mapping: ValueMapping,
  measures: MeasureIndex,
  sink: (batch: q.StagedBatch, result: StageResult, reject: (r: ValueRejection) => void) => Promise<void>,
  onBatch: (rowsRead: number) => Promise<void> | void,
): Promise<StageResult> {
  const resolved = mappingFor(file, mapping);
  // The number format is decided before any value is read: `auto` looks at the first rows.
  const head: FileRow[] = [];
  for (let next = await file.rows.next(); !next.done; next = await file.rows.next()) {
    head.push(next.value);
    if (head.length >= FORMAT_SAMPLE_ROWS) break;
  }
  const valueColumns = resolved.layout === 'long' ? [resolved.value!] : resolved.periodColumns.map((p) => p.index);
  const format = resolveNumberFormat(mapping.numberFormat, head.flatMap((r) => valueColumns.map((i) => r.cells[i] ?? '')));
  const readRow = createRowReader(resolved, measures, format, file.format === 'csv');

  const result: StageResult = { counts: { rows: 0, values: 0, missing: 0, rejected: 0 }, rejections: [], rejectionsTruncated: false, firstValues: [] };
  const reject = (r: ValueRejection) => {
    result.counts.rejected += 1;
    if (result.rejections.length < MAX_LISTED_REJECTIONS) result.rejections.push(r);
    else result.rejectionsTruncated = true;
  };
  let batch = emptyBatch();
  let sinking: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.lines.length === 0) return;
    const full = batch;
    batch = emptyBatch();
    await sinking;
    sinking = sink(full, result, reject);
    sinking.catch(() => undefined); // seen by the next `await sinking`
    await onBatch(result.counts.rows);
    // PGlite answers in microtasks, and rows already parsed are yielded without I/O: without a turn
    // of the event loop here, a job would starve every other request (the page's polling) until it ends.
    await new Promise((resolve) => setImmediate(resolve));
  };

  const handle = async (row: FileRow) => {
    result.counts.rows += 1;
    if (row.problem) {
      reject({ line: row.line, column: null, value: '', reason: row.problem });
      return;
    }
    const r = readRow(row.line, row.cells);
    result.counts.missing += r.missing;
    for (const rejection of r.rejections) reject(rejection);
    for (const v of r.values) {
      result.counts.values += 1;
      if (result.firstValues.length < PREVIEW_VALUES) result.firstValues.push(v);
      batch.lines.push(v.line);
      batch.measureIds.push(v.measureId);
      batch.periods.push(v.period);
      batch.sexes.push(v.sex);
      batch.ageBands.push(v.ageBand);
      batch.areas.push(v.area);
      batch.values.push(v.value);
    }
    if (batch.lines.length >= BATCH_SIZE) await flush();
  };

  for (const row of head) await handle(row);
  for await (const row of file.rows) await handle(row);
  await flush();
  await sinking;
  result.rejections.sort((a, b) => a.line - b.line);
  return result;
}

/** Reads every row of `file` into the staging rows of import `importId`; `onBatch` hears how many rows were read so far. */
export function stageFile(
  db: Db,
  importId: number,
  file: OpenedFile,
  mapping: ValueMapping,
  measures: MeasureIndex,
  onBatch: (rowsRead: number) => Promise<void> | void,
): Promise<StageResult> {
  return readFileValues(
    file,
    mapping,
    measures,
    async (b, result, reject) => {
      // COPY first; only a batch with a duplicate key goes the slower way that names the duplicates.
      const staged = (await q.copyBatch(db, importId, b)) ? b.lines.length : await q.stageBatch(db, importId, b);
      if (staged === b.lines.length) return;
      for (const d of await q.duplicatesInBatch(db, importId, b)) {
        const i = d.index;
        reject({
          line: d.line,
          column: null,
          value: [measures.name(b.measureIds[i]!), b.periods[i], b.sexes[i], b.ageBands[i], b.areas[i]].filter(Boolean).join(' · '),
          reason: `Dubblett: samma mått, period, kön, åldersgrupp och område som rad ${d.first_line}.`,
        });
      }
      result.counts.values -= b.lines.length - staged;
    },
    onBatch,
  );
}
