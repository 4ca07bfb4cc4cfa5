import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root';
import type { Db } from './client';

const MIGRATIONS_DIR = join(PROJECT_ROOT, 'src', 'db', 'migrations');

/** The names of every migration this version has, in the order they apply. */
export function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

/**
 * Applies every migration in src/db/migrations that has not been applied yet, in name order;
 * with `only`, just those of them (a restore first rebuilds the schema its backup was taken with).
 */
export async function migrate(db: Db, only?: readonly string[]): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const files = migrationNames().filter((f) => !only || only.includes(f));
  const applied: string[] = [];
  for (const name of files) {
    const sql = readFileSync(join(MIGRATIONS_DIR, name), 'utf8');
    const done = await db.transaction(async (tx) => {
      // Two servers starting at once must not both apply a migration.
      if (tx.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(4711)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (seen.length > 0) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
