import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../cli/main';
import { type Db, openDb } from '../../../db/client';
import { migrate } from '../../../db/migrate';
import { seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { verifyAuditChain } from '../audit/audit.service';
import { restoreBackup, scheduledBackup, writeBackup } from './backup.service';

/** Every table's rows as one fingerprint each (count and hash of the sorted rows), and every sequence's state. */
async function contents(db: Db): Promise<Record<string, string>> {
  await db.query("SET TimeZone = 'UTC'");
  const tables = await db.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    // The entry that records a restore is the one row the restored database adds.
    const where = name === 'audit_log' ? "WHERE NOT (x.object_type = 'backup' AND x.action = 'restore')" : '';
    const [r] = await db.query<{ n: number; h: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS h FROM "${name}" x ${where}`,
    );
    out[name] = `${r!.n} ${r!.h}`;
  }
  const seqs = await db.query<{ name: string }>('SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = current_schema()');
  for (const { name } of seqs) {
    const [s] = await db.query<{ v: string; c: boolean }>(`SELECT last_value::text AS v, is_called AS c FROM "${name}"`);
    out[`sequence ${name}`] = `${s!.v} ${s!.c}`;
  }
  return out;
}

/** Adds the kinds of data a seed lacks: values of each breakdown, a judgement, bytes, arrays, JSON, audit entries. */
async function enrich(db: Db, planId: number): Promise<void> {
  const [m] = await db.query<{ id: number }>('SELECT id FROM measures WHERE plan_id = $1 ORDER BY id LIMIT 1', [planId]);
  await db.query(
    `INSERT INTO measure_values (measure_id, period, sex, age_band, area, value, status, source)
     VALUES ($1, '2022', 'K', '', '', 0.1 + 0.2, 'final', 'test'), ($1, '2022-DÅ04', 'T', '65-', 'Luleå', -1e-300, 'preliminary', 'prov ''citat''')`,
    [m!.id],
  );
  await db.query(
    `INSERT INTO value_imports (plan_id, file_name, format, content, byte_size, status, mapping)
     VALUES ($1, 'bytes.csv', 'csv', $2, 4, 'uploaded', '{"layout":"long","nested":{"ä":[1,2.5,null]}}')`,
    [planId, new Uint8Array([0, 255, 10, 92])],
  );
  await db.query(
    `INSERT INTO kolada_fetches (measure_id, kpi, municipality_ids, years, trigger, outcome, reason)
     VALUES ($1, 'N00404', ARRAY['0025','0000'], ARRAY[2021,2022], 'manual', 'ok', E'rad 1\\nrad "2"')`,
    [m!.id],
  );
}

describeEachDatabase('backup and restore', (db) => {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-backup-'));
  let planId: number;
  const targets: { db: Db; drop?: string }[] = [];
  const emptyTarget = async (): Promise<Db> => {
    if (db().kind === 'postgres') {
      const schema = `restore_${randomBytes(5).toString('hex')}`;
      const target = await openDb({ databaseUrl: process.env.TEST_DATABASE_URL!, schema });
      targets.push({ db: target, drop: schema });
      return target;
    }
    const target = await openDb({ dataDir: join(dir, `data-${randomBytes(4).toString('hex')}`) });
    targets.push({ db: target });
    return target;
  };

  beforeAll(async () => {
    const seeded = await seededApp(db());
    planId = seeded.planId;
    await signIn(seeded.app);
    await enrich(db(), planId);
  });
  afterAll(async () => {
    for (const t of targets) {
      if (t.drop) await t.db.exec(`DROP SCHEMA IF EXISTS "${t.drop}" CASCADE`);
      await t.db.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips every table and sequence losslessly into an empty database, the audit chain intact and the backup on record', async () => {
    const file = join(dir, 'full.ljbackup.gz');
    const written = await writeBackup(db(), file, { userId: null });
    expect(written.rows).toBeGreaterThan(500);
    const before = await contents(db());
    expect(Object.keys(before).length).toBeGreaterThan(40);
    const target = await emptyTarget();
    const restored = await restoreBackup(target, file);
    expect(restored).toEqual({ file, tables: written.tables, rows: written.rows });
    const after = await contents(target);
    // Restoring writes one audit entry of its own (excluded from the table's fingerprint): its sequence moved on by one.
    const seqKey = 'sequence audit_log_id_seq';
    const [n, called] = before[seqKey]!.split(' ');
    expect(after[seqKey]).toBe(`${Number(n) + 1} ${called === 'true' || called === 'false' ? 'true' : called}`);
    delete before[seqKey];
    delete after[seqKey];
    expect(after).toEqual(before);
    const actions = await target.query<{ action: string }>("SELECT action FROM audit_log WHERE object_type = 'backup' ORDER BY seq");
    expect(actions.map((a) => a.action)).toEqual(['backup', 'restore']);
    expect(await verifyAuditChain(target)).toMatchObject({ ok: true, firstBreak: null });
    // The restored database works on: new rows take fresh ids.
    const [ins] = await target.query<{ id: number }>(
      "INSERT INTO kolada_fetches (kpi, municipality_ids, years, trigger, outcome) VALUES ('N1', '{}', '{}', 'manual', 'ok') RETURNING id",
    );
    const [max] = await target.query<{ m: number }>('SELECT max(id) AS m FROM kolada_fetches WHERE id <> $1', [ins!.id]);
    expect(max!.m).toBeGreaterThan(0);
    expect(ins!.id).toBeGreaterThan(max!.m ?? 0);
  });

  it('refuses a database that is not empty, and a cut-off file restores nothing', async () => {
    const file = join(dir, 'refused.ljbackup.gz');
    await writeBackup(db(), file, { userId: null });
    await expect(restoreBackup(db(), file)).rejects.toThrow(/inte tom/);
    const whole = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const cut = join(dir, 'cut.ljbackup.gz');
    writeFileSync(cut, gzipSync(whole.slice(0, Math.floor(whole.length / 2)).join('\n')));
    const target = await emptyTarget();
    await expect(restoreBackup(target, cut)).rejects.toThrow(/avklippt/);
    expect(await target.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()")).toEqual([]);
  });

  it('the scheduled backup writes a new file and keeps only the newest', async () => {
    const sdir = mkdtempSync(join(dir, 'scheduled-'));
    writeFileSync(join(sdir, 'annat.txt'), 'not ours');
    for (const [i, day] of ['2026-12-01', '2026-12-02', '2026-12-03'].entries()) {
      const r = await scheduledBackup(db(), sdir, 2, new Date(`${day}T02:30:0${i}Z`));
      expect(r.rows).toBeGreaterThan(0);
    }
    expect(readdirSync(sdir).sort()).toEqual(['annat.txt', 'ledstjarna-20261202-023001.ljbackup.gz', 'ledstjarna-20261203-023002.ljbackup.gz']);
  });
});

describe('npx ledstjarna backup / restore with PGlite folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-backup-cli-'));
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs a data folder up and restores it into a new folder, every table identical; refuses a folder in use or not empty', async () => {
    const source = join(dir, 'source');
    const db = await openDb({ dataDir: source });
    await migrate(db);
    await seededApp(db);
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = source;
    const file = join(dir, 'cli.ljbackup.gz');
    await expect(run(['backup', '--out', file], () => undefined)).rejects.toThrow(/används redan/);
    await db.close();
    const lines: string[] = [];
    expect(await run(['backup', '--out', file], (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toMatch(/^Säkerhetskopian .* är skriven: \d+ tabeller, [\d ]+ rader\.$/);
    expect(await run(['restore', '--from', file], (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toMatch(/inte tom/);
    process.env.DATA_DIR = join(dir, 'restored');
    expect(await run(['restore', '--from', file], (l) => lines.push(l))).toBe(0);
    const a = await openDb({ dataDir: source });
    const b = await openDb({ dataDir: join(dir, 'restored') });
    try {
      const [x, y] = [await contents(a), await contents(b)];
      delete x['sequence audit_log_id_seq'];
      delete y['sequence audit_log_id_seq'];
      expect(y).toEqual(x);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
