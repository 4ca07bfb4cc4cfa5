/** Timing a running server over HTTP: sequential latency percentiles, and sustained load with autocannon. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { buildServer } from '../../scripts/build-server.mjs';
import { percentile } from './percentile';

export interface Latency {
  p50: number;
  p95: number;
}

/** Keeps connections open between requests, as a browser does. */
const keepAlive = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * GETs `url` once, by default as a browser asks (brotli or gzip), and reads the whole answer as
 * sent: its length and its content coding; throws on any non-200 answer. The bytes are not decoded
 * (node's fetch would): what is timed is the server's answer, not the benchmark's own
 * decompressing, which on this 2-core machine would take the server's CPU.
 */
export function getOnce(url: string, cookie: string, acceptEncoding = 'br, gzip'): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: keepAlive, headers: { cookie, 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () =>
        res.statusCode === 200 ? resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }) : reject(new Error(`${url}: ${res.statusCode}`)),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** p50 and p95 of `n` timed GETs of `url`, each after `before` (untimed). */
async function timed(url: string, cookie: string, n: number, before: (i: number) => Promise<void> = async () => undefined): Promise<Latency> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    await before(i);
    const t0 = performance.now();
    await getOnce(url, cookie);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** p50 and p95 of `n` sequential GETs after a warm-up; throws on any non-200 answer. */
export async function latency(url: string, cookie: string, n: number): Promise<Latency> {
  for (let i = 0; i < Math.min(10, n); i++) await getOnce(url, cookie);
  return timed(url, cookie, n);
}

/**
 * p50 and p95 of the first GET of `url` after each of `n` changes: before each, a value of
 * `measureId` is entered through the API (as a person would), which makes the server judge the
 * plan again. `n` differing values, so every change is a real one. As latency() warms up the
 * scorecard, a few changes first warm up the code that judges after a change (a server running
 * all day judged its first change long ago); they are not timed.
 */
export async function latencyAfterChange(baseUrl: string, url: string, cookie: string, measureId: number, n: number, warmUp = 5): Promise<Latency> {
  const enter = async (value: number) => {
    const entered = await fetch(`${baseUrl}/api/measures/${measureId}/values`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ period: '2024', sex: 'T', value, status: 'final' }),
    });
    if (entered.status !== 201) throw new Error(`value entry: ${entered.status} ${await entered.text()}`);
  };
  for (let i = 0; i < warmUp; i++) {
    await enter(10 + i);
    await getOnce(url, cookie);
  }
  return timed(url, cookie, n, (i) => enter(50 + i));
}

export interface Load {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p97_5: number;
}

/** `connections` concurrent connections for `seconds`, against one URL. */
export async function sustainedLoad(url: string, cookie: string, connections: number, seconds: number): Promise<Load> {
  const r = await autocannon({ url, connections, duration: seconds, headers: { cookie }, timeout: 30 });
  return {
    requestsPerSecond: r.requests.average,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Bytes of `url`'s answer as sent with each content coding. The server codes a scorecard answer
 * quickly for its first readers and smaller once it is read again (scorecard-answers.ts): brotli
 * is given as the first reader gets it and as a later reader does (asked again until the answer
 * shrinks, for at most 2 s).
 */
export async function answerBytes(url: string, cookie: string): Promise<{ identity: number; brFirst: number; br: number; gzip: number }> {
  const bytes = async (encoding: string) => {
    const sent = await getOnce(url, cookie, encoding);
    if (sent.encoding !== encoding) throw new Error(`${url}: asked for ${encoding}, got ${sent.encoding}`);
    return sent.bytes;
  };
  const identity = await bytes('identity');
  const brFirst = await bytes('br');
  let br = brFirst;
  for (let tries = 0; br === brFirst && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    br = await bytes('br');
  }
  return { identity, brFirst, br, gzip: await bytes('gzip') };
}

export interface BenchServer {
  url: string;
  /** Peak resident memory so far (VmHWM), in MiB. */
  peakMemoryMiB: () => number;
  /** Resident memory now (VmRSS), in MiB. */
  memoryMiB: () => number;
  stop: () => Promise<void>;
}

/**
 * Starts bench/national/server.ts and waits until it listens. It runs bundled as `npm start` runs
 * the server (scripts/build-server.mjs), so its memory is what production holds, not tsx's too.
 * `nodeArgs` go to node before the script (for example `--cpu-prof`, which NODE_OPTIONS does not take).
 */
export async function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  await buildServer({ main: 'bench/national/server.ts', outdir: 'dist/bench-server' });
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'dist/bench-server/main.mjs'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    peakMemoryMiB: () => {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : Number.NaN;
    },
    memoryMiB: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : Number.NaN;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Signs in over HTTP and returns the Cookie header value. */
export async function signInHttp(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ls_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}
