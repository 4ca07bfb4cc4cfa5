/**
 * What a browser gets on first load, measured with Debian's Chromium against the bench server
 * (which serves the built web app, dist/web): Lighthouse's performance, accessibility and best
 * practices scores (desktop settings: the app is used at office desks) on the sign-in page, the
 * scorecard and the strategic map; the sign-in page's JS and CSS as transferred (brotli, from
 * Lighthouse's network records); and the scorecard page's time to ready from a cold browser
 * (a new profile: nothing cached; its window open and settled), until the first perspective of
 * the tree is on screen — and, for comparison, the same asked for the moment the window opens.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';
import { freePort } from './http';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PageScores {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** JS and CSS transferred while loading the page, in bytes. */
  scriptAndStyleBytes: number;
  /** Largest contentful paint and total blocking time (ms), cumulative layout shift: what the performance score is made of. */
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface FirstLoad {
  pages: PageScores[];
  /** The scorecard page from a cold browser profile, its window open and settled, until its tree shows: each run, in ms, sorted. */
  scorecardColdMs: number[];
  /** The same, asked for the moment the new window opens, while Chromium still sets up its own UI for it (for comparison): ms, sorted. */
  scorecardColdNewWindowMs: number[];
}

interface Chrome {
  port: number;
  stop: () => Promise<void>;
}

/** Chromium with a DevTools port for Lighthouse, on a profile of its own. */
async function launchChrome(): Promise<Chrome> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'ledstjarna-lh-'));
  const child: ChildProcess = spawn(CHROMIUM, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => d.toString().includes('DevTools listening') && resolve());
    child.once('exit', (code) => reject(new Error(`chromium exited with ${code}`)));
  });
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      // Chromium's helper processes may still be writing the profile as it exits: retry for a few
      // seconds, then leave the temporary folder rather than lose the run's figures.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
      } catch (error) {
        console.log(`  (Chromium's profile ${profile} could not be removed: ${(error as Error).message})`);
      }
    },
  };
}

/** Lighthouse on `url`; a run that Lighthouse itself reports as failed (a time-out on a loaded machine) is tried once more. */
async function audit(chrome: Chrome, name: string, url: string, cookie?: string, retry = true): Promise<PageScores> {
  const result = await lighthouse(
    url,
    { port: chrome.port, logLevel: 'error', output: 'json', ...(cookie ? { extraHeaders: { cookie } } : {}) },
    { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories: ['performance', 'accessibility', 'best-practices'] } },
  );
  if (!result) throw new Error(`lighthouse gave nothing for ${url}`);
  if (result.lhr.runtimeError) {
    console.log(`  Lighthouse ${name}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    if (retry) return audit(chrome, name, url, cookie, false);
  }
  const { categories, audits } = result.lhr;
  const requests = (audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const scriptAndStyleBytes = requests.filter((r) => r.resourceType === 'Script' || r.resourceType === 'Stylesheet').reduce((n, r) => n + (r.transferSize ?? 0), 0);
  const score = (key: string) => categories[key]?.score ?? Number.NaN;
  const metric = (key: string) => audits[key]?.numericValue ?? Number.NaN;
  return {
    page: name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    scriptAndStyleBytes,
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}

/**
 * Set in the page before it loads: when the first h2 (the first perspective heading) is added, the
 * time (epoch ms) after the next frame is painted — a task queued from requestAnimationFrame runs
 * after that frame — told to the bench in a console message. Taken in the page because Playwright's
 * own check runs on the page's main thread too: while the page went on to read the whole scorecard it
 * saw the heading 150–400 ms after it was on screen. And told, not polled for: a locator's wait
 * compiles Playwright's selector engine in the page and runs role queries there, which took about
 * 80 ms of the page's own main thread on this 2-core machine (median of ten alternating loads).
 */
const SHOWN_MESSAGE = 'ledstjarna-bench:heading-shown';
const HEADING_SHOWN = `new MutationObserver((_, observer) => {
  if (!document.querySelector('h2')) return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(() => console.debug('${SHOWN_MESSAGE}', performance.timeOrigin + performance.now())));
}).observe(document, { childList: true, subtree: true });`;

/**
 * How long a new window is left before the page is asked for. For each new window Chromium loads
 * its own omnibox UI (about 40 chrome:// resources in a renderer of their own, for a second on this
 * 2-core machine); asked for at once, the page shared the cores with that (a trace showed those
 * loads from 30 ms before to 1 000 ms after the navigation). A person opens the page in a window
 * that is already open; the profile is new all the same, so nothing of the page is cached.
 */
const WINDOW_SETTLE_MS = 2_000;

/**
 * The scorecard page from a new browser profile each time, `runs` times each way, alternating: ms
 * from asking for the page until its first perspective heading is on screen, once the new window
 * has settled (`settled`) and at once (`newWindow`).
 */
async function scorecardCold(url: string, cookie: string, runs: number): Promise<{ settled: number[]; newWindow: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const eq = cookie.indexOf('=');
  const [name, value] = [cookie.slice(0, eq), cookie.slice(eq + 1)];
  const settled: number[] = [];
  const newWindow: number[] = [];
  const load = async (settle: boolean) => {
    const context = await browser.newContext();
    await context.addCookies([{ name, value, domain: new URL(url).hostname, path: '/' }]);
    const page = await context.newPage();
    await page.addInitScript(HEADING_SHOWN);
    const shown = new Promise<number>((resolve, reject) => {
      page.on('console', (m) => m.text().startsWith(SHOWN_MESSAGE) && resolve(Number(m.text().slice(SHOWN_MESSAGE.length))));
      setTimeout(() => reject(new Error(`${url}: no heading within 60 s`)), WINDOW_SETTLE_MS + 60_000).unref();
    });
    if (settle) await new Promise((r) => setTimeout(r, WINDOW_SETTLE_MS));
    const asked = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    const ms = (await shown) - asked;
    await context.close();
    return ms;
  };
  try {
    for (let i = 0; i < runs; i++) {
      settled.push(await load(true));
      newWindow.push(await load(false));
    }
  } finally {
    await browser.close();
  }
  const sorted = (a: number[]) => a.sort((x, y) => x - y);
  return { settled: sorted(settled), newWindow: sorted(newWindow) };
}

export async function measureFirstLoad(baseUrl: string, cookie: string, paths: { scorecard: string; map: string | null }, runs = 5): Promise<FirstLoad> {
  const cold = await scorecardCold(`${baseUrl}${paths.scorecard}`, cookie, runs);
  const chrome = await launchChrome();
  try {
    const pages = [await audit(chrome, 'sign-in', `${baseUrl}/login`)];
    pages.push(await audit(chrome, 'scorecard', `${baseUrl}${paths.scorecard}`, cookie));
    if (paths.map) pages.push(await audit(chrome, 'strategic map', `${baseUrl}${paths.map}`, cookie));
    return { pages, scorecardColdMs: cold.settled, scorecardColdNewWindowMs: cold.newWindow };
  } finally {
    await chrome.stop();
  }
}
