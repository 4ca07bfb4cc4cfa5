import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from '../../../db/client';
import { migrate, migrationNames } from '../../../db/migrate';
import { AppError } from '../../http/errors';
import { audit, type Who } from '../audit/audit';
import { type BackupHeader, backupLines, backupWriter } from './backup-file';
import * as q from './backup.queries';

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
}

const PAGE = 2000;

/**
 * Writes the whole database (every table of its schema and every sequence) to `path`, read in one
 * snapshot: a REPEATABLE READ transaction on PostgreSQL, which keeps nobody waiting; on PGlite the
 * one connection is the backup's until it ends. The backup is audited before it starts, so the
 * entry is in the backup it speaks of.
 */
export async function writeBackup(db: Db, path: string, who: Who): Promise<BackupSummary> {
  await db.transaction((tx) =>
    audit(tx, who, { organisationId: null, planId: null, objectType: 'backup', objectId: 0, action: 'backup', before: null, after: { file: basename(path) } }),
  );
  const out = backupWriter(path);
  try {
    const summary = await db.transaction(async (tx) => {
      if (tx.kind === 'postgres') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const header: BackupHeader = {
        format: 'ledstjarna-backup',
        version: 1,
        createdAt: new Date().toISOString(),
        source: tx.kind,
        migrations: await q.appliedMigrations(tx),
      };
      await out.line(header);
      const tables = await q.tableShapes(tx);
      let rows = 0;
      for (const table of tables) {
        await out.line({ table: table.name, columns: table.columns.map((c) => c.name) });
        for await (const page of q.tableRows(tx, table, PAGE)) {
          await out.line(`{"rows":[${page.join(',')}]}`);
          rows += page.length;
        }
      }
      await out.line({ sequences: await q.sequenceStates(tx) });
      await out.line({ end: { tables: tables.length, rows } });
      return { file: path, tables: tables.length, rows };
    });
    await out.close();
    return summary;
  } catch (err) {
    out.abort();
    rmSync(path, { force: true });
    throw err;
  }
}

const notABackup = (path: string, why: string) => new AppError('validation', `${path} är ingen fullständig säkerhetskopia från Ledstjärna: ${why}`);

/**
 * Restores a backup into an empty database (a new PGlite folder, or a PostgreSQL database or
 * schema without tables): rebuilds the schema the backup was taken with, writes every row and
 * sequence in one transaction with triggers and foreign keys held back (the rows are as they were,
 * audit hashes and data versions included), then applies this version's newer migrations. All or
 * nothing: a damaged or cut-off file restores nothing.
 */
export async function restoreBackup(db: Db, path: string): Promise<BackupSummary> {
  if (!existsSync(path)) throw new AppError('not-found', `Filen ${path} finns inte.`);
  if (!(await q.isEmptyDatabase(db))) {
    throw new AppError('conflict', 'Databasen är inte tom. Återställ till en ny, tom datamapp (DATA_DIR) eller en tom PostgreSQL-databas.');
  }
  const lines = backupLines(path);
  const first = await lines.next().catch(() => ({ value: undefined, done: true }));
  const header = first.value as Partial<BackupHeader> | undefined;
  if (header?.format !== 'ledstjarna-backup' || header.version !== 1 || !Array.isArray(header.migrations)) throw notABackup(path, 'huvudet saknas.');
  const known = new Set(migrationNames());
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new AppError('validation', `Säkerhetskopian är gjord av en nyare version av Ledstjärna (${unknown.join(', ')}). Uppdatera Ledstjärna och försök igen.`);
  }
  // The whole file is read once before anything is written: a damaged or cut-off one changes nothing.
  await checkWhole(path);
  await migrate(db, header.migrations);
  const tables = new Map((await q.tableShapes(db)).map((t) => [t.name, t]));
  const summary = await db.transaction(async (tx) => {
    // Rows go back as they were: no trigger recomputes or refuses them, no foreign key orders them.
    await tx.query("SET LOCAL session_replication_role = 'replica'");
    await q.emptyTables(tx, [...tables.keys()]);
    let current: { shape: q.TableShape; columns: string[] } | null = null;
    let rows = 0;
    let end: { tables: number; rows: number } | null = null;
    const restoredTables = new Set<string>();
    try {
      for await (const raw of lines) {
        const line = raw as Record<string, unknown>;
        if (typeof line.table === 'string') {
          const shape = tables.get(line.table);
          if (!shape) throw notABackup(path, `tabellen ${line.table} finns inte i schemat.`);
          const columns = line.columns as string[];
          const missing = columns.filter((c) => !shape.columns.some((s) => s.name === c));
          if (missing.length > 0) throw notABackup(path, `kolumnerna ${missing.join(', ')} finns inte i ${line.table}.`);
          current = { shape, columns };
          restoredTables.add(line.table);
        } else if (Array.isArray(line.rows)) {
          if (!current) throw notABackup(path, 'rader utan tabell.');
          await q.insertRows(tx, current.shape, current.columns, JSON.stringify(line.rows));
          rows += line.rows.length;
        } else if (Array.isArray(line.sequences)) {
          for (const s of line.sequences as { name: string; lastValue: string; isCalled: boolean }[]) await q.setSequence(tx, s.name, s.lastValue, s.isCalled);
        } else if (line.end) {
          end = line.end as { tables: number; rows: number };
        }
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof SyntaxError || (err as NodeJS.ErrnoException).code?.startsWith('Z_')) throw notABackup(path, 'filen är skadad eller avklippt.');
      throw err;
    }
    if (!end || end.rows !== rows || end.tables !== restoredTables.size) throw notABackup(path, 'filen är avklippt.');
    return { file: path, tables: restoredTables.size, rows };
  });
  await migrate(db);
  await db.transaction((tx) =>
    audit(tx, { userId: null }, {
      organisationId: null, planId: null, objectType: 'backup', objectId: 0, action: 'restore', before: null,
      after: { file: basename(path), createdAt: header.createdAt, tables: summary.tables, rows: summary.rows },
    }),
  );
  return summary;
}

/** Reads a backup file through and checks that it ends where its last line says. */
async function checkWhole(path: string): Promise<void> {
  let rows = 0;
  let tables = 0;
  let end: { tables: number; rows: number } | null = null;
  try {
    for await (const raw of backupLines(path)) {
      const line = raw as Record<string, unknown>;
      if (typeof line.table === 'string') tables++;
      else if (Array.isArray(line.rows)) rows += line.rows.length;
      else if (line.end) end = line.end as { tables: number; rows: number };
    }
  } catch {
    throw notABackup(path, 'filen är skadad eller avklippt.');
  }
  if (!end || end.rows !== rows || end.tables !== tables) throw notABackup(path, 'filen är avklippt.');
}

/** Backup file names the scheduled backup writes: sortable by time. */
const SCHEDULED = /^ledstjarna-\d{8}-\d{6}\.ljbackup\.gz$/;

/** The scheduled backup: writes a new file into `dir` and removes all but the `keep` newest of its own files. */
export async function scheduledBackup(db: Db, dir: string, keep: number, now = new Date()): Promise<BackupSummary & { removed: string[] }> {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const summary = await writeBackup(db, join(dir, `ledstjarna-${stamp}.ljbackup.gz`), { userId: null });
  const ours = readdirSync(dir).filter((f) => SCHEDULED.test(f)).sort();
  const removed = ours.slice(0, Math.max(0, ours.length - keep));
  for (const f of removed) rmSync(join(dir, f), { force: true });
  return { ...summary, removed };
}
