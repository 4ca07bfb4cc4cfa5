import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Db, openDb } from '../db/client';
import { migrate } from '../db/migrate';
import { migratedPglite } from './pglite-template';

/**
 * Integration suites run once per database: always on PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL suite gets a schema of its own; each
 * PGlite suite a database of its own, loaded from a migrated one (pglite-template.ts).
 */
export function describeEachDatabase(title: string, suite: (db: () => Db) => void): void {
  const targets: { name: string; url?: string }[] = [{ name: 'PGlite' }];
  if (process.env.TEST_DATABASE_URL) targets.push({ name: 'PostgreSQL', url: process.env.TEST_DATABASE_URL });
  for (const target of targets) {
    describe(`${title} [${target.name}]`, () => {
      let db: Db | undefined;
      const schema = `test_${randomBytes(6).toString('hex')}`;
      beforeAll(async () => {
        db = target.url ? await openDb({ databaseUrl: target.url, schema }) : await migratedPglite();
        await migrate(db);
      });
      afterAll(async () => {
        if (!db) return;
        if (target.url) await db.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await db.close();
      });
      suite(() => {
        if (!db) throw new Error('database not open yet');
        return db;
      });
    });
  }
}
