/**
 * Values from files. A file is uploaded once (its bytes stored), previewed with a column
 * mapping as often as needed, then imported by a job whose progress the page polls. The CLI
 * and the benchmark call `importValuesFromFile`, which streams a file from disk through the
 * same staging code. All or nothing: one rejected row and nothing is stored.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { hostname } from 'node:os';
import { type Db, outsideTransaction } from '../../../db/client';
import type { Lang } from '../../../domain/i18n/lang';
import { processAlive } from '../../../db/folder-lock';
import { interruptedImports } from '../../../domain/imports/interrupted';
import { cellText, numberStyleOf } from '../../../importers/values/cells';
import { ValueFileError } from '../../../importers/values/errors';
import { suggestMapping } from '../../../importers/values/mapping';
import { CodeBook } from '../../../importers/values/formats/code-book';
import { type AnyValueFile, codedAsTable, codedMapping, openAnyValueFile } from '../../../importers/values/formats/open-any';
import type { OpenedFile } from '../../../importers/values/read-file';
import { MeasureIndex } from '../../../importers/values/rows';
import type { CodeMappingInput, ValueImportJob, ValueMapping, ValuePreview, ValueUpload } from '../../../shared/value-import-types';
import { type Actor, can } from '../../access/can';
import { AppError } from '../../http/errors';
import { authorize } from '../../http/session';
import type { WorkerPool } from '../../workers/pool';
import { findUserById, membershipsOf } from '../auth/auth.queries';
import { getPlan } from '../plans/plans.queries';
import { mappingFor, readFileValues, stageFile, type StageResult } from './stage-file';
import * as q from './value-import.queries';

const SAMPLE_ROWS = 10;
/** Imports running in this process. A job marked running that is not here was cut off by a restart and may be run again. */
const runningHere = new Set<number>();

/** Progress of a running import, as the CLI and the benchmark hear it after every batch. */
export interface ImportProgress {
  phase: 'reading' | 'saving';
  rowsRead: number;
  bytesRead: number;
  byteSize: number;
}

/** What a finished import did. */
export interface ImportSummary {
  importId: number;
  rows: number;
  values: number;
  inserted: number;
  replaced: number;
  missing: number;
}

async function importablePlan(db: Db, actor: Actor, planId: number) {
  const plan = await getPlan(db, planId);
  if (!plan) throw new AppError('not-found', `Planen ${planId} finns inte.`);
  authorize(actor, 'value:import', { organisationId: plan.organisation_id });
  return plan;
}

async function importableJob(db: Db, actor: Actor, importId: number): Promise<q.ImportRow> {
  const row = await q.getImport(db, importId);
  if (!row) throw new AppError('not-found', `Importen ${importId} finns inte.`);
  authorize(actor, 'value:import', { organisationId: row.organisation_id });
  return row;
}

/** The plan's measures, each marked with whether the actor may import its values (reporters: only their own). */
async function measureIndex(db: Db, actor: Actor, planId: number, organisationId: number): Promise<MeasureIndex> {
  const measures = await q.planMeasureOwners(db, planId);
  return new MeasureIndex(
    measures.map((m) => ({ id: m.id, name: m.name, mayImport: can(actor, 'value:enter', { organisationId, ownerUserId: m.owner_user_id }) })),
  );
}

/** Opens a file of any supported format, turning an unreadable one into the API's import-rejected error. */
async function openAny(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, fileName: string): Promise<AnyValueFile> {
  try {
    return await openAnyValueFile(chunks);
  } catch (err) {
    if (err instanceof ValueFileError) throw new AppError('import-rejected', `${fileName}: ${err.message} Inget har importerats.`);
    throw err;
  }
}

/**
/**
 * Opens a file for a plan: a plain table as it is, with the mapping given; a coded file (DHIS2,
 * SCB, Kolada, Stratsys) with its codes mapped to the plan's measures and areas, and the fixed
 * mapping of the coded header (the given one only says whether values are preliminary or final).
 */
async function openForPlan(
  db: Db,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  fileName: string,
  plan: { planId: number; organisationId: number },
  mapping: ValueMapping | null,
): Promise<{ file: OpenedFile; mapping: ValueMapping | null; book: CodeBook | null }> {
  const opened = await openAny(chunks, fileName);
  if (opened.kind === 'table') return { file: opened.file, mapping, book: null };
  const book = new CodeBook(await q.codeBookInput(db, plan.planId, plan.organisationId));
  return { file: codedAsTable(opened.file, book), mapping: codedMapping(opened.file, mapping?.status), book };
}

/**
 * What a file looks like for a plan: format, encoding, separator, header, first rows, a suggested
 * mapping, and the codes it could not map. The whole file is read in a worker thread (the request
 * thread keeps answering), and refused unless it is within every limit of `importers/limits.ts`.
 */
async function describeFile(
  db: Db,
  plan: { planId: number; organisationId: number },
  file: { fileName: string; bytes: Uint8Array },
  workers: WorkerPool,
  ownerId: number,
  lang: Lang,
): Promise<Omit<ValueUpload, 'id'>> {
  const codeBook = await q.codeBookInput(db, plan.planId, plan.organisationId);
  try {
    const described = await workers.run('describeValueFile', [file.bytes, codeBook, SAMPLE_ROWS, numberStyleOf(lang)], ownerId);
    return { planId: plan.planId, fileName: file.fileName, byteSize: file.bytes.length, ...described };
  } catch (err) {
    if (err instanceof ValueFileError) throw new AppError('import-rejected', `${file.fileName}: ${err.message} Inget har importerats.`);
    throw err;
  }
}

/** Stores an uploaded file and says what it looks like (see `describeFile`). */
export async function uploadValueFile(
  db: Db,
  actor: Actor,
  input: { planId: number; fileName: string; bytes: Uint8Array },
  workers: WorkerPool,
  lang: Lang = 'sv',
): Promise<ValueUpload> {
  const plan = await importablePlan(db, actor, input.planId);
  const described = await describeFile(db, { planId: plan.id, organisationId: plan.organisation_id }, input, workers, actor.id, lang);
  const id = await q.insertImport(db, {
    planId: input.planId, fileName: input.fileName, format: described.format, content: input.bytes, byteSize: input.bytes.length, createdBy: actor.id,
  });
  return { id, ...described };
}

/**
 * Remembers what codes mean for the plan's organisation. A measure must be one of the plan's
 * that the actor may import values to (a reporter: their own); an area is any name ('' = the
 * whole organisation). All or nothing.
 */
export async function rememberCodes(db: Db, actor: Actor, plan: { planId: number; organisationId: number }, mappings: CodeMappingInput[]): Promise<void> {
  const measures = await measureIndex(db, actor, plan.planId, plan.organisationId);
  const mayMap = (id: number | null | undefined) => {
    const m = id ? measures.find(String(id)) : null;
    return m !== null && 'mayImport' in m && m.mayImport;
  };
  const problems = mappings.flatMap((m, i) =>
    m.kind === 'measure' && !mayMap(m.measureId)
      ? [{ path: `mappings.${i}.measureId`, message: `Välj ett av planens mått som du får importera värden till för koden ${m.code}.` }]
      : m.kind === 'area' && (m.area === null || m.area === undefined)
        ? [{ path: `mappings.${i}.area`, message: `Välj ett område för enheten ${m.code} (tomt för hela organisationen).` }]
        : [],
  );
  if (problems.length > 0) throw new AppError('validation', problems[0]!.message, problems);
  await db.transaction(async (tx) => {
    for (const m of mappings) {
      await q.rememberCodeMapping(tx, {
        organisationId: plan.organisationId, kind: m.kind, system: m.system, code: m.code,
        measureId: m.kind === 'measure' ? m.measureId! : null, area: m.kind === 'area' ? m.area!.trim() : null, createdBy: actor.id,
      });
    }
  });
}

/**
 * Maps codes of an uploaded file once, for the organisation (remembered for every later file),
 * and says again what the file looks like, with the codes still unmapped. A measure must be
 * one of the plan's; an area is any name ('' = the whole organisation).
 */
export async function mapValueCodes(
  db: Db,
  actor: Actor,
  importId: number,
  mappings: CodeMappingInput[],
  workers: WorkerPool,
  lang: Lang = 'sv',
): Promise<ValueUpload> {
  const row = await importableJob(db, actor, importId);
  const content = await q.importContent(db, importId);
  if (!content) throw new AppError('not-found', `Importen ${importId} har ingen uppladdad fil.`);
  const plan = { planId: row.plan_id, organisationId: row.organisation_id };
  await rememberCodes(db, actor, plan, mappings);
  const described = await describeFile(db, plan, { fileName: row.file_name, bytes: content }, workers, actor.id, lang);
  return { id: importId, ...described };
}

/** Reads the whole uploaded file with a mapping and stores nothing: the first values, every rejection, and how many values would be replaced. */
export async function previewValueImport(db: Db, actor: Actor, importId: number, mapping: ValueMapping): Promise<ValuePreview> {
  const row = await importableJob(db, actor, importId);
  if (runningHere.has(importId)) throw new AppError('conflict', 'Filen importeras just nu. Vänta tills importen är klar.');
  const content = await q.importContent(db, importId);
  if (!content) throw new AppError('not-found', `Importen ${importId} har ingen uppladdad fil.`);
  const measures = await measureIndex(db, actor, row.plan_id, row.organisation_id);
  const opened = await openForPlan(db, [content], row.file_name, { planId: row.plan_id, organisationId: row.organisation_id }, mapping);
  const file = opened.file;
  mapping = opened.mapping!;
  // In one transaction, so that two previews of the same file never see each other's staging rows.
  const { staged, wouldReplace } = await db.transaction(async (tx) => {
    const staged = await stageFile(tx, importId, file, mapping, measures, () => undefined);
    const wouldReplace = await q.countStagedExisting(tx, importId);
    await q.clearStaged(tx, importId);
    await q.setImportStatus(tx, importId, { status: 'previewed', mapping });
    return { staged, wouldReplace };
  });
  return {
    uploadId: importId,
    counts: staged.counts,
    wouldReplace,
    firstValues: staged.firstValues.map((v) => ({ ...v, measureName: measures.name(v.measureId) })),
    rejections: staged.rejections,
    rejectionsTruncated: staged.rejectionsTruncated,
  };
}

/** Where the import is queued: a pg-boss job (the server), or, without one, run in this process (tests of the import itself). */
export interface ImportQueue {
  /** Queues the import's run; the uploaded file is deleted after it unless `retentionDays` keeps it. */
  enqueueValueImport(importId: number, actorId: number, retentionDays: number): Promise<void>;
}

/**
 * Starts importing an uploaded file and returns the job; poll `getValueImportJob` for its
 * progress. With a queue the import becomes a pg-boss job (it survives a restart, and a second
 * server never runs it twice); without one it runs in this process.
 */
export async function startValueImport(
  db: Db,
  actor: Actor,
  importId: number,
  mapping: ValueMapping,
  onUnexpected: (err: unknown) => void = () => undefined,
  queue?: ImportQueue,
  options: { retentionDays?: number } = {},
): Promise<ValueImportJob> {
  const row = await importableJob(db, actor, importId);
  const content = await q.importContent(db, importId);
  if (!content) throw new AppError('not-found', `Importen ${importId} har ingen uppladdad fil.`);
  if (queue) {
    // Claimed in the database, so that a second click (or a second server) cannot queue it twice.
    if (!(await q.claimImport(db, importId, mapping, false, true))) throw new AppError('conflict', 'Filen importeras redan.');
    await q.clearStaged(db, importId);
    try {
      await queue.enqueueValueImport(importId, actor.id, options.retentionDays ?? 0);
    } catch (err) {
      // Not queued: not left running either.
      await q.setImportStatus(db, importId, { status: 'failed', result: { message: 'Importen kunde inte köas. Inget har importerats. Försök igen.' }, finished: true });
      throw err;
    }
    return getValueImportJob(db, actor, importId);
  }
  if (runningHere.has(importId)) throw new AppError('conflict', 'Filen importeras redan.');
  runningHere.add(importId); // before any await, so that a second click cannot slip in
  try {
    await q.claimImport(db, importId, mapping, true);
    await q.clearStaged(db, importId); // rows left by a run that a restart cut off
  } catch (err) {
    runningHere.delete(importId);
    throw err;
  }
  const retentionDays = options.retentionDays ?? 0;
  void runImport(db, actor, row, mapping, () => [content], { onePass: db.kind === 'postgres', dropFileWhenDone: retentionDays === 0 })
    // Files the retention setting kept, and rejected ones left alone, once their time is up.
    .then(() => q.purgeUploadedFiles(db, retentionDays))
    .catch(onUnexpected)
    .finally(() => runningHere.delete(importId));
  return getValueImportJob(db, actor, importId);
}

/**
 * The pg-boss job's work: runs a queued import unless it is no longer running (done or
 * rejected: a job delivered again does nothing). A run that is not the first was interrupted
 * (a restart); it starts over, and the import says so while it runs.
 */
export async function runQueuedImport(
  db: Db,
  importId: number,
  actorId: number,
  retentionDays = 0,
): Promise<{ importId: number; outcome: string; attempts: number }> {
  const attempts = await q.takeQueuedImport(db, importId);
  if (attempts === null) return { importId, outcome: 'skipped', attempts: 0 };
  const row = (await q.getImport(db, importId))!;
  const content = await q.importContent(db, importId);
  const [memberships, user] = await Promise.all([membershipsOf(db, actorId), findUserById(db, actorId)]);
  const actor: Actor = { id: actorId, roles: new Map(user && !user.deactivated_at ? memberships.map((m) => [m.organisation_id, m.role]) : []) };
  if (!content || !row.mapping) {
    await q.setImportStatus(db, importId, { status: 'failed', result: { message: 'Den uppladdade filen finns inte längre. Inget har importerats.' }, finished: true });
    return { importId, outcome: 'failed', attempts };
  }
  await q.clearStaged(db, importId); // rows of an interrupted run
  const summary = await runImport(db, actor, row, row.mapping, () => [content], { onePass: db.kind === 'postgres', dropFileWhenDone: retentionDays === 0 });
  // Files the retention setting kept, and rejected ones left alone, once their time is up.
  await q.purgeUploadedFiles(db, retentionDays);
  const after = await q.getImport(db, importId);
  return { importId, outcome: after?.status ?? 'unknown', attempts, ...(summary.values ? { values: summary.values } : {}) };
}

/** An import whose job failed every retry: marked failed (if it is still running), its staging rows cleared. */
export async function giveUpQueuedImport(db: Db, importId: number): Promise<void> {
  const row = await q.getImport(db, importId);
  if (row?.status !== 'running') return;
  await q.clearStaged(db, importId);
  await q.setImportStatus(db, importId, {
    status: 'failed',
    result: { message: `Importen avbröts ${row.attempts} gånger och gavs upp. Inget har importerats. Starta den igen.` },
    finished: true,
  });
}

/** An import job's status, progress and, when finished, its summary or its rejected rows. */
export async function getValueImportJob(db: Db, actor: Actor, importId: number): Promise<ValueImportJob> {
  const row = await importableJob(db, actor, importId);
  const result = (row.result ?? {}) as Partial<StageResult & { summary: ValueImportJob['summary']; message: string }>;
  return {
    id: row.id,
    planId: row.plan_id,
    fileName: row.file_name,
    status: row.status,
    phase: row.phase,
    byteSize: row.byte_size,
    bytesRead: row.bytes_read,
    rowsRead: row.rows_read,
    summary: row.status === 'done' ? (result.summary ?? null) : null,
    rejections: row.status === 'rejected' ? (result.rejections ?? []) : [],
    rejectionsTruncated: result.rejectionsTruncated ?? false,
    message: result.message ?? null,
    interrupted: Math.max(0, row.attempts - 1),
  };
}

/**
 * Imports a CSV or XLSX file from disk into a plan, streaming it: this is the CLI's
 * `import-values` and the benchmark's entry point. Memory stays bounded whatever the file's
 * size (CSV is parsed as it is read, values are staged 10 000 at a time). Resolves to the
 * summary; throws AppError `import-rejected` listing every rejected row (`path: line.N`) when
 * any row is wrong, and then nothing is stored.
 */
export async function importValuesFromFile(
  db: Db,
  actor: Actor,
  input: { planId: number; path: string; mapping: ValueMapping; codes?: CodeMappingInput[]; onProgress?: (p: ImportProgress) => void },
): Promise<ImportSummary> {
  const plan = await importablePlan(db, actor, input.planId);
  if (input.codes && input.codes.length > 0) await rememberCodes(db, actor, { planId: plan.id, organisationId: plan.organisation_id }, input.codes);
  const fileName = basename(input.path);
  const { size } = await stat(input.path);
  const format = await formatOfFile(input.path);
  const importId = await q.insertImport(db, { planId: plan.id, fileName, format, content: null, byteSize: size, createdBy: actor.id });
  await q.claimImport(db, importId, input.mapping);
  const row = (await q.getImport(db, importId))!;
  const streams: ReturnType<typeof createReadStream>[] = [];
  const read = () => {
    const stream = createReadStream(input.path, { highWaterMark: 1024 * 1024 });
    streams.push(stream);
    return stream;
  };
  try {
    // From disk (the CLI, the benchmark) the importer has the database to itself even on PGlite,
    // which allows one process at a time: the one pass keeps no request waiting.
    return await runImport(db, actor, row, input.mapping, read, { onePass: true, onProgress: input.onProgress, throwOnReject: true });
  } finally {
    for (const stream of streams) stream.destroy();
  }
}

/** The format of a file on disk, detected from its content (reads the header only, or a JSON file whole). */
async function formatOfFile(path: string): Promise<AnyValueFile['file']['format']> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  try {
    return (await openAny(stream, basename(path))).file.format;
  } finally {
    stream.destroy();
  }
}

/** Reads the header and first rows of a file on disk and suggests a mapping (for the CLI without --mapping). */
export async function suggestMappingForFile(path: string, lang: Lang = 'sv'): Promise<{ headers: string[]; mapping: ValueMapping; format: AnyValueFile['file']['format'] }> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  try {
    const opened = await openAny(stream, basename(path));
    if (opened.kind === 'coded') return { headers: [], mapping: codedMapping(opened.file), format: opened.file.format };
    const file = opened.file;
    const sample: string[][] = [];
    for await (const row of file.rows) {
      if (!row.problem) sample.push(row.cells.map(cellText));
      if (sample.length >= 200) break;
    }
    return { headers: file.headers, mapping: suggestMapping(file.headers, sample, numberStyleOf(lang)), format: file.format };
  } finally {
    stream.destroy();
  }
}

/** The bytes of a file, read from the start each time it is called. */
type FileSource = () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

class NotInOnePass extends Error {}

/**
 * Where a long transaction keeps no other request waiting (PostgreSQL; a file imported from
 * disk, when the importer has the database to itself): read the file once,
 * COPY its values straight into measure_values as they are read, and commit only if nothing was
 * rejected. Null, with everything undone, as soon as a row is rejected or a value exists already
 * (unique_violation, which a duplicate row in the file also gives): the staged way then names
 * every rejected row, or replaces the existing values.
 */
async function importInOnePass(
  db: Db,
  importId: number,
  file: OpenedFile,
  input: {
    mapping: ValueMapping;
    measures: MeasureIndex;
    stamp: q.ValueStamp;
    report: (rowsRead: number, via: Db) => Promise<void>;
    saving: (rowsRead: number) => void;
    /** Delete the uploaded file in the statement that marks the import done. */
    dropFile: boolean;
  },
): Promise<ImportSummary | null> {
  try {
    return await db.transaction(async (tx) => {
      const read = await readFileValues(
        file,
        input.mapping,
        input.measures,
        async (batch, result) => {
          if (result.counts.rejected > 0) throw new NotInOnePass();
          await q.copyValues(tx, batch, input.stamp);
        },
        // Progress is recorded outside the transaction, for the page to poll; PGlite's one
        // connection is the transaction's until it ends, so there it goes through the transaction.
        (rowsRead) => (db.kind === 'postgres' ? outsideTransaction(() => input.report(rowsRead, db)) : input.report(rowsRead, tx)),
      );
      if (read.counts.rejected > 0) throw new NotInOnePass();
      input.saving(read.counts.rows);
      const summary = { rows: read.counts.rows, values: read.counts.values, inserted: read.counts.values, replaced: 0, missing: read.counts.missing };
      await q.setImportStatus(tx, importId, { status: 'done', result: { summary }, finished: true, dropFile: input.dropFile });
      return { importId, ...summary };
    });
  } catch (err) {
    if (err instanceof NotInOnePass || (err as { code?: string }).code === '23505') return null;
    throw err;
  }
}

/**
 * The job. With `onePass`, first in one pass (`importInOnePass`). Otherwise, or when that cannot
 * be done: stage the file (statements in between which other requests get their turn, so the
 * page's polling is answered even on single-connection PGlite), then write everything in one
 * transaction. Records the outcome on the import row; with `throwOnReject` also throws it.
 */
async function runImport(
  db: Db,
  actor: Actor,
  row: q.ImportRow,
  mapping: ValueMapping,
  source: FileSource,
  options: { onePass: boolean; onProgress?: (p: ImportProgress) => void; throwOnReject?: boolean; dropFileWhenDone?: boolean },
): Promise<ImportSummary> {
  const { onProgress, throwOnReject = false, dropFileWhenDone = false } = options;
  const id = row.id;
  let bytesRead = 0;
  async function* counted() {
    for await (const chunk of source()) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }
  /** Opens the file from its start, checking the mapping against its header. */
  const openFile = async () => {
    bytesRead = 0;
    const opened = await openForPlan(db, counted(), row.file_name, { planId: row.plan_id, organisationId: row.organisation_id }, mapping);
    mapping = opened.mapping!;
    mappingFor(opened.file, mapping);
    return opened.file;
  };
  const progressOf = (file: OpenedFile) => async (rowsRead: number, via: Db = db) => {
    // An XLSX sheet is read whole before its rows: count its progress in rows instead.
    const done = file.rowCount ? (row.byte_size * Math.min(rowsRead, file.rowCount)) / file.rowCount : bytesRead;
    await q.updateProgress(via, id, done, rowsRead);
    onProgress?.({ phase: 'reading', rowsRead, bytesRead: done, byteSize: row.byte_size });
  };
  const saving = (rowsRead: number) => onProgress?.({ phase: 'saving', rowsRead, bytesRead: row.byte_size, byteSize: row.byte_size });
  try {
    const measures = await measureIndex(db, actor, row.plan_id, row.organisation_id);
    const stamp = { status: mapping.status ?? 'preliminary', source: row.file_name, enteredBy: actor.id };
    if (options.onePass) {
      const file = await openFile();
      const done = await importInOnePass(db, id, file, { mapping, measures, stamp, report: progressOf(file), saving, dropFile: dropFileWhenDone });
      if (done) return done;
    }
    const file = await openFile();
    const report = progressOf(file);
    const staged = await stageFile(db, id, file, mapping, measures, report);
    await report(staged.counts.rows);
    if (staged.counts.rejected > 0) {
      await q.clearStaged(db, id);
      const message = `${row.file_name}: ${staged.counts.rejected} rader kan inte importeras. Inget har importerats.`;
      await q.setImportStatus(db, id, { status: 'rejected', result: { ...staged, message }, finished: true });
      throw new AppError(
        'import-rejected',
        message,
        staged.rejections.map((r) => ({ path: `line.${r.line}`, message: `${r.column ? `${r.column}: ` : ''}${r.value ? `"${r.value}" – ` : ''}${r.reason}` })),
      );
    }
    await q.setImportStatus(db, id, { status: 'running', phase: 'saving' });
    saving(staged.counts.rows);
    return await db.transaction(async (tx) => {
      const written = await q.upsertStaged(tx, id, stamp);
      await q.clearStaged(tx, id);
      const summary = {
        rows: staged.counts.rows, values: written.total, inserted: written.inserted, replaced: written.total - written.inserted, missing: staged.counts.missing,
      };
      await q.setImportStatus(tx, id, { status: 'done', result: { summary }, finished: true, dropFile: dropFileWhenDone });
      return { importId: id, ...summary };
    });
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'import-rejected' && err.details.length > 0)) {
      await q.clearStaged(db, id).catch(() => undefined);
      const known = err instanceof AppError;
      const message = known ? err.message : 'Importen avbröts av ett oväntat fel. Inget har importerats.';
      await q.setImportStatus(db, id, { status: known ? 'rejected' : 'failed', result: { message }, finished: true }).catch(() => undefined);
    }
    if (throwOnReject || !(err instanceof AppError)) throw err;
    return { importId: id, rows: 0, values: 0, inserted: 0, replaced: 0, missing: 0 };
  }
}

/**
 * At start: imports that a stopped process was running are marked interrupted (nothing of them
 * was saved: an import writes in one transaction), so no page shows "running" forever.
 */
export async function markInterruptedImports(db: Db): Promise<number[]> {
  const running = (await q.runningImports(db)).map((r) => ({ id: r.id, runner: r.runner, quietSeconds: r.quiet_seconds }));
  const ids = interruptedImports(running, { soleOwner: db.kind === 'pglite', host: hostname(), alive: processAlive });
  await q.markInterrupted(db, ids, 'Importen avbröts när programmet som körde den stoppades; ingenting sparades. Starta importen igen.');
  return ids;
}

/** Deletes uploaded files past the retention setting (LEDSTJARNA_UPLOAD_RETENTION_DAYS); run at start and after each import. */
export async function purgeUploadedFiles(db: Db, retentionDays: number): Promise<number> {
  return q.purgeUploadedFiles(db, retentionDays);
}
