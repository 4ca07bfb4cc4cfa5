import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiAs, expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const PLAN = 'Regionstyrelsens plan 2022-2024';
const ANALYSIS = 'Godkänd analys som allmänheten får läsa.';
const DRAFT = 'Ett utkast som ingen utanför får se.';

/** Issue 13: an admin publishes a plan; anyone reads it signed out, downloads it, and reports an accessibility problem. */
describe('public portal journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    // One approved judgement and one draft for 2022-DÅ08, written through the API.
    // The admin's API calls (as a script: no Origin header).
    const api = await apiAs(app.url, ADMIN);
    const view = (await (await api('GET', `/api/plans/1/followup?period=${encodeURIComponent('2022-DÅ08')}`)).json()) as {
      groups: { nodes: { id: number; levelKey: string }[] }[];
    };
    const [a, b] = view.groups.flatMap((g) => g.nodes).filter((n) => n.levelKey === 'success-factor');
    const base = (id: number) => `/api/plans/1/followup/${encodeURIComponent('2022-DÅ08')}/nodes/${id}/judgement`;
    expect((await api('PUT', base(a!.id), { judgement: 'partly', analysis: ANALYSIS, actions: '' })).status).toBe(200);
    expect((await api('POST', `${base(a!.id)}/submit`, {})).status).toBe(200);
    expect((await api('POST', `${base(a!.id)}/approve`, {})).status).toBe(200);
    expect((await api('PUT', base(b!.id), { judgement: 'met', analysis: DRAFT, actions: '' })).status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets the admin publish the plan with a chosen period from the documents page', async () => {
    await page.goto(`${app.url}/login?next=${encodeURIComponent('/plans/1/documents')}`);
    await submitSignIn(page);
    await page.getByRole('heading', { level: 2, name: 'Publicering' }).waitFor();
    const periods = page.getByRole('group', { name: 'Perioder att publicera' }).getByRole('checkbox');
    await periods.nth(1).check();
    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText('Publiceringen är sparad.').waitFor();
    await expectAccessible(page, 'documents page with publication');
  });

  it('shows the published plan to a reader who is not signed in, with approved judgements only, scanned with axe', async () => {
    const visitor = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    await visitor.goto(`${app.url}/offentlig`);
    await visitor.getByRole('heading', { level: 1, name: 'Publicerade planer' }).waitFor();
    await expectAccessible(visitor, 'public list of plans');
    await visitor.getByRole('link', { name: PLAN }).click();
    await visitor.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: 'Vision' }).waitFor();
    expect(await visitor.getByText(ANALYSIS).count()).toBe(1);
    expect(await visitor.getByText(DRAFT).count()).toBe(0);
    expect(await visitor.locator('.status-badge').count()).toBeGreaterThan(10);
    await expectAccessible(visitor, 'published plan');
    const [csv] = await Promise.all([visitor.waitForEvent('download'), visitor.getByRole('link', { name: /som CSV/ }).click()]);
    expect(csv.suggestedFilename()).toBe('plan-1.csv');
    // No session: the signed-in pages still send this visitor to the sign-in page.
    await visitor.goto(`${app.url}/plans/1`);
    await visitor.getByRole('button', { name: 'Logga in' }).waitFor();
  });

  it('has an accessibility statement with a way to report a problem, reachable from every page', async () => {
    const visitor = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await visitor.goto(`${app.url}/offentlig`);
    await visitor.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
    await expectAccessible(visitor, 'accessibility statement');
    await visitor.getByLabel('Beskriv problemet').fill('Tabellen över mått går inte att läsa med min skärmläsare.');
    await visitor.getByRole('button', { name: 'Skicka' }).click();
    await visitor.getByText('Tack! Din rapport är mottagen.').waitFor();
    await expectAccessible(visitor, 'accessibility statement after a report');
  });
});
