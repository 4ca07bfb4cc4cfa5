import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { openDb } from '../src/db/client';
import { LOCK_FILE } from '../src/db/folder-lock';
import { migrate } from '../src/db/migrate';

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

// Journeys run from the project's folder (startApp starts src/server/main.ts from there too).
const MIGRATIONS = join(process.cwd(), 'src', 'db', 'migrations');
const PGLITE_PACKAGE = join(process.cwd(), 'node_modules', '@electric-sql', 'pglite', 'package.json');
const READY = 'ledstjarna-template-ready';

/**
 * A migrated, empty PGlite data folder that each journey's server starts from, as a copy. Creating
 * a PGlite database (initdb in WebAssembly) and migrating it took 13–30 s of every journey's setup
 * on a loaded machine; copying a made one takes about 3 s. It is made once per set of migrations
 * and PGlite version (its name holds their hash) and kept in the temp folder; a server still migrates and seeds its copy.
 */
async function templateDataDir(): Promise<string> {
  // Made anew when a migration or PGlite's version (its folder format) changes.
  const hash = createHash('sha256').update(readFileSync(PGLITE_PACKAGE));
  for (const name of readdirSync(MIGRATIONS).sort()) hash.update(name).update(readFileSync(join(MIGRATIONS, name)));
  const dir = join(tmpdir(), `ledstjarna-e2e-template-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, READY))) return dir;
  const making = mkdtempSync(`${dir}-making-`);
  const db = await openDb({ dataDir: making });
  await migrate(db);
  await db.close();
  writeFileSync(join(making, READY), '');
  try {
    renameSync(making, dir);
  } catch {
    // Another run made it meanwhile: theirs is as good.
    rmSync(making, { recursive: true, force: true });
  }
  return dir;
}

export interface RunningApp {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real server (as `npm start` does, minus the build) on a fresh PGlite data folder (a copy
 * of a migrated, empty one: templateDataDir);
 * `env` adds variables that may name the server's own address (e.g. LEDSTJARNA_PUBLIC_URL).
 */
export async function startApp(env?: (url: string) => Record<string, string>): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ledstjarna-e2e-'));
  const template = await templateDataDir();
  cpSync(template, dataDir, { recursive: true, filter: (from) => !from.endsWith(READY) && !from.endsWith(LOCK_FILE) });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LEDSTJARNA_ADMIN_PASSWORD: ADMIN.password,
      DATABASE_URL: '',
      ...env?.(`http://127.0.0.1:${port}`),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
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
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
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
