import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import type { ValueImportJob, ValueUpload } from '../../shared/value-import-types';
import { ADMIN, signIn } from '../../test-support/app';
import { describeEachDatabase } from '../../test-support/databases';
import { buildApp } from '../app';
import { firstStart } from '../bootstrap';
import { koladaClient } from '../modules/kolada/kolada.client';
import { bossDb } from './boss-db';
import { type Jobs, startJobs } from './jobs';
import { VALUE_IMPORT_GIVEN_UP_QUEUE, VALUE_IMPORT_QUEUE, workQueue } from './value-import-job';

const VARDSKADOR = 'Andel vårdskador, sluten somatisk vård';
const kolada = koladaClient({ baseUrl: 'http://127.0.0.1:9' });

function multipart(fileName: string, text: string) {
  const boundary = '----ledstjarna-job-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`;
  return { payload: Buffer.from(`${head}${text}\r\n--${boundary}--\r\n`), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describeEachDatabase('the value import as a pg-boss job', (getDb) => {
  let db: Db;
  let planId: number;
  const bossSchema = `pgboss_${randomBytes(5).toString('hex')}`;
  const running: { stop(): Promise<unknown> }[] = [];

  beforeAll(async () => {
    db = getDb();
    const first = await firstStart(db, { adminEmail: ADMIN.email, adminPassword: ADMIN.password, seed: true });
    planId = first.planId!;
  });
  afterAll(async () => {
    for (const r of running.reverse()) await r.stop().catch(() => undefined);
    if (db.kind === 'postgres') await db.exec(`DROP SCHEMA IF EXISTS ${bossSchema} CASCADE`);
  });

  /** A server: the app, with its value imports queued on pg-boss (`jobs`), or on a queue nobody works yet (`boss`). */
  async function server(queue: Parameters<typeof buildApp>[0]['queue']) {
    const app = await buildApp({ db, config: { secureCookies: false }, queue });
    return { app, cookie: await signIn(app) };
  }
  /** pg-boss without a worker: a server that queues an import and goes down before any worker takes it. */
  async function bossWithoutWorker() {
    const boss = new PgBoss({ db: bossDb(db), schema: bossSchema, maintenanceIntervalSeconds: 3600 });
    await boss.start();
    await boss.createQueue(VALUE_IMPORT_GIVEN_UP_QUEUE);
    await boss.createQueue(VALUE_IMPORT_QUEUE);
    return boss;
  }
  async function workers(): Promise<Jobs> {
    const jobs = await startJobs(db, kolada, { schema: bossSchema, pollingIntervalSeconds: 0.5, scheduled: false, maintenanceIntervalSeconds: 3600 });
    running.push(jobs);
    return jobs;
  }
  async function queueImport(app: FastifyInstance, cookie: string, text: string): Promise<ValueUpload> {
    const m = multipart('värden.csv', text);
    const up = (await app.inject({ method: 'POST', url: `/api/plans/${planId}/value-imports`, payload: m.payload, headers: { ...m.headers, cookie } })).json<ValueUpload>();
    const start = await app.inject({ method: 'POST', url: `/api/value-imports/${up.id}/run`, payload: { mapping: up.suggestedMapping }, headers: { cookie } });
    expect(start.statusCode).toBe(202);
    expect(start.json<ValueImportJob>().status).toBe('running');
    return up;
  }
  async function untilFinished(id: number): Promise<{ status: string; attempts: number }> {
    for (let i = 0; i < 240; i++) {
      const [row] = await db.query<{ status: string; attempts: number }>('SELECT status, attempts FROM value_imports WHERE id = $1', [id]);
      if (row!.status !== 'running') return row!;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the import did not finish');
  }
  const storedFrom = async (source: string) =>
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM measure_values WHERE source = $1', [source]))[0]!.n;
  const csv = (period: string) => `Mått;Period;Kön;Värde\n${VARDSKADOR};${period};T;5,1\n${VARDSKADOR};${period};K;5,4\n${VARDSKADOR};${period};M;4,9\n`;

  it('an import queued by a server that stops before working it is done by the next server, once', async () => {
    const boss = await bossWithoutWorker();
    const a = await server(workQueue(boss));
    const up = await queueImport(a.app, a.cookie, csv('2023-DÅ04'));
    await a.app.close();
    await boss.stop({ graceful: false, wait: true });
    // Down: the import waits in the queue; nothing is stored and nothing is lost.
    expect((await db.query<{ status: string }>('SELECT status FROM value_imports WHERE id = $1', [up.id]))[0]!.status).toBe('running');
    expect(await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM measure_values WHERE period = '2023-DÅ04'`)).toEqual([{ n: 0 }]);

    await workers();
    expect(await untilFinished(up.id)).toEqual({ status: 'done', attempts: 1 });
    expect(await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM measure_values WHERE period = '2023-DÅ04'`)).toEqual([{ n: 3 }]);
  });

  it('with two servers working the queue, an import runs once; a second click while it runs is refused', async () => {
    const one = running[0] as Jobs;
    await workers(); // a second server's worker on the same queue
    const s = await server(one.queue);
    const up = await queueImport(s.app, s.cookie, csv('2023-DÅ08'));
    const again = await s.app.inject({ method: 'POST', url: `/api/value-imports/${up.id}/run`, payload: { mapping: up.suggestedMapping }, headers: { cookie: s.cookie } });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'conflict']);
    expect(await untilFinished(up.id)).toEqual({ status: 'done', attempts: 1 });
    await new Promise((r) => setTimeout(r, 1500)); // both workers have polled again
    const job = (await s.app.inject({ method: 'GET', url: `/api/value-imports/${up.id}`, headers: { cookie: s.cookie } })).json<ValueImportJob>();
    expect(job).toMatchObject({ status: 'done', interrupted: 0, summary: { values: 3, inserted: 3 } });
    expect(await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM measure_values WHERE period = '2023-DÅ08'`)).toEqual([{ n: 3 }]);
    await s.app.close();
  });

  it('an import whose worker was cut off is taken up again from the start and marked as interrupted', async () => {
    const boss = await bossWithoutWorker();
    running.push({ stop: () => boss.stop({ graceful: false, wait: true }) });
    const s = await server(workQueue(boss));
    // The running workers must not take this job before it is "cut off": stop them for now.
    for (const r of running.splice(0, 2)) await r.stop();
    const up = await queueImport(s.app, s.cookie, csv('2023'));
    // A worker takes the job, starts the import (its first attempt, a staged row written) and dies.
    const [job] = await boss.fetch<{ importId: number }>(VALUE_IMPORT_QUEUE);
    expect(job!.data.importId).toBe(up.id);
    await db.query("UPDATE value_imports SET attempts = 1, phase = 'reading' WHERE id = $1", [up.id]);
    await db.query("INSERT INTO value_import_rows VALUES ($1, 2, (SELECT id FROM measures WHERE plan_id = $2 AND name = $3), '2023', 'T', '', '', 99)", [up.id, planId, VARDSKADOR]);
    // pg-boss ends a dead worker's job as failed (by expiry); it is retried.
    await boss.fail(VALUE_IMPORT_QUEUE, job!.id, { message: 'worker stopped' });
    await workers();
    expect(await untilFinished(up.id)).toEqual({ status: 'done', attempts: 2 });
    const polled = (await s.app.inject({ method: 'GET', url: `/api/value-imports/${up.id}`, headers: { cookie: s.cookie } })).json<ValueImportJob>();
    expect(polled).toMatchObject({ status: 'done', interrupted: 1, summary: { values: 3, inserted: 3 } });
    const stored = await db.query<{ sex: string; value: number }>(
      "SELECT sex, value FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.plan_id = $1 AND v.period = '2023' AND m.name = $2 ORDER BY sex",
      [planId, VARDSKADOR],
    );
    expect(stored).toEqual([{ sex: 'K', value: 5.4 }, { sex: 'M', value: 4.9 }, { sex: 'T', value: 5.1 }]);
    expect(await db.query('SELECT 1 FROM value_import_rows WHERE import_id = $1', [up.id])).toEqual([]);
    expect(await storedFrom('värden.csv')).toBe(9);
    await s.app.close();
  });

  it('an import whose job fails every retry is marked failed, never left running', async () => {
    for (const r of running.splice(0)) await r.stop();
    const boss = await bossWithoutWorker();
    running.push({ stop: () => boss.stop({ graceful: false, wait: true }) });
    const s = await server(workQueue(boss));
    const up = await queueImport(s.app, s.cookie, csv('2024-DÅ04'));
    // Three workers in a row take the job and die (pg-boss: the first run and two retries).
    for (let attempt = 1; attempt <= 3; attempt++) {
      let job: PgBoss.Job<{ importId: number }> | undefined;
      for (let i = 0; i < 40 && !job; i++) {
        [job] = await boss.fetch<{ importId: number }>(VALUE_IMPORT_QUEUE);
        if (!job) await new Promise((r) => setTimeout(r, 250));
      }
      expect(job?.data.importId).toBe(up.id);
      await db.query('UPDATE value_imports SET attempts = $2 WHERE id = $1', [up.id, attempt]);
      await boss.fail(VALUE_IMPORT_QUEUE, job!.id, { message: 'worker stopped' });
    }
    await workers();
    expect(await untilFinished(up.id)).toEqual({ status: 'failed', attempts: 3 });
    const polled = (await s.app.inject({ method: 'GET', url: `/api/value-imports/${up.id}`, headers: { cookie: s.cookie } })).json<ValueImportJob>();
    expect(polled).toMatchObject({ status: 'failed', message: 'Importen avbröts 3 gånger och gavs upp. Inget har importerats. Starta den igen.' });
    expect(await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM measure_values WHERE period = '2024-DÅ04'`)).toEqual([{ n: 0 }]);
    // Started again, it runs.
    const again = await s.app.inject({ method: 'POST', url: `/api/value-imports/${up.id}/run`, payload: { mapping: up.suggestedMapping }, headers: { cookie: s.cookie } });
    expect(again.statusCode).toBe(202);
    await s.app.close();
  });
});
