/**
 * Rows per second of `importValuesFromFile` on a generated CSV (default 200 000 rows: the 58 seed
 * measures × periods × sex × areas), on PGlite and, with BENCH_DATABASE_URL, on PostgreSQL.
 * `node --import tsx bench/value-import-throughput.ts [rows]`. Prints one line per database.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { openDb, type Db } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { firstStart } from '../src/server/bootstrap';
import { importValuesFromFile } from '../src/server/modules/value-import/value-import.service';

const ROWS = Number(process.argv[2] ?? 200_000);
const PERIODS = ['2022-DÅ04', '2022-DÅ08', '2022', '2023-DÅ04', '2023-DÅ08', '2023', '2024-DÅ04', '2024-DÅ08', '2024'];
const SEXES = ['T', 'K', 'M'];

async function writeCsv(path: string, measureIds: number[]): Promise<void> {
  const out = createWriteStream(path);
  out.write('Mått;Period;Kön;Område;Värde\n');
  let written = 0;
  for (let area = 0; written < ROWS; area++) {
    for (const m of measureIds) for (const p of PERIODS) for (const s of SEXES) {
      if (written >= ROWS) break;
      const line = `${m};${p};${s};Område ${area};${written % 1000},${written % 10}\n`;
      if (!out.write(line)) await once(out, 'drain');
      written += 1;
    }
  }
  out.end();
  await once(out, 'finish');
}

async function bench(name: string, db: Db, dir: string): Promise<void> {
  await migrate(db);
  const first = await firstStart(db, { adminEmail: 'bench@ledstjarna.local', adminPassword: 'bench-password-1', seed: true });
  const planId = first.planId!;
  const measureIds = (await db.query<{ id: number }>('SELECT id FROM measures WHERE plan_id = $1 ORDER BY id', [planId])).map((r) => r.id);
  const path = join(dir, `values-${name}.csv`);
  await writeCsv(path, measureIds);
  const adminId = (await db.query<{ id: number }>('SELECT id FROM users ORDER BY id LIMIT 1'))[0]!.id;
  const actor = { id: adminId, roles: new Map([[first.organisationId!, 'admin' as const]]) };
  const mapping = { layout: 'long' as const, measure: 'Mått', period: 'Period', sex: 'Kön', area: 'Område', value: 'Värde', numberFormat: 'sv' as const };
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = 0;
  const started = performance.now();
  const summary = await importValuesFromFile(db, actor, { planId, path, mapping, onProgress: () => (peak = Math.max(peak, process.memoryUsage().heapUsed)) });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${name}: ${summary.values} rows in ${seconds.toFixed(1)} s = ${Math.round(summary.values / seconds)} rows/s (heap +${Math.round((peak - heapBefore) / 1e6)} MB)`);
}

const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-bench-values-'));
try {
  const pglite = await openDb({});
  await bench('PGlite', pglite, dir).finally(() => pglite.close());
  if (process.env.BENCH_DATABASE_URL) {
    const schema = `bench_values_${process.pid}`;
    const pg = await openDb({ databaseUrl: process.env.BENCH_DATABASE_URL, schema });
    await bench('PostgreSQL', pg, dir).finally(async () => {
      await pg.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pg.close();
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
