/**
 * `npm run bench -- --stall [--seconds 60] [--connections 100]`: issue 13's "nobody can stall it".
 * Starts the seeded app in a child process and measures
 * - GET /api/me latency (p50, p95, max) while the probe's four attacks run at once: a 45 MB CSV
 *   with a quote left open, a CSV of a million columns, a zip bomb dressed as XLSX, and six
 *   parallel plan PDFs (goal: /api/me ≤ 200 ms);
 * - a sustained load of `connections` connections for `seconds` on the scorecard: requests/s
 *   and how many answers were 5xx (goal: none).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildServer } from '../scripts/build-server.mjs';
import { multipartFile, unclosedQuoteCsv, wideCsv, zipBombXlsx } from '../src/test-support/fixtures/stall.fixtures';
import { freePort, signInHttp } from './national/http';
import { percentile } from './national/percentile';

export interface StallFigures {
  meDuringAttacks: { p50: number; p95: number; max: number; /** When the slowest answer was asked, in ms after the attacks began. */ maxAtMs: number; samples: number };
  attacks: Record<string, number>;
  load: { connections: number; seconds: number; requestsPerSecond: number; requests: number; status5xx: number; errors: number };
}

async function start(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ledstjarna-stall-'));
  // Bundled as `npm start` runs the server (scripts/build-server.mjs).
  await buildServer({ main: 'bench/stall-server.ts', outdir: 'dist/stall-server' });
  const child: ChildProcess = spawn(process.execPath, ['dist/stall-server/main.mjs'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`stall server exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function benchStall(connections: number, seconds: number): Promise<StallFigures> {
  const server = await start();
  try {
    const cookie = await signInHttp(server.url, 'bench@ledstjarna.local', 'bench-password-1');
    // Each attack from its own person (stall-server.ts): one person may have only two under way.
    const attackers = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => signInHttp(server.url, `attacker${i}@ledstjarna.local`, 'bench-password-1')));
    // The bodies are built before the attacks begin (the zip bomb alone deflates 400 MB).
    const bodies = {
      open: multipartFile('open.csv', unclosedQuoteCsv(45 * 1024 * 1024)),
      wide: multipartFile('wide.csv', wideCsv(1_000_000)),
      bomb: multipartFile('bomb.xlsx', zipBombXlsx(400 * 1024 * 1024)),
    };
    const upload = async (who: number, body: ReturnType<typeof multipartFile>) => {
      const res = await fetch(`${server.url}/api/plans/1/value-imports`, { method: 'POST', headers: { ...body.headers, cookie: attackers[who - 1]! }, body: body.payload });
      await res.arrayBuffer();
      return res.status;
    };
    const pdf = async (who: number) => {
      const res = await fetch(`${server.url}/api/plans/1/documents/plan.pdf`, { headers: { cookie: attackers[who - 1]! } });
      await res.arrayBuffer();
      return res.status;
    };
    // /api/me is asked from a thread of its own (stall-prober.mjs), so that it times the server,
    // not this thread, which is busy sending the attacks.
    const prober = new Worker(new URL('./stall-prober.mjs', import.meta.url), { workerData: { url: server.url, cookie } });
    const message = <T>() =>
      new Promise<T>((resolve, reject) => {
        prober.once('message', resolve);
        prober.once('error', reject);
      });
    await message<'ready'>();
    const probed = message<{ samples: number[]; slowest: { ms: number; at: number } }>();
    const attacks: Record<string, number> = {};
    const named = (name: string, p: Promise<number>) => p.then((s) => (attacks[name] = s));
    prober.postMessage('go');
    await Promise.all([
      named('csv-open-quote-45MB', upload(1, bodies.open)),
      named('csv-1M-columns', upload(2, bodies.wide)),
      named('xlsx-zip-bomb', upload(3, bodies.bomb)),
      // Six PDFs from three more people, two each: as many as each may have under way.
      ...Array.from({ length: 6 }, (_, i) => named(`plan-pdf-${i + 1}`, pdf(4 + Math.floor(i / 2)))),
    ]);
    prober.postMessage('stop');
    const { samples, slowest } = await probed;
    await prober.terminate();
    samples.sort((a, b) => a - b);
    const at = (p: number) => Math.round(percentile(samples, p));
    const r = await autocannon({ url: `${server.url}/api/plans/1/scorecard`, connections, duration: seconds, headers: { cookie }, timeout: 30 });
    return {
      meDuringAttacks: { p50: at(50), p95: at(95), max: Math.round(samples.at(-1)!), maxAtMs: Math.round(slowest.at), samples: samples.length },
      attacks,
      load: { connections, seconds, requestsPerSecond: Math.round(r.requests.average), requests: r.requests.total, status5xx: (r as unknown as Record<string, number>)['5xx'] ?? Number.NaN, errors: r.errors + r.timeouts },
    };
  } finally {
    await server.stop();
  }
}
