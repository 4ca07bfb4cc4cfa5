import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const MEASURE = 'Andel vårdskador, sluten somatisk vård';

/** Issue 13: a measure's Historik — who changed what and when — on the measure page, scanned with axe. */
describe('a measure’s history', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows who changed the measure, and what, when the Historik disclosure is opened', async () => {
    await page.goto(`${app.url}/plans/1`);
    await submitSignIn(page);
    await page.getByRole('link', { name: MEASURE }).first().click();
    await page.waitForURL(/\/measures\/(\d+)/);
    const measureId = Number(/\/measures\/(\d+)/.exec(page.url())![1]);
    const changed = await page.request.patch(`${app.url}/api/measures/${measureId}`, { data: { unit: 'promille' } });
    expect(changed.status()).toBe(200);
    await page.reload();
    const history = page.locator('details.history-panel');
    await history.locator('summary').click();
    await expect.poll(() => history.innerText(), { timeout: 10_000 }).toMatch(/Administratör/);
    expect(await history.innerText()).toMatch(/promille/);
    await expectAccessible(page, 'the measure page with its history open');
  });
});
