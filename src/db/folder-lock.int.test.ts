import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../cli/main';
import { ADMIN, seededApp } from '../test-support/app';
import { openDb } from './client';
import { FolderInUseError, LOCK_FILE } from './folder-lock';
import { migrate } from './migrate';

const MEASURE = 'Andel vårdskador, sluten somatisk vård';

/**
 * Issue 13: `import-values` run while the server used the same PGlite folder reported success,
 * and the folder never opened again. One process owns a folder; the second is told what to do.
 */
describe('one process owns a PGlite data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second handle on the folder until the first is closed', async () => {
    const dataDir = join(dir, 'two-handles');
    const first = await openDb({ dataDir });
    await expect(openDb({ dataDir })).rejects.toThrow(FolderInUseError);
    await expect(openDb({ dataDir })).rejects.toThrow(/Stoppa servern.*--server URL/);
    await first.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const again = await openDb({ dataDir });
    expect(await again.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dataDir = join(dir, 'left-behind');
    const db = await openDb({ dataDir });
    await db.close();
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: gone, host: hostname() }));
    const reopened = await openDb({ dataDir });
    expect(await reopened.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await reopened.close();
  });

  describe('the CLI while the server runs', () => {
    const dataDir = join(dir, 'server');
    const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL, PW: process.env.LEDSTJARNA_PASSWORD };
    afterAll(() => {
      for (const [k, v] of Object.entries({ DATA_DIR: saved.DATA_DIR, DATABASE_URL: saved.DATABASE_URL, LEDSTJARNA_PASSWORD: saved.PW })) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    });

    it('is refused with what to do, leaves the folder whole, and imports through the server with --server', async () => {
      const db = await openDb({ dataDir });
      await migrate(db);
      const { app, planId } = await seededApp(db);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const file = join(dir, 'värden.csv');
      writeFileSync(file, `Mått;Period;Kön;Värde\n${MEASURE};DÅ 04 2022;Totalt;6,1\n${MEASURE};DÅ 08 2022;Totalt;5,8\n`);
      try {
        // Another process, as a person would run it: the real command line.
        const child = spawnSync(process.execPath, ['bin/ledstjarna.mjs', 'import-values', file, '--plan', String(planId)], {
          env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
          encoding: 'utf8',
        });
        expect(child.status).toBe(1);
        expect(child.stderr).toMatch(/används redan av en annan process.*--server URL/s);
        // The same command in this process is refused too.
        process.env.DATA_DIR = dataDir;
        delete process.env.DATABASE_URL;
        await expect(run(['import-values', file, '--plan', String(planId)], () => undefined)).rejects.toThrow(FolderInUseError);

        process.env.LEDSTJARNA_PASSWORD = ADMIN.password;
        const lines: string[] = [];
        expect(await run(['import-values', file, '--plan', String(planId), '--server', url, '--user', ADMIN.email], (l) => lines.push(l))).toBe(0);
        expect(lines.at(-1)).toBe('Importerat: 2 värden från 2 rader, 2 nya och 0 ersatta; 0 tomma celler hoppades över.');
        const wrong = await run(['import-values', file, '--plan', '999999', '--server', url, '--user', ADMIN.email], (l) => lines.push(l));
        expect(wrong).toBe(1);
        expect(lines.at(-1)).toMatch(/^Fel: /);
      } finally {
        await app.close();
        await db.close();
      }
      // The folder opens again and holds what the server wrote.
      const after = await openDb({ dataDir });
      const rows = await after.query<{ period: string; value: number }>(
        'SELECT v.period, v.value FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.name = $1 ORDER BY v.period',
        [MEASURE],
      );
      expect(rows).toEqual([
        { period: '2022-DÅ04', value: 6.1 },
        { period: '2022-DÅ08', value: 5.8 },
      ]);
      await after.close();
    });
  });
});
