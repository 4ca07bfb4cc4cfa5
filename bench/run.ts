/**
 * `npm run bench`: how fast the scorecard answers for the Norrbotten plan with values in every
 * period, on PGlite and (with BENCH_DATABASE_URL or TEST_DATABASE_URL) on PostgreSQL.
 * Figures are reported as ratios to a reference measured in the same run: GET /api/me, which
 * takes the same HTTP, session and database path but does almost no work.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { type Db, openDb } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import type { Scorecard } from '../src/shared/api-types';
import { allNodes, seededApp, signIn } from '../src/test-support/app';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(app: FastifyInstance, url: string, cookie: string): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url, headers: { cookie } }); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    samples.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function fillValues(app: FastifyInstance, cookie: string, planId: number): Promise<number> {
  const sc = (await app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard`, headers: { cookie } })).json() as Scorecard;
  const measures = allNodes(sc.nodes).flatMap((n) => n.measures.map((m) => m.id));
  let n = 0;
  for (const id of measures) {
    for (const p of sc.periods) {
      for (const sex of ['T', 'K', 'M']) {
        const value = String(50 + ((id * 7 + n) % 50));
        await app.inject({ method: 'POST', url: `/api/measures/${id}/values`, headers: { cookie }, payload: { period: p.key, sex, value, status: 'final' } });
        n++;
      }
    }
  }
  return n;
}

async function benchOne(name: string, db: Db): Promise<void> {
  await migrate(db);
  const { app, planId } = await seededApp(db);
  const cookie = await signIn(app);
  const values = await fillValues(app, cookie, planId);
  const reference = await time(app, '/api/me', cookie);
  const scorecard = await time(app, `/api/plans/${planId}/scorecard?period=2022-DÅ08`, cookie);
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(`\n${name}: Norrbotten plan, 58 measures, ${values} values, ${REQUESTS} requests each`);
  console.log(`  reference GET /api/me       p50 ${fmt(reference.p50)}  p95 ${fmt(reference.p95)}`);
  console.log(`  GET scorecard (DÅ 08 2022)  p50 ${fmt(scorecard.p50)}  p95 ${fmt(scorecard.p95)}`);
  console.log(`  ratio scorecard / reference p50 ${(scorecard.p50 / reference.p50).toFixed(1)}×  p95 ${(scorecard.p95 / reference.p95).toFixed(1)}×`);
  await app.close();
}

const pglite = await openDb({});
await benchOne('PGlite (in memory)', pglite);
await pglite.close();

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const pg = await openDb({ databaseUrl: url, schema });
  try {
    await benchOne('PostgreSQL', pg);
  } finally {
    await pg.exec(`DROP SCHEMA "${schema}" CASCADE`);
    await pg.close();
  }
} else {
  console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL=postgres://… to include it)');
}
