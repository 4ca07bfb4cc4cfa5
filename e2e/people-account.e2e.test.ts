import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/** Issue 13: an admin deactivates and activates a person and gives them a new one-time password from the people page. */
describe('people: account buttons', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const login = await fetch(`${app.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const added = await fetch(`${app.url}/api/organisations/1/users`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'kerstin@region.se', name: 'Kerstin Lind', role: 'reporter' }),
    });
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
