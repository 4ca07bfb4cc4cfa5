import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard, ScorecardNode } from '../src/shared/api-types';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const MEASURE = 'Andel vårdskador, sluten somatisk vård';

/** The titles of the nodes from a perspective down to the node holding `name`. */
function pathTo(nodes: ScorecardNode[], name: string): string[] | null {
  for (const n of nodes) {
    if (n.measures.some((m) => m.name === name)) return [n.title];
    const below = pathTo(n.children, name);
    if (below) return [n.title, ...below];
  }
  return null;
}

/**
 * Issue 12, items 3, 4 and 7: a board member's secretary reads the scorecard at a glance — the
 * compact view, a perspective opened, a measure's trend against the previous report — and an
 * editor finds the measures without a direction and chooses how years between targets are judged.
 */
describe('the scorecard at a glance', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let path: string[];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('signs in, enters two reports of a measure and opens the compact view, remembered in the URL', async () => {
    await page.goto(`${app.url}/login?next=${encodeURIComponent('/plans/1?period=2022-DÅ08')}`);
    await submitSignIn(page);
    await page.getByRole('heading', { level: 1, name: 'Regionstyrelsens plan 2022-2024' }).waitFor();
    const scorecard = (await (await page.request.get(`${app.url}/api/plans/1/scorecard?period=2022-DÅ08`)).json()) as Scorecard;
    path = pathTo(scorecard.nodes, MEASURE)!;
    const id = JSON.stringify(scorecard).match(new RegExp(`"id":(\\d+),"name":"${MEASURE}"`))![1];
    for (const [period, value] of [['2022-DÅ04', '6,1'], ['2022-DÅ08', '5,8']]) {
      const res = await page.request.post(`${app.url}/api/measures/${id}/values`, { data: { period, sex: 'T', value, status: 'final' }, headers: { origin: app.url } });
      expect(res.status(), await res.text()).toBeLessThan(300);
    }
    await page.reload();
    await page.getByRole('button', { name: 'Kompakt' }).click();
    await page.waitForURL(/view=compact/);
    expect(page.url()).toContain('period=2022-D');
    const perspective = page.getByRole('button', { name: new RegExp(path[0]!) });
    expect(await perspective.getAttribute('aria-expanded')).toBe('false');
    // Collapsed, each perspective still says how its measures stand.
    await page.locator('.compact-node-line .status-counts').first().waitFor();
    await expectAccessible(page, 'compact scorecard');
  });

  it('opens a perspective and its goals, and shows the measure on one line with its trend in words', async () => {
    for (const title of path) {
      const button = page.getByRole('button', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
    }
    const row = page.getByRole('row', { name: new RegExp(MEASURE) });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toMatch(/ned från 6,1\s%/);
    expect(text).toContain('jämfört med Delår april 2022');
    expect(text).toMatch(/5,8\s%/);
    expect(await row.locator('.trend-arrow').innerText()).toContain('↓');
    expect(await row.locator('.status-badge').innerText()).toMatch(/Uppfyllt|Delvis uppfyllt|Ej uppfyllt/);
    await expectAccessible(page, 'compact scorecard with a perspective open');
  });

  it('keeps the view on reload and goes back to the full view', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Kompakt', pressed: true }).waitFor();
    await page.getByRole('button', { name: 'Fullständig' }).click();
    await page.waitForURL((u) => !u.search.includes('view=compact'));
    // The full view says "riktning saknas" to an editor where a target needs a direction nobody set.
    await page.getByText('riktning saknas').first().waitFor();
  });

  it('lists the measures without a direction for an editor, each leading to its editor', async () => {
    await page.getByRole('link', { name: 'Mått utan riktning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mått utan riktning' }).waitFor();
    await expectAccessible(page, 'measures without a direction');
    const first = page.getByRole('link', { name: /^Ange riktning för / }).first();
    const name = (await first.getAttribute('aria-label'))!.replace('Ange riktning för ', '');
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    // The editor is open where the direction is set.
    await page.getByRole('group', { name: 'Bättre är' }).waitFor();
  });

  it('lets an editor judge years between targets on a straight line', async () => {
    await page.goto(`${app.url}/plans/1/versions`);
    const line = page.getByRole('radio', { name: /en rak linje mellan målen/ });
    await line.check();
    await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await page.getByText('Uppgifterna är sparade.').waitFor();
    const plan = await (await page.request.get(`${app.url}/api/plans/1`)).json();
    expect(plan.targetBetweenYears).toBe('straight-line');
    await expectAccessible(page, 'plan settings with the choice between target years');
  });
});
