import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/** Issue 13, item 5: the admin's audit log with filters, paging and exports, axe-clean. */
describe('audit log screen', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    // A refused sign-in, so there is one to filter for.
    await fetch(`${app.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN.email, password: 'wrong-password-1' }) });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('is reached from the people page, filters by event, and offers the CSV and the ZIP export, scanned with axe', async () => {
    await page.goto(`${app.url}/login?next=${encodeURIComponent('/organisations/1/people')}`);
    await submitSignIn(page);
    await page.getByRole('link', { name: 'Granskningslogg och export' }).click();
    const table = page.getByRole('table', { name: /Händelser i granskningsloggen, sida 1/ });
    await table.waitFor();
    await expectAccessible(page, 'audit log');

    await page.getByLabel('Händelse').selectOption('sign-in-failed');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(async () => [...new Set(await table.locator('tbody tr td:nth-child(4)').allInnerTexts())], { timeout: 15_000 }).toEqual(['Misslyckad inloggning']);

    const csv = page.getByRole('link', { name: 'Ladda ned som CSV (med filtret)' });
    expect(await csv.getAttribute('href')).toContain('action=sign-in-failed');
    const res = await page.request.get(`${app.url}${await csv.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain(';sign-in-failed;');
    expect(await page.getByRole('link', { name: 'Ladda ned ZIP-export' }).getAttribute('href')).toBe('/api/organisations/1/export');
    await expectAccessible(page, 'audit log, filtered');
  });
});
