/**
 * `npm run bench [-- --size tiny|small|medium|full] [--regions N] [--measures N] [--years N]
 *                  [--only pglite|postgres] [--no-bulk] [--seconds 30] [--connections 50] [--changes 100]`
 *
 * The national-scale benchmark (bench/README.md): builds the data set of bench/national on
 * PGlite and, with BENCH_DATABASE_URL or TEST_DATABASE_URL, on PostgreSQL, then measures
 * - bulk-load throughput: the value importer against the database's own COPY of the same rows;
 * - the scorecard endpoint (whole plan, latest period, fulfilment and roll-up): p50/p95 beside
 *   GET /api/me, a same-run reference through the same HTTP, session and database path; and the
 *   first request after each of `--changes` value entries, when the plan is judged anew;
 * - sustained load on the scorecard: 50 connections for 30 s, requests/s and errors;
 * - a deadline day: 20 owners entering values while 50 readers read the scorecard, each person
 *   pausing --think-ms (1 000) between requests (reads p95, errors);
 * - the scorecard's JSON as sent (brotli, gzip) and without coding;
 * - the server's memory right after start, and its peak;
 * - first load (with Debian's Chromium): the sign-in page's JS and CSS as transferred, the scorecard
 *   page's time to ready from a cold browser, Lighthouse's scores on the sign-in page, the scorecard
 *   and the strategic map (bench/national/first-load.ts). `--no-browser` leaves these out.
 * The server runs in a child process, so its memory and event loop are its own.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Db, openDb } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { SKANE_ROADMAP } from '../src/server/bootstrap';
import { createUser } from '../src/server/modules/auth/auth.service';
import { importRoadmapText } from '../src/server/modules/roadmap/roadmap-import.service';
import { type DeadlineDay, deadlineDay } from './national/deadline-day';
import { type FirstLoad, measureFirstLoad } from './national/first-load';
import { generateNational, valueCount } from './national/generate';
import { answerBytes, latency, latencyAfterChange, type Latency, type Load, signInHttp, startServer, sustainedLoad } from './national/http';
import { measureBulkLoad, type BulkLoad } from './national/bulk-load';
import { monthlyValuesPerRegion, SIZES } from './national/sizes';

const { values: opts } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    regions: { type: 'string' },
    measures: { type: 'string' },
    years: { type: 'string' },
    'no-bulk': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    writers: { type: 'string', default: '20' },
    readers: { type: 'string', default: '50' },
    'think-ms': { type: 'string', default: '1000' },
    only: { type: 'string' },
    requests: { type: 'string', default: '100' },
    changes: { type: 'string', default: '100' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    // Issue 13: /api/me while uploads and renders attack, and a load with zero 5xx (bench/stall.ts).
    stall: { type: 'boolean', default: false },
  },
});
if (opts.stall) {
  const { benchStall } = await import('./stall');
  const connections = opts.connections === '50' ? 100 : Number(opts.connections);
  const seconds = opts.seconds === '30' ? 60 : Number(opts.seconds);
  console.log(JSON.stringify(await benchStall(connections, seconds), null, 2));
  process.exit(0);
}
const base = SIZES[opts.size!];
if (!base) throw new Error(`--size: one of ${Object.keys(SIZES).join(', ')}`);
const size = {
  ...base,
  regions: opts.regions ? Number(opts.regions) : base.regions,
  measures: opts.measures ? Number(opts.measures) : base.measures,
  years: opts.years ? Number(opts.years) : base.years,
};
const BENCH_USER = { email: 'bench@ledstjarna.local', password: 'bench-password-1' };

interface Figures {
  database: string;
  generateSeconds: number;
  values: number;
  bulk: BulkLoad | null;
  reference: Latency;
  scorecard: Latency;
  afterChange: Latency;
  load: Load;
  deadline: DeadlineDay;
  /** The scorecard's JSON as sent: bytes without coding, with brotli (to its first reader and to later ones), with gzip (to its first reader). */
  scorecardBytes: { identity: number; brFirst: number; br: number; gzip: number };
  memoryAfterStartMiB: number;
  peakMemoryMiB: number;
  firstLoad: FirstLoad | null;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
const rate = (v: number) => `${Math.round(v).toLocaleString('sv-SE')} rader/s`;

async function benchOne(database: string, open: () => Promise<Db>, serverEnv: Record<string, string>): Promise<Figures> {
  console.log(`\n== ${database}: ${size.regions} regioner × ${size.measures} mått × ${size.years} år × 12 mån × 3 kön × ${size.areas} områden = ${(size.regions * monthlyValuesPerRegion(size)).toLocaleString('sv-SE')} månadsvärden, och flödesmåttens delårs- och årsvärden`);
  const db = await open();
  await migrate(db);
  const t0 = Date.now();
  const regions = await generateNational(db, size, (line) => console.log(line));
  const generateSeconds = (Date.now() - t0) / 1000;
  await createUser(db, { ...BENCH_USER, name: 'Benchmark', mustChange: false, organisationId: regions[0]!.organisationId, role: 'admin' });
  const bulk = opts['no-bulk'] ? null : await measureBulkLoad(db, size, (line) => console.log(line));
  // The strategic map (seed 002) for the first-load figures, in the first region's organisation.
  const map = await importRoadmapText(db, { organisationId: regions[0]!.organisationId, text: readFileSync(SKANE_ROADMAP, 'utf8'), sourceName: 'bench' });
  await db.close();

  const server = await startServer(serverEnv);
  try {
    // Ready, nothing asked yet: what the server holds after start.
    const memoryAfterStartMiB = server.memoryMiB();
    console.log(`  minne efter start ${Math.round(memoryAfterStartMiB)} MiB (mål ≤ 300 MB)`);
    const cookie = await signInHttp(server.url, BENCH_USER.email, BENCH_USER.password);
    const n = Number(opts.requests);
    const scorecardUrl = `${server.url}/api/plans/${regions[0]!.planId}/scorecard`;
    const reference = await latency(`${server.url}/api/me`, cookie, n);
    const scorecard = await latency(scorecardUrl, cookie, n);
    console.log(`  styrkort p50 ${ms(scorecard.p50)} p95 ${ms(scorecard.p95)}; referens /api/me p50 ${ms(reference.p50)} p95 ${ms(reference.p95)}`);
    const afterChange = await latencyAfterChange(server.url, scorecardUrl, cookie, regions[0]!.measures[0]!.id, Number(opts.changes));
    console.log(`  styrkort direkt efter en ändring p50 ${ms(afterChange.p50)} p95 ${ms(afterChange.p95)}`);
    const scorecardBytes = await answerBytes(scorecardUrl, cookie);
    console.log(
      `  styrkortets JSON ${kB(scorecardBytes.identity)}, brotli ${kB(scorecardBytes.br)} (första läsaren efter en ändring ${kB(scorecardBytes.brFirst)}), gzip ${kB(scorecardBytes.gzip)} (första läsaren)`,
    );
    const load = await sustainedLoad(scorecardUrl, cookie, Number(opts.connections), Number(opts.seconds));
    console.log(`  last: ${load.requestsPerSecond.toFixed(1)} anrop/s, ${load.errors} fel, ${load.non2xx} svar utan 2xx`);
    const deadline = await deadlineDay(server.url, scorecardUrl, cookie, regions[0]!.measures.slice(1).map((m) => m.id), {
      writers: Number(opts.writers),
      readers: Number(opts.readers),
      seconds: Number(opts.seconds),
      thinkMs: Number(opts['think-ms']),
    });
    console.log(`  deadlinedag: ${deadline.reads} läsningar p50 ${ms(deadline.read.p50)} p95 ${ms(deadline.read.p95)}, ${deadline.writes} inmatningar, ${deadline.errors} fel`);
    const firstLoad = opts['no-browser'] ? null : await measureFirstLoad(server.url, cookie, { scorecard: `/plans/${regions[0]!.planId}`, map: `/roadmaps/versions/${map.versionId}` });
    if (firstLoad) {
      for (const p of firstLoad.pages) console.log(`  Lighthouse ${p.page}: prestanda ${p.performance}, tillgänglighet ${p.accessibility}, bästa praxis ${p.bestPractices}; JS+CSS ${kB(p.scriptAndStyleBytes)}`);
      console.log(`  styrkortssidan kall: ${firstLoad.scorecardColdMs.map(ms).join(', ')} (i ett nytt fönster genast: ${firstLoad.scorecardColdNewWindowMs.map(ms).join(', ')})`);
    }
    return {
      database,
      generateSeconds,
      values: regions.reduce((n, r) => n + valueCount(r.measures, size), 0),
      bulk,
      reference,
      scorecard,
      afterChange,
      load,
      deadline,
      scorecardBytes,
      memoryAfterStartMiB,
      peakMemoryMiB: server.peakMemoryMiB(),
      firstLoad,
    };
  } finally {
    await server.stop();
  }
}

function report(all: Figures[]): void {
  console.log(`\n## Benchmark, storlek ${opts.size} (${size.regions} regioner, ${size.measures} mått per plan), ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| databas | COPY (referens) | import | import / COPY | styrkort p50 / p95 | /api/me p50 / p95 | kvot p50 / p95 | efter ändring p50 / p95 | last: anrop/s, fel | toppminne server |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const f of all) {
    const bulk = f.bulk
      ? `${rate(f.bulk.copyRowsPerSecond)} | ${rate(f.bulk.importRowsPerSecond)} | ${(f.bulk.importRowsPerSecond / f.bulk.copyRowsPerSecond).toFixed(2)}`
      : '– | – | –';
    console.log(
      `| ${f.database} | ${bulk} ` +
        `| ${ms(f.scorecard.p50)} / ${ms(f.scorecard.p95)} | ${ms(f.reference.p50)} / ${ms(f.reference.p95)} ` +
        `| ${(f.scorecard.p50 / f.reference.p50).toFixed(1)}× / ${(f.scorecard.p95 / f.reference.p95).toFixed(1)}× ` +
        `| ${ms(f.afterChange.p50)} / ${ms(f.afterChange.p95)} ` +
        `| ${f.load.requestsPerSecond.toFixed(1)}, ${f.load.errors + f.load.non2xx} | ${Math.round(f.peakMemoryMiB)} MiB |`,
    );
  }
  console.log('\n| databas | mål | efter ändring p95 ≤ 50 ms | deadlinedag läsningar p95 ≤ 100 ms, 0 fel | styrkortets JSON brotli ≤ 300 kB | minne efter start ≤ 300 MB | inloggningssidans JS+CSS ≤ 100 kB | styrkortssidan kall < 1 s (median) | Lighthouse prestanda ≥ 0,95 / tillgänglighet 1 / bästa praxis ≥ 0,95: inloggning; styrkort; strategisk karta |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const f of all) {
    const fl = f.firstLoad;
    const lh = fl ? fl.pages.map((p) => `${p.performance} / ${p.accessibility} / ${p.bestPractices}`).join('; ') : '–';
    const signIn = fl?.pages.find((p) => p.page === 'sign-in');
    console.log(
      `| ${f.database} | uppmätt | ${ms(f.afterChange.p95)} (${(f.afterChange.p95 / f.reference.p95).toFixed(1)}× /api/me) ` +
        `| ${ms(f.deadline.read.p95)} (${(f.deadline.read.p95 / f.reference.p95).toFixed(1)}× /api/me), ${f.deadline.errors} fel, ${f.deadline.writes} inmatningar ` +
        `| ${kB(f.scorecardBytes.br)}, första läsaren ${kB(f.scorecardBytes.brFirst)} (${kB(f.scorecardBytes.identity)} okodad) | ${Math.round(f.memoryAfterStartMiB)} MiB ` +
        `| ${signIn ? kB(signIn.scriptAndStyleBytes) : '–'} | ${fl ? ms(median(fl.scorecardColdMs)) : '–'} | ${lh} |`,
    );
  }
  for (const f of all) {
    const bulk = f.bulk ? `; bulkinläsning av ${f.bulk.rows.toLocaleString('sv-SE')} rader` : '';
    console.log(`\n${f.database}: ${f.values.toLocaleString('sv-SE')} värden genererade på ${f.generateSeconds.toFixed(0)} s${bulk}.`);
  }
}

// The pages the first-load figures load are the built ones: built now if the sources changed (as `npm start` does).
if (!opts['no-browser']) execFileSync(process.execPath, ['scripts/build-if-changed.mjs'], { stdio: 'inherit' });

const results: Figures[] = [];
if (opts.only !== 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledstjarna-bench-'));
  try {
    results.push(await benchOne('PGlite', () => openDb({ dataDir }), { DATA_DIR: dataDir, DATABASE_URL: '' }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (opts.only !== 'pglite' && url) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  try {
    results.push(await benchOne('PostgreSQL', () => openDb({ databaseUrl: url, schema }), { DATABASE_URL: url, BENCH_SCHEMA: schema }));
  } finally {
    const admin = await openDb({ databaseUrl: url });
    await admin.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.close();
  }
} else if (opts.only !== 'pglite') {
  console.log('\n(PostgreSQL hoppades över: sätt BENCH_DATABASE_URL=postgres://… för att ta med den)');
}
report(results);
