import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiAs, expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/** Issue 12, item 8: the outbox page shows what was mailed to whom, why and how it went. */
describe('outbox page', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const admin = await apiAs(app.url, ADMIN);
    // A consultation mails its invitees; without an SMTP server they wait in the outbox as not configured.
    const created = await admin('POST', '/api/consultations', {
      organisationId: 1,
      title: 'Remiss om regionplanen',
      letter: 'Vi ber om era synpunkter.',
      deadline: new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString(),
      questions: [{ text: 'Vad saknas?' }],
      invitees: [{ name: 'Luleå kommun', email: 'registrator@lulea.example' }],
    });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('is reached from the people page and lists the mail, its reason and status, scanned with axe', async () => {
    await page.goto(`${app.url}/login?next=${encodeURIComponent('/organisations/1/people')}`);
    await submitSignIn(page);
    await page.getByRole('link', { name: 'Utkorg: skickad e-post' }).click();
    const table = page.getByRole('table', { name: 'Skickad och väntande e-post' });
    await table.waitFor();
    const row = table.getByRole('row', { name: /registrator@lulea\.example/ });
    await expect(row.getByText('Remissinbjudan').count()).resolves.toBe(1);
    await row.getByText('Ej skickad: ingen e-postserver inställd').waitFor();
    await expectAccessible(page, 'outbox page');
  });
});
