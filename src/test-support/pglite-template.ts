import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Db, openDb } from '../db/client';
import { migrate, migrationNames } from '../db/migrate';
import { PROJECT_ROOT } from '../project-root';

/** Where the dump of a migrated database lives: the temp folder, under the hash of PGlite's version and every migration. */
function templateFile(): string {
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version);
  for (const name of migrationNames()) hash.update(name).update(readFileSync(join(PROJECT_ROOT, 'src', 'db', 'migrations', name)));
  return join(tmpdir(), `ledstjarna-pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar`);
}

/**
 * Migrates a database in a folder of its own and dumps it to `file`: written in that folder and
 * renamed into place, so that two test files (or two runs) making it at once never read half of one.
 */
async function makeTemplate(file: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-pglite-making-'));
  try {
    const db = await openDb({ dataDir: dir });
    await migrate(db);
    await db.close();
    const pgl = await PGlite.create(dir);
    const dump = await pgl.dumpDataDir('none');
    await pgl.close();
    const made = join(dir, 'migrated.tar');
    writeFileSync(made, Buffer.from(await dump.arrayBuffer()));
    renameSync(made, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An in-memory PGlite database as `migrate` leaves it. Starting PGlite empty (initdb, in
 * WebAssembly) and migrating took 3–5 s per test file on a 2-core machine, loading a dump of a
 * migrated one about 0,7 s; the dump is made once for each set of migrations. The caller still
 * runs `migrate`, which finds nothing to do.
 */
export async function migratedPglite(): Promise<Db> {
  const file = templateFile();
  if (!existsSync(file)) await makeTemplate(file);
  return openDb({ loadDataDir: new Blob([readFileSync(file)]) });
}
