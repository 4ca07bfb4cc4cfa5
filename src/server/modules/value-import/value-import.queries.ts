import { hostname } from 'node:os';
import type { Db } from '../../../db/client';
import type { CodeBookInput } from '../../../importers/values/formats/code-book';
import type { CodeSystem, ValueFileFormat } from '../../../importers/values/formats/neutral';
import type { ImportStatus, ValueMapping } from '../../../shared/value-import-types';

export interface ImportRow {
  id: number;
  plan_id: number;
  organisation_id: number;
  file_name: string;
  format: ValueFileFormat;
  byte_size: number;
  created_by: number | null;
  status: ImportStatus;
  phase: 'reading' | 'saving' | null;
  mapping: ValueMapping | null;
  bytes_read: number;
  rows_read: number;
  result: Record<string, unknown> | null;
  attempts: number;
}

/** Records a new upload (or a CLI import, without content) and returns its id. */
export async function insertImport(
  db: Db,
  v: { planId: number; fileName: string; format: ValueFileFormat; content: Uint8Array | null; byteSize: number; createdBy: number | null },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO value_imports (plan_id, file_name, format, content, byte_size, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [v.planId, v.fileName, v.format, v.content, v.byteSize, v.createdBy],
  );
  return rows[0]!.id;
}

export async function getImport(db: Db, id: number): Promise<ImportRow | undefined> {
  const rows = await db.query<ImportRow>(
    `SELECT i.id, i.plan_id, p.organisation_id, i.file_name, i.format, i.byte_size::float8 AS byte_size, i.created_by,
            i.status, i.phase, i.mapping, i.bytes_read::float8 AS bytes_read, i.rows_read::float8 AS rows_read, i.result, i.attempts
       FROM value_imports i JOIN plans p ON p.id = i.plan_id WHERE i.id = $1`,
    [id],
  );
  return rows[0];
}

/** The stored bytes of an upload. */
export async function importContent(db: Db, id: number): Promise<Uint8Array | null> {
  const rows = await db.query<{ content: Uint8Array | null }>('SELECT content FROM value_imports WHERE id = $1', [id]);
  return rows[0]?.content ?? null;
}

/** Moves an import to a status; `result` and `mapping` are kept when not given. */
export async function setImportStatus(
  db: Db,
  id: number,
  v: { status: ImportStatus; phase?: 'reading' | 'saving' | null; result?: unknown; mapping?: ValueMapping; finished?: boolean; dropFile?: boolean },
): Promise<void> {
  await db.query(
    `UPDATE value_imports SET status = $2, phase = $3,
            result = CASE WHEN $4::boolean THEN $5::jsonb ELSE result END,
            mapping = COALESCE($6::jsonb, mapping),
            finished_at = CASE WHEN $7::boolean THEN now() ELSE finished_at END,
            content = CASE WHEN $8::boolean THEN NULL ELSE content END
      WHERE id = $1`,
    [id, v.status, v.phase ?? null, v.result !== undefined, v.result === undefined ? null : JSON.stringify(v.result),
      v.mapping ? JSON.stringify(v.mapping) : null, v.finished ?? false, v.dropFile ?? false],
  );
}

/**
 * Marks an import as running unless it already is (or, with `takeOver`, even then); false when
 * another run holds it. `queued`: a job will run it, and counts its attempts from 0.
 */
export async function claimImport(db: Db, id: number, mapping: ValueMapping, takeOver = false, queued = false): Promise<boolean> {
  const rows = await db.query(
    `UPDATE value_imports SET status = 'running', phase = 'reading', mapping = $2::jsonb, result = NULL,
            bytes_read = 0, rows_read = 0, finished_at = NULL, attempts = CASE WHEN $4::boolean THEN 0 ELSE attempts END,
            runner = CASE WHEN $4::boolean THEN '${QUEUE_RUNNER}' ELSE $5 END, heartbeat_at = now()
      WHERE id = $1 AND (status <> 'running' OR $3::boolean) RETURNING id`,
    [id, JSON.stringify(mapping), takeOver, queued, THIS_RUNNER],
  );
  return rows.length > 0;
}

/** A worker takes a queued import: its attempt number, or null when it is no longer running (done, rejected, failed). */
export async function takeQueuedImport(db: Db, id: number): Promise<number | null> {
  const rows = await db.query<{ attempts: number }>(
    `UPDATE value_imports SET attempts = attempts + 1, phase = 'reading', bytes_read = 0, rows_read = 0, heartbeat_at = now()
      WHERE id = $1 AND status = 'running' RETURNING attempts`,
    [id],
  );
  return rows[0]?.attempts ?? null;
}

export async function updateProgress(db: Db, id: number, bytesRead: number, rowsRead: number): Promise<void> {
  await db.query('UPDATE value_imports SET bytes_read = $2, rows_read = $3, heartbeat_at = now() WHERE id = $1', [id, Math.round(bytesRead), rowsRead]);
}

/** The `runner` of an import queued on pg-boss: the queue owns it (retries, gives up), not a process. */
export const QUEUE_RUNNER = 'queue';

/** This process, as `runner` of the imports it runs: host and process id. */
export const THIS_RUNNER = `${hostname()}:${process.pid}`;

/** Imports marked running: who runs them and when they last reported progress. */
export async function runningImports(db: Db): Promise<{ id: number; runner: string | null; quiet_seconds: number | null }[]> {
  return db.query(
    `SELECT id, runner, extract(epoch FROM now() - heartbeat_at)::float8 AS quiet_seconds FROM value_imports WHERE status = 'running'`,
  );
}

/** Marks imports as interrupted, with the message the page shows. */
export async function markInterrupted(db: Db, ids: readonly number[], message: string): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE value_imports SET status = 'interrupted', phase = NULL, result = $2::jsonb, finished_at = now()
      WHERE id = ANY($1::int[]) AND status = 'running'`,
    [ids, JSON.stringify({ message })],
  );
}

/** The plan's measures with their owners, for looking up the measure a row names. */
export async function planMeasureOwners(db: Db, planId: number): Promise<{ id: number; name: string; owner_user_id: number | null }[]> {
  return db.query('SELECT id, name, owner_user_id FROM measures WHERE plan_id = $1 ORDER BY position', [planId]);
}

/** A batch of values in columns, as `unnest` wants them. */
export interface StagedBatch {
  lines: number[];
  measureIds: number[];
  periods: string[];
  sexes: string[];
  ageBands: string[];
  areas: string[];
  values: number[];
}

const BATCH_COLUMNS = `unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[])
                       WITH ORDINALITY AS b(line, measure_id, period, sex, age_band, area, i)`;

const STAGE_COLUMNS = ['import_id', 'line', 'measure_id', 'period', 'sex', 'age_band', 'area', 'value'] as const;
const csvText = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** A batch as CSV rows of measure, period, sex, age band, area and value, each between `before(i)` and `after`. */
function batchCsv(b: StagedBatch, before: (i: number) => string, after: string): string {
  let csv = '';
  for (let i = 0; i < b.lines.length; i++) {
    csv += `${before(i)}${b.measureIds[i]},${csvText(b.periods[i]!)},${b.sexes[i]},${csvText(b.ageBands[i]!)},${csvText(b.areas[i]!)},${b.values[i]}${after}\n`;
  }
  return csv;
}

/**
 * Adds a batch to the import's staging rows with COPY, the fast path. When a key of the batch
 * is already staged (a duplicate row in the file) the COPY fails as a whole and nothing of the
 * batch is staged: returns false, and the caller stages it with `stageBatch` to find them.
 */
export async function copyBatch(db: Db, importId: number, b: StagedBatch): Promise<boolean> {
  const csv = batchCsv(b, (i) => `${importId},${b.lines[i]},`, '');
  try {
    // In a transaction of its own (a savepoint inside the preview's), so a failed COPY undoes only itself.
    await db.transaction((tx) => tx.copyFrom('value_import_rows', STAGE_COLUMNS, [csv]));
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === '23505') return false; // unique_violation
    throw err;
  }
}

/** Adds a batch to the import's staging rows; a key already staged is skipped. Returns how many were added. */
export async function stageBatch(db: Db, importId: number, b: StagedBatch): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO value_import_rows (import_id, line, measure_id, period, sex, age_band, area, value)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[])
       ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [importId, b.lines, b.measureIds, b.periods, b.sexes, b.ageBands, b.areas, b.values],
  );
  return rows[0]!.n;
}

/** For the values of a batch that were not staged: their index in the batch, line, and the line of the earlier row with the same key. */
export async function duplicatesInBatch(db: Db, importId: number, b: StagedBatch): Promise<{ index: number; line: number; first_line: number }[]> {
  return db.query(
    `SELECT (b.i - 1)::int AS index, b.line, s.line AS first_line FROM ${BATCH_COLUMNS}
       JOIN value_import_rows s ON s.import_id = $1 AND s.measure_id = b.measure_id AND s.period = b.period
                               AND s.sex = b.sex AND s.age_band = b.age_band AND s.area = b.area
      WHERE s.line <> b.line ORDER BY b.i`,
    [importId, b.lines, b.measureIds, b.periods, b.sexes, b.ageBands, b.areas],
  );
}

/** How many staged values already have a stored value for the same key (an import would replace them). */
export async function countStagedExisting(db: Db, importId: number): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM value_import_rows s
       JOIN measure_values v ON v.measure_id = s.measure_id AND v.period = s.period AND v.sex = s.sex
                            AND v.age_band = s.age_band AND v.area = s.area
      WHERE s.import_id = $1`,
    [importId],
  );
  return rows[0]!.n;
}

/** Writes every staged value of an import into measure_values in one statement; returns how many were new and how many replaced. */
export async function upsertStaged(
  db: Db,
  importId: number,
  v: ValueStamp,
): Promise<{ inserted: number; total: number }> {
  const rows = await db.query<{ inserted: number; total: number }>(
    `WITH up AS (
       INSERT INTO measure_values (measure_id, period, sex, age_band, area, value, status, source, entered_by, entered_at)
       SELECT measure_id, period, sex, age_band, area, value, $2, $3, $4, now() FROM value_import_rows WHERE import_id = $1
       ON CONFLICT (measure_id, period, sex, age_band, area)
       DO UPDATE SET value = EXCLUDED.value, status = EXCLUDED.status, source = EXCLUDED.source,
                     entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at
       -- xmax is 0 for a row this statement inserted, the updating transaction's id for one it replaced.
       RETURNING (xmax = 0) AS inserted)
     SELECT (count(*) FILTER (WHERE inserted))::int AS inserted, count(*)::int AS total FROM up`,
    [importId, v.status, v.source, v.enteredBy],
  );
  return rows[0]!;
}

/** What every value of an import is stored with. */
export interface ValueStamp {
  status: 'preliminary' | 'final';
  source: string;
  enteredBy: number | null;
}

const VALUE_COLUMNS = ['measure_id', 'period', 'sex', 'age_band', 'area', 'value', 'status', 'source', 'entered_by'] as const;

/** Writes a batch straight into measure_values with COPY. A value that exists already fails the whole COPY (unique_violation). */
export async function copyValues(db: Db, b: StagedBatch, v: ValueStamp): Promise<void> {
  const stamp = `,${v.status},${csvText(v.source)},${v.enteredBy ?? ''}`;
  await db.copyFrom('measure_values', VALUE_COLUMNS, [batchCsv(b, () => '', stamp)]);
}

export async function clearStaged(db: Db, importId: number): Promise<void> {
  await db.query('DELETE FROM value_import_rows WHERE import_id = $1', [importId]);
}

/** What a plan's codes are mapped with: its measures' Kolada links, the organisation's Kolada id, its areas, and the mappings remembered for it. */
export async function codeBookInput(db: Db, planId: number, organisationId: number): Promise<CodeBookInput> {
  const measures = await db.query<{ id: number; name: string; kolada_kpi: string | null }>(
    'SELECT id, name, kolada_kpi FROM measures WHERE plan_id = $1 ORDER BY position, id',
    [planId],
  );
  const org = await db.query<{ kolada_id: string | null; name: string }>('SELECT kolada_id, name FROM organisations WHERE id = $1', [organisationId]);
  const areas = await db.query<{ area: string }>(
    `SELECT DISTINCT a AS area FROM measures m, jsonb_array_elements_text(CASE WHEN jsonb_typeof(m.breakdowns->'areas') = 'array'
            THEN m.breakdowns->'areas' ELSE '[]'::jsonb END) AS a
      WHERE m.plan_id = $1 ORDER BY 1`,
    [planId],
  );
  const remembered = await db.query<{ kind: 'measure' | 'area'; system: CodeSystem; code: string; measure_id: number | null; area: string | null }>(
    // A code mapped to a measure of another plan of the organisation (last year's) means this
    // plan's measure of the same lineage.
    `SELECT c.kind, c.system, c.code, pm.id AS measure_id, c.area FROM value_code_mappings c
       LEFT JOIN measures mm ON mm.id = c.measure_id
       LEFT JOIN LATERAL (SELECT id FROM measures p WHERE p.plan_id = $2
                            AND (p.id = mm.id OR (mm.lineage_id IS NOT NULL AND p.lineage_id = mm.lineage_id))
                          ORDER BY (p.id = mm.id) DESC LIMIT 1) pm ON true
      WHERE c.organisation_id = $1 AND (c.kind = 'area' OR pm.id IS NOT NULL)`,
    [organisationId, planId],
  );
  return {
    measures: measures.map((m) => ({ id: m.id, name: m.name, koladaKpi: m.kolada_kpi })),
    organisationKoladaId: org[0]?.kolada_id ?? null,
    organisationName: org[0]?.name ?? '',
    areas: areas.map((a) => a.area),
    remembered: remembered.map((r) => ({ kind: r.kind, system: r.system, code: r.code, measureId: r.measure_id, area: r.area })),
  };
}

/** Remembers (or changes) what an external code means for an organisation. */
export async function rememberCodeMapping(
  db: Db,
  v: { organisationId: number; kind: 'measure' | 'area'; system: CodeSystem; code: string; measureId: number | null; area: string | null; createdBy: number },
): Promise<void> {
  await db.query(
    `INSERT INTO value_code_mappings (organisation_id, kind, system, code, measure_id, area, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (organisation_id, kind, system, code)
     DO UPDATE SET measure_id = EXCLUDED.measure_id, area = EXCLUDED.area, created_by = EXCLUDED.created_by, created_at = now()`,
    [v.organisationId, v.kind, v.system, v.code, v.measureId, v.area, v.createdBy],
  );
}

/**
 * Deletes uploaded files that are no longer needed: a finished import's file once it is older than
 * `retentionDays` (0: at once), and a file never imported successfully once it has been left
 * alone for that long, at least a day (its person may still choose another mapping). Returns how many.
 */
export async function purgeUploadedFiles(db: Db, retentionDays: number): Promise<number> {
  const rows = await db.query(
    `UPDATE value_imports SET content = NULL
      WHERE content IS NOT NULL AND status <> 'running'
        AND COALESCE(finished_at, created_at) <= now() - make_interval(days => CASE WHEN status = 'done' THEN $1 ELSE GREATEST($1, 1) END)
      RETURNING id`,
    [retentionDays],
  );
  return rows.length;
}
