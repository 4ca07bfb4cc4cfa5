import { describe, expect, it } from 'vitest';
import { migrate, migrationNames } from '../db/migrate';
import { migratedPglite } from './pglite-template';

describe('migratedPglite', () => {
  it('gives a database with every migration applied, each load a database of its own', async () => {
    const [one, two] = [await migratedPglite(), await migratedPglite()];
    try {
      expect(await migrate(one)).toEqual([]);
      const applied = await one.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      expect(applied.map((r) => r.name)).toEqual(migrationNames());
      await one.exec('CREATE TABLE only_in_one (x integer)');
      expect(await one.query("SELECT to_regclass('only_in_one') IS NOT NULL AS present")).toEqual([{ present: true }]);
      expect(await two.query("SELECT to_regclass('only_in_one') IS NOT NULL AS present")).toEqual([{ present: false }]);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
