import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiAs, expectAccessible, launchBrowser, type RunningApp, startApp } from './support';

const REPORTER = { email: 'aktivitet@norrbotten.test', name: 'Ansvarig Anna', password: 'ansvarig-losenord-1' };
const ACTIVITY = 'Införa digital triage i hela länet';
const MILESTONE = 'Patientkontrakt';

/**
 * Issue 12, items 8 and 9 in the browser: a reporter responsible for an activity signs in and sets
 * its status and progress on the action plan (not an editor); an editor names a milestone's
 * responsible person on the roadmap, who then reports its status; an admin sets the
 * organisation's reminder days on the people page. Every state is scanned with axe.
 */
describe('work reporting journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let roadmapPath = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const admin = await apiAs(app.url, ADMIN);
    const added = (await (await admin('POST', '/api/organisations/1/users', { email: REPORTER.email, name: REPORTER.name, role: 'reporter' })).json()) as {
      user: { id: number };
      oneTimePassword: string;
    };
    const reporter = await apiAs(app.url, { email: REPORTER.email, password: added.oneTimePassword });
    expect((await reporter('POST', '/api/auth/password', { currentPassword: added.oneTimePassword, newPassword: REPORTER.password })).status).toBe(204);
    const scorecard = (await (await admin('GET', '/api/plans/1/scorecard')).json()) as { nodes: { children: { id: number }[] }[] };
    const nodeId = scorecard.nodes[0]!.children[0]!.id;
    const created = await admin('POST', '/api/plans/1/activities', {
      title: ACTIVITY, ownerUserId: added.user.id, startDate: '2022-01-01', endDate: '2022-12-31', nodeIds: [nodeId],
    });
    expect(created.status).toBe(201);
    // Seed 002's roadmap belongs to Region Skåne: the reporter gets a role there too.
    const roadmap = ((await (await admin('GET', '/api/roadmaps')).json()) as { organisationId: number; versions: { id: number; year: number }[] }[])[0]!;
    expect((await admin('POST', `/api/organisations/${roadmap.organisationId}/users`, { email: REPORTER.email, name: REPORTER.name, role: 'reporter' })).status).toBe(201);
    roadmapPath = `/roadmaps/versions/${(roadmap.versions.find((v) => v.year === 2022) ?? roadmap.versions[0]!).id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function signedIn(person: { email: string; password: string }, path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}${path}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-postadress').fill(person.email);
    await page.getByLabel('Lösenord').fill(person.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return page;
  }

  it('the responsible reporter sets the activity’s status and progress, with a clear error first', async () => {
    const page = await signedIn(REPORTER, '/plans/1/activities');
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan' }).waitFor();
    // A reporter is no editor: no add or edit buttons, only the report of their own activity.
    expect(await page.getByRole('button', { name: /^Ändra/ }).count()).toBe(0);
    await page.getByRole('button', { name: `Rapportera status för ${ACTIVITY}` }).click();
    const form = page.getByRole('form', { name: `Rapportera status: ${ACTIVITY}` });
    await form.getByLabel('Status').selectOption({ label: 'Pågår' });
    await form.getByLabel('Framsteg (%)').fill('140');
    await form.getByRole('button', { name: 'Spara status' }).click();
    await form.getByText('Ange framsteg som ett heltal från 0 till 100.').waitFor();
    await expectAccessible(page, 'activity status form with an error');
    await form.getByLabel('Framsteg (%)').fill('40');
    await form.getByRole('button', { name: 'Spara status' }).click();
    await page.getByText(`Status för ${ACTIVITY} sparad: Pågår, 40 %.`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(ACTIVITY) });
    await row.getByText('40 %').waitFor();
    await expectAccessible(page, 'action plan after the report');
  });

  it('an editor names a milestone’s responsible person, who then reports its status', async () => {
    const admin = await signedIn(ADMIN, roadmapPath);
    await admin.getByRole('button', { name: new RegExp(`^${MILESTONE},`) }).click();
    const detail = admin.getByRole('region', { name: MILESTONE });
    await detail.getByText('Ingen ansvarig utsedd.').waitFor();
    await detail.getByLabel('Ansvarig (rapporterar status)').selectOption({ label: REPORTER.name });
    await detail.getByRole('button', { name: 'Spara ansvarig' }).click();
    await detail.getByText('Ansvarig sparad.').waitFor();
    await detail.getByText(`Ansvarig: ${REPORTER.name}`).waitFor();
    await expectAccessible(admin, 'milestone detail with its responsible person (editor)');

    const reporter = await signedIn(REPORTER, roadmapPath);
    await reporter.getByRole('button', { name: new RegExp(`^${MILESTONE},`) }).click();
    const own = reporter.getByRole('region', { name: MILESTONE });
    await own.getByText('Du är ansvarig för milstolpen och kan rapportera dess status.').waitFor();
    expect(await own.getByLabel('Ansvarig (rapporterar status)').count()).toBe(0);
    await own.getByLabel('Status', { exact: true }).selectOption({ label: 'Försenad' });
    await own.getByLabel('Kommentar').fill('Avtalen dröjer till hösten.');
    await own.getByRole('button', { name: 'Spara status' }).click();
    await own.getByText('Statusen är sparad.').waitFor();
    await own.getByText(/Försenad – Avtalen dröjer till hösten\./).waitFor();
    await expectAccessible(reporter, 'milestone detail (responsible reporter)');
  });

  it('an admin sets the organisation’s reminder days, refused outside 1–30', async () => {
    const page = await signedIn(ADMIN, '/organisations/1/people');
    const section = page.getByRole('region', { name: 'Påminnelser' });
    await section.getByText(/Gäller nu: 7 dagar före sista dag/).waitFor();
    await section.getByRole('radio', { name: 'Eget antal dagar' }).check();
    await section.getByLabel('Dagar före sista dag').fill('45');
    await section.getByRole('button', { name: 'Spara påminnelser' }).click();
    await section.getByText('Ange ett heltal från 1 till 30.').waitFor();
    await section.getByLabel('Dagar före sista dag').fill('10');
    await section.getByRole('button', { name: 'Spara påminnelser' }).click();
    await section.getByText('Sparat. Påminnelser skickas 10 dagar före sista dag.').waitFor();
    await expectAccessible(page, 'people page with reminder settings');
    await page.reload();
    await page.getByRole('region', { name: 'Påminnelser' }).getByText('Gäller nu: 10 dagar före sista dag.').waitFor();
  });
});
