import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { LOCK_FILE } from '../src/db/folder-lock';
import { madeOnce } from '../src/test-support/made-once';

export const ADMIN = { email: 'admin@ledstjarna.local', password: 'e2e-admin-password' };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let serverBuilt = false;
/** The server bundle `npm start` runs, built first if src/ changed since it was built (once per file of journeys). */
function serverEntry(): string {
  if (!serverBuilt) execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'ignore' });
  serverBuilt = true;
  return 'dist/server/main.mjs';
}

/** A call to the API with a signed-in person's session: `(method, path, body?) => Response`. */
export type ApiCall = (method: string, path: string, body?: unknown) => Promise<Response>;

/** Signs in through the API (the journeys' setup, as a script would) and returns calls carrying the session. */
export async function apiAs(url: string, who: { email: string; password: string }): Promise<ApiCall> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  if (login.status !== 200) throw new Error(`sign-in failed for ${who.email}: ${login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return (method, path, body) =>
    fetch(`${url}${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
}

export interface RunningApp {
  url: string;
  stop: () => Promise<void>;
}

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** Starts the bundle on `dataDir` and waits until it answers. */
async function startServer(dataDir: string, env?: (url: string) => Record<string, string>): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [serverEntry()], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LEDSTJARNA_ADMIN_PASSWORD: ADMIN.password,
      DATABASE_URL: '',
      ...env?.(url),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const res = await fetch(`${url}/api/me`);
      if (res.status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, child, output: () => output };
}

async function stopServer(server: Server): Promise<void> {
  server.child.kill('SIGTERM');
  if (server.child.exitCode === null) await new Promise((r) => server.child.once('exit', r));
}

/**
 * A data folder as the first start leaves it (the seeds loaded, the first admin made), made once
 * for these sources and copied for every file of journeys: each file still gets a folder of its
 * own, without paying the seeds' import again. Kept in the temp folder under the hash of the
 * server's sources and the seeds (madeOnce).
 */
async function templateDataDir(): Promise<string> {
  serverEntry();
  const hash = createHash('sha256').update(readFileSync('dist/server/.source-hash')).update(ADMIN.password);
  for (const f of readdirSync('data/seeds').sort()) hash.update(f).update(readFileSync(join('data/seeds', f)));
  return madeOnce('ledstjarna-e2e-template', hash.digest('hex').slice(0, 16), 'PG_VERSION', async (into) => stopServer(await startServer(into)));
}

/**
 * Starts the real server (as `npm start` does: the bundle of scripts/build-server.mjs, built here
 * if src/ changed since) on a data folder of its own, as a first start leaves it;
 * `env` adds variables that may name the server's own address (e.g. LEDSTJARNA_PUBLIC_URL).
 */
export async function startApp(env?: (url: string) => Record<string, string>): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledstjarna-e2e-'));
  cpSync(await templateDataDir(), dataDir, { recursive: true, filter: (from) => !from.endsWith(LOCK_FILE) });
  const server = await startServer(dataDir, env);
  return {
    url: server.url,
    stop: async () => {
      await stopServer(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium through playwright-core: never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Scans the page with axe for WCAG 2.1 A and AA rules and expects zero violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** Fills in and submits the sign-in form (the page must show it) as the first administrator. */
export async function submitSignIn(page: Page): Promise<void> {
  await page.getByLabel('E-postadress').fill(ADMIN.email);
  await page.getByLabel('Lösenord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}
