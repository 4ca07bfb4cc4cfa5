import type { Db } from '../../db/client';

/** The one method pg-boss 10 asks of a custom `db`. */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on our `Db`, so that it runs on PGlite as well as PostgreSQL. pg-boss sends its
 * multi-statement scripts (schema creation, maintenance) as one text beginning with BEGIN and
 * without parameters; those go through `exec` (PGlite's extended protocol takes one statement
 * at a time). Everything else is one parameterised statement.
 */
export function bossDb(db: Db): BossDb {
  return {
    async executeSql(text, values) {
      if ((!values || values.length === 0) && /^\s*BEGIN;/.test(text)) {
        try {
          await db.exec(text);
        } catch (err) {
          // A failed script leaves its transaction open; on PGlite's one connection that would block everything after it.
          await db.exec('ROLLBACK').catch(() => undefined);
          throw err;
        }
        return { rows: [] };
      }
      return { rows: await db.query(text, values ?? []) };
    },
  };
}
