import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

// Seed 001: baseline 2019 "K 16,9 % M 18,0 %", target 2022 "K 16,0 M 17,2".
const MEASURE = 'Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)';
const PLAN = 'Regionstyrelsens plan 2022-2024';

/**
 * An analyst's journey: enter a seed measure's values by sex and by area, see the gap between
 * women and men flagged on the measure and in the plan-wide equality view, open the dashboard,
 * read counts, trend and changed statuses, compare the areas, switch every chart to its table.
 * Every page is scanned with axe, in chart and in table view.
 */
describe('equality and dashboard journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${app.url}/login`);
    await submitSignIn(page);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** Fills the value form and waits for the server to store the value. */
  async function enterValue(period: string, sex: 'Kvinnor' | 'Män' | 'Totalt', value: string, area = '') {
    await page.getByLabel('Period', { exact: true }).last().selectOption({ label: period });
    await page.getByLabel('Kön').selectOption({ label: sex });
    await page.getByLabel(/^Värde/).fill(value);
    const details = page.locator('details.more-breakdowns');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
    await page.getByLabel('Område', { exact: true }).fill(area);
    const saved = page.waitForResponse((r) => r.url().endsWith('/values') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Spara värdet' }).click();
    expect((await saved).status()).toBe(201);
    // The form empties the value once the page has the new value; typing before that would be lost.
    await expect.poll(() => page.getByLabel(/^Värde/).inputValue()).toBe('');
  }

  it('has an equality view that says when nothing is broken down yet', async () => {
    await page.goto(`${app.url}/plans/1`);
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await page.getByRole('link', { name: 'Jämlikhet och jämställdhet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jämlikhet och jämställdhet' }).waitFor();
    await page.getByText('Inget mått har värden uppdelade på kön, område eller åldersgrupp ännu.').waitFor();
    await page.getByText('En skillnad flaggas när det högre värdet är minst 10 % över det lägre.').waitFor();
    await expectAccessible(page, 'equality view, empty');
  });

  it('enters a seed measure’s values by sex and by area and sees the gap flagged on the measure', async () => {
    await page.goto(`${app.url}/plans/1?period=2022-D%C3%8508`);
    await page.getByRole('link', { name: MEASURE }).click();
    await page.getByRole('heading', { level: 1, name: MEASURE }).waitFor();
    // Lower re-admission rates are better: since issue 12 the import reads it off the plan's targets (K 16,0 M 17,2 -> K 15,0 M 15,5).

    // April: women meet 16,0, men miss 17,2 (partly met). August: both meet their targets (met).
    await enterValue('Delår april 2022', 'Kvinnor', '16,0');
    await enterValue('Delår april 2022', 'Män', '19,0');
    await enterValue('Delår augusti 2022', 'Kvinnor', '15,6');
    await enterValue('Delår augusti 2022', 'Män', '17,2');
    await enterValue('Delår augusti 2022', 'Totalt', '16,4');
    await enterValue('Delår augusti 2022', 'Totalt', '17,2', 'Luleå');
    await enterValue('Delår augusti 2022', 'Totalt', '19,8', 'Kiruna');
    await enterValue('Delår augusti 2022', 'Totalt', '15,2', 'Piteå');

    const panel = page.getByRole('region', { name: 'Jämlikhet och jämställdhet', exact: true });
    await panel.getByText('Den senaste perioden har en skillnad över planens tröskel.').waitFor();
    const august = panel.getByRole('row', { name: /Delår augusti 2022/ });
    await august.getByText('Flaggad: kön, område').waitFor();
    const text = await august.innerText();
    expect(text).toMatch(/K 15,6\s%\s·\sM 17,2\s%/);
    // 17,2 is 10,3 % above 15,6: over the plan's default threshold of 10 %.
    expect(text).toContain('skillnad 1,6 procentenheter');
    expect(text).toContain('sämre för män');
    expect(text).toMatch(/15,2\s% \(Piteå\) – 19,8\s% \(Kiruna\)/);
    expect(text).toContain('sämst: Kiruna');
    await panel.getByText(/Kvinnor–män minskar sedan Delår april 2022/).waitFor();
    await expectAccessible(page, 'measure page with the equality panel');
  });

  it('shows the flagged measure in the plan-wide view and filters to flagged ones', async () => {
    await page.getByRole('link', { name: 'Alla mått i planen: jämlikhet och jämställdhet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jämlikhet och jämställdhet' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(MEASURE.replace(/[()]/g, '\\$&')) });
    await row.getByText('Flaggad: kön, område').waitFor();
    await page.getByText('1 av 1 mått med uppdelade värden visas; 1 är flaggade.').waitFor();
    await page.getByLabel('Visa bara flaggade mått').check();
    await page.waitForURL(/flagged=1/);
    await row.waitFor();
    await expectAccessible(page, 'equality view with a flagged measure');
  });

  it('lets an editor raise the threshold, after which the sex gap is no longer flagged', async () => {
    await page.getByLabel('Relativ skillnad (%)').fill('20');
    await page.getByRole('button', { name: 'Spara trösklarna' }).click();
    await page.getByText('En skillnad flaggas när det högre värdet är minst 20 % över det lägre.').waitFor();
    // Kiruna's 19,8 % is 30 % above Piteå's 15,2 %; men's 17,2 % only 10 % above women's 15,6 %.
    await page.getByRole('row', { name: /Oplanerade/ }).getByText('Flaggad: område').waitFor();
    await page.getByLabel('Relativ skillnad (%)').fill('tio');
    await page.getByRole('button', { name: 'Spara trösklarna' }).click();
    await page.getByText('”tio” är inget tal.').waitFor();
    expect(await page.getByLabel('Relativ skillnad (%)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Relativ skillnad (%)').fill('10');
    await page.getByRole('button', { name: 'Spara trösklarna' }).click();
    await page.getByText('En skillnad flaggas när det högre värdet är minst 10 % över det lägre.').waitFor();
  });

  it('opens the dashboard: counts per perspective and goal, trend and changed statuses', async () => {
    await page.getByRole('link', { name: 'Översiktspanel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översiktspanel' }).waitFor();
    expect(await page.getByLabel('Period', { exact: true }).first().inputValue()).toBe('2022-DÅ08');
    const byNode = page.getByRole('region', { name: 'Måluppfyllelse per perspektiv och strategiska mål', exact: true });
    const chart = byNode.getByRole('img');
    expect(await chart.getAttribute('aria-label')).toMatch(/Perspektiv Verksamhetsperspektivet: Uppfyllt: 1/);
    const trend = page.getByRole('region', { name: 'Utveckling över perioder', exact: true });
    expect(await trend.getByRole('img').getAttribute('aria-label')).toMatch(/Delår april 2022: Delvis uppfyllt: 1/);
    const changes = page.getByRole('region', { name: 'Mått som bytt status sedan Delår april 2022', exact: true });
    const changed = changes.getByRole('row', { name: /Oplanerade/ });
    expect(await changed.innerText()).toMatch(/Delvis uppfyllt[\s\S]*Uppfyllt[\s\S]*Bättre/);
    const regions = page.getByRole('region', { name: 'Jämförelse med andra regioner', exact: true });
    await regions.getByText('Inget av planens mått är kopplat till ett nyckeltal i Kolada ännu.', { exact: false }).waitFor();
    await expectAccessible(page, 'dashboard, charts');
  });

  it('switches the charts to tables', async () => {
    const byNode = page.getByRole('region', { name: 'Måluppfyllelse per perspektiv och strategiska mål', exact: true });
    await byNode.getByRole('button', { name: 'Tabell' }).click();
    expect(await byNode.getByRole('button', { name: 'Tabell' }).getAttribute('aria-pressed')).toBe('true');
    const verksamhet = byNode.getByRole('row', { name: /Perspektiv: Verksamhetsperspektivet/ });
    // Issue 12: one measure of the perspective's fourteen has a value: too few for a colour.
    expect(await verksamhet.innerText()).toMatch(/För få värden/);
    const trend = page.getByRole('region', { name: 'Utveckling över perioder', exact: true });
    await trend.getByRole('button', { name: 'Tabell' }).click();
    const counts = trend.getByRole('table', { name: 'Antal mått per status och period' });
    expect(await counts.getByRole('row').count()).toBe(3);
    const perspective = trend.getByRole('table', { name: 'Sammanvägd status per perspektiv och period' }).getByRole('row', { name: /Verksamhetsperspektivet/ });
    expect(await perspective.innerText()).toMatch(/För få värden[\s\S]*För få värden/);
    const areas = page.getByRole('region', { name: 'Jämförelse mellan områden', exact: true });
    await areas.getByText('Rangordnat med bäst värde först.').waitFor();
    await areas.getByRole('button', { name: 'Tabell' }).click();
    const rows = areas.getByRole('table').getByRole('row');
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringContaining('Plats'),
      expect.stringMatching(/^1\s+Piteå\s+15,2\s%\s+−1,2 procentenheter$/),
      expect.stringMatching(/^2\s+Luleå\s+17,2\s%\s+\+0,8 procentenheter$/),
      expect.stringMatching(/^3\s+Kiruna\s+19,8\s%\s+\+3,4 procentenheter$/),
      expect.stringMatching(/Hela regionen\s+16,4\s%/),
    ]);
    await expectAccessible(page, 'dashboard, tables');
  });

  it('reads the dashboard in English', async () => {
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByRole('region', { name: 'Goal fulfilment per perspectives and strategic goals', exact: true }).waitFor();
    await expectAccessible(page, 'dashboard in English');
    await page.getByLabel('Language').selectOption('sv');
  });

  it('fits a narrow screen: charts scroll inside their own region, the page does not', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Översiktspanel' }).waitFor();
    await page.getByRole('region', { name: 'Utveckling över perioder (diagram)' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'dashboard on a narrow screen');
    await page.goto(`${app.url}/plans/1/equality`);
    await page.getByRole('heading', { level: 1, name: 'Jämlikhet och jämställdhet' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'equality view on a narrow screen');
  });
});
