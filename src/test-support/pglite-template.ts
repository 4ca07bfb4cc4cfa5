import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Db, openDb } from '../db/client';
import { migrate, migrationNames } from '../db/migrate';
import { PROJECT_ROOT } from '../project-root';
import { madeOnce } from './made-once';

const TEMPLATE = 'migrated.tar';

/** What the dump depends on: PGlite's version and every migration. */
function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version);
  for (const name of migrationNames()) hash.update(name).update(readFileSync(join(PROJECT_ROOT, 'src', 'db', 'migrations', name)));
  return hash.digest('hex').slice(0, 16);
}

/** Migrates a database in a data folder inside `into` and dumps it to `into`/migrated.tar. */
async function makeTemplate(into: string): Promise<void> {
  const dataDir = join(into, 'data');
  const db = await openDb({ dataDir });
  await migrate(db);
  await db.close();
  const pgl = await PGlite.create(dataDir);
  const dump = await pgl.dumpDataDir('none');
  await pgl.close();
  writeFileSync(join(into, TEMPLATE), Buffer.from(await dump.arrayBuffer()));
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * An in-memory PGlite database as `migrate` leaves it. Starting PGlite empty (initdb, in
 * WebAssembly) and migrating took 3–5 s per test file on a 2-core machine, loading a dump of a
 * migrated one about 0,7 s; the dump is made once for each set of migrations. The caller still
 * runs `migrate`, which finds nothing to do.
 */
export async function migratedPglite(): Promise<Db> {
  const dir = await madeOnce('ledstjarna-pglite-migrated', templateKey(), TEMPLATE, makeTemplate);
  return openDb({ loadDataDir: new Blob([readFileSync(join(dir, TEMPLATE))]) });
}
