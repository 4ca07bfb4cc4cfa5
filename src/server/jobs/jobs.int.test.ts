import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN } from '../../test-support/app';
import { describeEachDatabase } from '../../test-support/databases';
import { type KoladaStandin, startKoladaStandin } from '../../test-support/kolada-standin';
import { syntheticRegionValues } from '../../test-support/kolada-synthetic';
import { firstStart } from '../bootstrap';
import { koladaClient } from '../modules/kolada/kolada.client';
import { type Jobs, startJobs } from './jobs';
import { KOLADA_REFRESH_CRON, KOLADA_REFRESH_QUEUE, koladaRefreshHandler } from './kolada-refresh';

const ANTIBIOTICS = 'Antibiotikarecept per tusen invånare och år';
const WAITING = 'Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare till första besök i specialiserad vård%';

describeEachDatabase('Kolada refresh job', (db) => {
  let standin: KoladaStandin;
  let jobs: Jobs | undefined;
  // pg-boss keeps its tables in a schema of its own: one per run, so parallel runs never share a queue.
  const bossSchema = `pgboss_${randomBytes(5).toString('hex')}`;
  const fetchesOf = (trigger: string) =>
    db().query<{ measure_id: number; outcome: string; reason: string }>('SELECT measure_id, outcome, reason FROM kolada_fetches WHERE trigger = $1 ORDER BY id', [trigger]);

  beforeAll(async () => {
    standin = await startKoladaStandin({ pageSize: 40 });
    standin.addValues(syntheticRegionValues('N00404'));
    await firstStart(db(), { adminEmail: ADMIN.email, adminPassword: ADMIN.password, seed: true });
    await db().query("UPDATE measures SET kolada_kpi = 'N00404' WHERE name = $1", [ANTIBIOTICS]);
    // Linked to a KPI the stand-in has no values for: fetched fine, nothing to store.
    await db().query("UPDATE measures SET kolada_kpi = 'N79241' WHERE name LIKE $1", [WAITING]);
  });
  afterAll(async () => {
    await jobs?.stop();
    if (db().kind === 'postgres') await db().exec(`DROP SCHEMA IF EXISTS ${bossSchema} CASCADE`);
    await standin?.close();
  });

  it('the handler refreshes every linked measure, and one failing does not stop the others', async () => {
    standin.fail({ kind: 'status', status: 500, page: 1 });
    const failedRun = await koladaRefreshHandler(db(), koladaClient({ baseUrl: standin.url }))();
    standin.fail(null);
    expect(failedRun).toMatchObject({ measures: 2, ok: 0 });
    expect(failedRun.failed.map((f) => f.reason)).toEqual(['Kolada svarade med HTTP 500 på sida 1. Inget har ändrats.', 'Kolada svarade med HTTP 500 på sida 1. Inget har ändrats.']);
    expect(await db().query("SELECT count(*)::int AS n FROM measure_values WHERE source = 'Kolada'")).toEqual([{ n: 0 }]);

    const summary = await koladaRefreshHandler(db(), koladaClient({ baseUrl: standin.url }))();
    expect(summary).toEqual({ measures: 2, ok: 2, failed: [] });
    expect(await db().query("SELECT count(*)::int AS n FROM measure_values WHERE source = 'Kolada'")).toEqual([{ n: 14 }]);
    expect((await fetchesOf('schedule')).map((f) => f.outcome)).toEqual(['failed', 'failed', 'ok', 'ok']);
  });

  it('pg-boss runs on this database: the refresh is scheduled nightly and a queued run is worked', async () => {
    jobs = await startJobs(db(), koladaClient({ baseUrl: standin.url }), { schema: bossSchema, pollingIntervalSeconds: 0.5 });
    const schedules = await jobs.boss.getSchedules();
    expect(schedules).toEqual([expect.objectContaining({ name: KOLADA_REFRESH_QUEUE, cron: KOLADA_REFRESH_CRON, timezone: 'Europe/Stockholm' })]);
    const before = (await fetchesOf('schedule')).length;
    const jobId = await jobs.boss.send(KOLADA_REFRESH_QUEUE, {});
    expect(jobId).toBeTruthy();
    const deadline = Date.now() + 30_000;
    let state = '';
    while (Date.now() < deadline) {
      state = (await jobs.boss.getJobById(KOLADA_REFRESH_QUEUE, jobId!))?.state ?? '';
      if (state === 'completed' || state === 'failed') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(state).toBe('completed');
    const job = await jobs.boss.getJobById(KOLADA_REFRESH_QUEUE, jobId!);
    expect(job?.output).toEqual({ measures: 2, ok: 2, failed: [] });
    expect((await fetchesOf('schedule')).length).toBe(before + 2);
  });
});
