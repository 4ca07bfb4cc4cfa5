import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiAs, expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/** Issue 13: an admin deactivates and activates a person and gives them a new one-time password from the people page. */
describe('people: account buttons', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const admin = await apiAs(app.url, ADMIN);
    const added = await admin('POST', '/api/organisations/1/users', { email: 'kerstin@region.se', name: 'Kerstin Lind', role: 'reporter' });
    expect(added.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('deactivates, activates and resets a person, scanned with axe', async () => {
    await page.goto(`${app.url}/login?next=${encodeURIComponent('/organisations/1/people')}`);
    await submitSignIn(page);
    await page.getByRole('button', { name: 'Stäng av för Kerstin Lind' }).click();
    await page.getByText('Kerstin Lind är avstängd').waitFor();
    await page.getByRole('button', { name: 'Aktivera för Kerstin Lind' }).waitFor();
    await expectAccessible(page, 'people page with a deactivated person');
    await page.getByRole('button', { name: 'Aktivera för Kerstin Lind' }).click();
    await page.getByText('Kerstin Lind kan logga in igen.').waitFor();
    await page.getByRole('button', { name: 'Nytt engångslösenord för Kerstin Lind' }).click();
    const password = page.getByRole('textbox', { name: 'Engångslösenord' });
    await password.waitFor();
    expect((await password.inputValue()).length).toBeGreaterThanOrEqual(12);
    await expectAccessible(page, 'people page with a new one-time password');
  });
});
