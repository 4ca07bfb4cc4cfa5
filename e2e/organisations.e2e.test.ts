import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GovernanceModel } from '../src/domain/model/governance';
import type { Me, OrganisationSummary } from '../src/shared/api-types';
import type { InstallationOrganisation, ModelUsage } from '../src/shared/authoring-schemas';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/**
 * The installation admin creates organisations (one they administer themselves, one with a first
 * admin and a one-time password), edits a governance model (rename, add a level, reorder it by
 * keyboard, save), is stopped from removing a level the seed plan uses — in the screen and by the
 * API — and removes a person from an organisation.
 */
describe('Organisations, governance models and people', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let vasterbotten = 0;
  let me: Me;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it('signs in as the first admin, who reaches the organisations from the home page', async () => {
    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/login/);
    await submitSignIn(page);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    me = await (await page.request.get(`${app.url}/api/me`)).json();
    expect(me.installationAdmin).toBe(true);
    const card = page.getByRole('region', { name: 'Installationen' });
    await card.getByText('Du administrerar installationen').waitFor();
    await expectAccessible(page, 'home page with the installation card');
    await card.getByRole('link', { name: 'Organisationer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
    await page.getByRole('cell', { name: 'Region Norrbotten' }).or(page.getByRole('rowheader', { name: 'Region Norrbotten' })).first().waitFor();
    await expectAccessible(page, 'organisations page');
  });

  it('creates Region Västerbotten from the Norrbotten template without a first admin', async () => {
    await page.getByLabel('Organisationens namn').fill('Region Västerbotten');
    await page.getByLabel('Kolada-id').selectOption('0024');
    await page.getByRole('radio', { name: 'Svenska' }).check();
    const model = page.getByRole('group', { name: 'Styrmodell' });
    // Each template shows its levels.
    await model.getByText('Vision → Perspektiv → Strategiskt mål → Framgångsfaktor', { exact: true }).waitFor();
    await model.getByRole('radio', { name: 'Region Norrbottens styrmodell' }).check();
    await page.getByText('Utan någon här blir du själv organisationens administratör').waitFor();
    await page.getByRole('button', { name: 'Skapa organisationen' }).click();

    const heading = page.getByRole('heading', { name: 'Region Västerbotten är skapad' });
    await heading.waitFor();
    expect(await focusedText()).toContain('Region Västerbotten är skapad');
    await page.getByText('Du är organisationens administratör tills du ger rollen till någon annan.').waitFor();
    await page.getByRole('link', { name: 'Skapa den första planen för Region Västerbotten' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Region Västerbotten' });
    await row.getByRole('cell', { name: '0024' }).waitFor();
    await row.getByText(me.email).waitFor();
    await expectAccessible(page, 'organisation created');

    const orgs: InstallationOrganisation[] = await (await page.request.get(`${app.url}/api/installation/organisations`)).json();
    const created = orgs.find((o) => o.name === 'Region Västerbotten')!;
    expect(created).toMatchObject({ koladaId: '0024', defaultLang: 'sv', plans: 0, admins: [me.email] });
    vasterbotten = created.id;
  });

  it('renames a level, adds Delmål below the success factor, moves it up and back by keyboard, and saves', async () => {
    await page.getByRole('link', { name: 'Granska styrmodellen för Region Västerbotten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Styrmodell för Region Västerbotten' }).waitFor();
    await page.getByText('Modellen används bara av Region Västerbotten.').waitFor();
    await page.getByRole('button', { name: 'Ändra styrmodellen' }).click();

    await page.getByRole('group', { name: 'Nivå 2: Strategiskt mål' }).getByLabel('Namn på svenska').fill('Målområde');
    await page.getByRole('group', { name: 'Nivå 2: Målområde' }).getByLabel('Plural på svenska').fill('Målområden');

    const add = page.getByRole('group', { name: 'Lägg till en nivå' });
    await add.getByLabel('Namn på svenska').fill('Delmål');
    await add.getByLabel('Namn på engelska').fill('Sub-goal');
    await add.getByLabel('Plural på engelska').fill('Sub-goals');
    expect(await add.getByLabel('Placering').locator('option:checked').innerText()).toBe('Under Framgångsfaktor');
    await add.getByRole('button', { name: 'Lägg till nivån' }).click();
    await status('Nivån Delmål är tillagd som nivå 4.').waitFor();
    await page.getByRole('group', { name: 'Nivå 4: Delmål' }).waitFor();
    await expectAccessible(page, 'model editor with a new level');

    const legends = () => page.locator('.level-list > li legend').allInnerTexts();
    await page.getByRole('button', { name: 'Flytta upp Delmål' }).focus();
    await page.keyboard.press('Enter');
    await status('Delmål är nu nivå 3 av 4.').waitFor();
    expect(await legends()).toEqual(['Nivå 1: Perspektiv', 'Nivå 2: Målområde', 'Nivå 3: Delmål', 'Nivå 4: Framgångsfaktor']);
    // The keyboard stays on the button just pressed; the next Tab reaches "Flytta ned" of the same level.
    expect(await focusedText()).toBe('↑ Flytta upp Delmål');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('↓ Flytta ned Delmål');
    await page.keyboard.press('Enter');
    await status('Delmål är nu nivå 4 av 4.').waitFor();
    expect(await legends()).toEqual(['Nivå 1: Perspektiv', 'Nivå 2: Målområde', 'Nivå 3: Framgångsfaktor', 'Nivå 4: Delmål']);
    expect(await focusedText()).toBe('↓ Flytta ned Delmål');
    await page.keyboard.press('Enter');
    await status('Delmål står redan nederst.').waitFor();

    // A name left empty is named in the summary, which links to its field.
    const delmalDa = page.getByRole('group', { name: 'Nivå 4: Delmål' }).getByLabel('Namn på danska');
    await delmalDa.fill('');
    await page.getByRole('button', { name: 'Spara styrmodellen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Rätta följande innan du sparar:' });
    await summary.getByRole('link', { name: 'Nivå 4: Delmål: Namn på danska saknas.' }).click();
    expect(await delmalDa.evaluate((e) => e === document.activeElement)).toBe(true);
    await expectAccessible(page, 'model editor with an error');
    await delmalDa.fill('Delmål');

    await page.getByRole('button', { name: 'Spara styrmodellen' }).click();
    await status('Styrmodellen är sparad.').waitFor();
    const levels = page.getByRole('table', { name: 'Planens nivåer och deras namn' });
    await levels.getByRole('cell', { name: 'Målområde' }).waitFor();
    await levels.getByRole('cell', { name: 'Delmål' }).first().waitFor();
    await expectAccessible(page, 'model saved');

    const orgs: OrganisationSummary[] = await (await page.request.get(`${app.url}/api/organisations`)).json();
    const model = orgs.find((o) => o.id === vasterbotten)!.governanceModel;
    expect(model.levels.map((l) => l.key)).toEqual(['perspective', 'goal', 'success-factor', 'delmal']);
    expect(model.levels[3]).toMatchObject({ name: { sv: 'Delmål', da: 'Delmål', en: 'Sub-goal' }, plural: { en: 'Sub-goals' }, carriesMeasures: false });
    expect(model.levels[1]!.name.sv).toBe('Målområde');
  });

  it('will not remove Perspektiv from Region Norrbotten’s model, in the screen nor through the API', async () => {
    await page.goto(`${app.url}/organisations/1/model`);
    await page.getByRole('heading', { level: 1, name: 'Styrmodell för Region Norrbotten' }).waitFor();
    await page.getByRole('button', { name: 'Ändra styrmodellen' }).click();
    const perspective = page.getByRole('group', { name: 'Nivå 1: Perspektiv' });
    const remove = perspective.getByRole('button', { name: 'Ta bort Perspektiv' });
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    await perspective.getByText('5 perspektiv ligger på nivån, så den kan inte tas bort.').waitFor();
    // The reason is the button's description, so a screen reader says it with the button.
    expect(await remove.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent)).toBe(
      '5 perspektiv ligger på nivån, så den kan inte tas bort.',
    );
    // It stays focusable (so the reason is heard); pressing it removes nothing.
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Nivå 1: Perspektiv' }).waitFor();
    // Moving a level that the plan's tree depends on is refused with its reason, too.
    await page.getByRole('button', { name: 'Flytta upp Strategiskt mål' }).click();
    await status('Strategiskt mål kan inte flyttas dit: 5 strategiska mål ligger under Perspektiv och skulle hamna ovanför.').waitFor();
    await expectAccessible(page, 'Norrbotten model editor with a level in use');

    const usage: ModelUsage = await (await page.request.get(`${app.url}/api/organisations/1/governance-model/usage`)).json();
    const orgs: OrganisationSummary[] = await (await page.request.get(`${app.url}/api/organisations`)).json();
    const model: GovernanceModel = orgs.find((o) => o.id === 1)!.governanceModel;
    const without = { ...model, levels: model.levels.filter((l) => l.key !== 'perspective') };
    const refused = await page.request.put(`${app.url}/api/organisations/1/governance-model`, {
      data: without,
      headers: { 'If-Match': `"${usage.version}"` },
    });
    expect(refused.status()).toBe(400);
    const body = (await refused.json()) as { error: { message: string } };
    expect(body.error.message).toContain('5 noder');

    // A save against an older version is refused with the server's message, and offers to reload.
    const stale = await page.request.put(`${app.url}/api/organisations/1/governance-model`, { data: model, headers: { 'If-Match': `"${usage.version}"` } });
    expect(stale.status()).toBe(200);
    await page.getByRole('group', { name: 'Nivå 3: Framgångsfaktor' }).getByLabel('Namn på engelska').fill('Critical success factor');
    await page.getByRole('button', { name: 'Spara styrmodellen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat styrmodellen' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Läs in den senaste styrmodellen' }).click();
    await status('Den senaste styrmodellen är inläst.').waitFor();
    await expectAccessible(page, 'model editor after a conflict');
    // The editor now stands on the newest version, so the same change saves.
    await page.getByRole('group', { name: 'Nivå 3: Framgångsfaktor' }).getByLabel('Namn på engelska').fill('Critical success factor');
    await page.getByRole('button', { name: 'Spara styrmodellen' }).click();
    await status('Styrmodellen är sparad.').waitFor();
    await page.getByRole('table', { name: 'Planens nivåer och deras namn' }).getByRole('cell', { name: 'Critical success factor' }).waitFor();
  });

  it('creates Region Midtjylland in Danish with a first admin and shows the one-time password once', async () => {
    await page.getByRole('button', { name: /Användarmeny/ }).click();
    await page.getByRole('link', { name: 'Organisationer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
    await page.getByLabel('Organisationens namn').fill('Region Midtjylland');
    await page.getByRole('radio', { name: 'Dansk' }).check();
    await page.getByRole('group', { name: 'Styrmodell' }).getByRole('radio', { name: 'Region Midtjyllands strategispår' }).check();
    await page.getByRole('button', { name: 'Lägg till en administratör' }).click();
    const admin = page.getByRole('group', { name: 'Administratör 1' });
    expect(await admin.getByLabel('E-postadress').evaluate((e) => e === document.activeElement)).toBe(true);
    await admin.getByLabel('E-postadress').fill('mette.holm@rm.dk');
    await admin.getByLabel('Namn').fill('Mette Holm');
    await expectAccessible(page, 'new organisation form with a first admin');
    await page.getByRole('button', { name: 'Skapa organisationen' }).click();

    await page.getByRole('heading', { name: 'Region Midtjylland är skapad' }).waitFor();
    await page.getByRole('heading', { name: 'Engångslösenord för Mette Holm' }).waitFor();
    const password = await page.getByRole('textbox', { name: 'Engångslösenord' }).inputValue();
    expect(password.length).toBeGreaterThanOrEqual(10);
    await expectAccessible(page, 'organisation created with a one-time password');
    await page.getByRole('button', { name: 'Klart, dölj lösenordet' }).click();
    expect(await page.getByRole('textbox', { name: 'Engångslösenord' }).count()).toBe(0);
    const row = page.getByRole('row').filter({ hasText: 'Region Midtjylland' });
    await row.getByText('mette.holm@rm.dk').waitFor();
    await row.getByText('Dansk').waitFor();

    // The new admin signs in with it (in a browser of their own).
    const login = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'mette.holm@rm.dk', password }),
    });
    expect(login.status).toBe(200);
    const mette = (await login.json()) as Me;
    expect(mette.memberships).toEqual([expect.objectContaining({ organisationName: 'Region Midtjylland', role: 'admin' })]);
  });

  it('removes a person from Region Västerbotten, and refuses to remove its last admin', async () => {
    await page.goto(`${app.url}/organisations/${vasterbotten}/people`);
    await page.getByRole('heading', { level: 1, name: 'Personer i Region Västerbotten' }).waitFor();
    await page.getByLabel('E-postadress').fill('ola.nordmark@regionvasterbotten.se');
    await page.getByLabel('Namn', { exact: true }).fill('Ola Nordmark');
    await page.getByRole('button', { name: 'Lägg till personen' }).click();
    await page.getByRole('button', { name: 'Klart, dölj lösenordet' }).click();

    // The last admin stays: the server's refusal is shown next to the button.
    await page.getByRole('button', { name: `Ta bort ${me.name} från Region Västerbotten` }).click();
    await page.getByText(`Ta bort ${me.name} från Region Västerbotten?`).waitFor();
    await page.getByRole('button', { name: `Ja, ta bort ${me.name} från Region Västerbotten` }).click();
    await page.getByRole('alert').filter({ hasText: 'Organisationen måste ha minst en administratör.' }).waitFor();
    expect(await focusedText()).toBe(`Ta bort ${me.name} från Region Västerbotten`);

    await page.getByRole('button', { name: 'Ta bort Ola Nordmark från Region Västerbotten' }).click();
    await expectAccessible(page, 'people page asking to confirm a removal');
    await page.getByRole('button', { name: 'Ja, ta bort Ola Nordmark från Region Västerbotten' }).click();
    await status('Ola Nordmark har inte längre någon roll i Region Västerbotten.').waitFor();
    expect(await page.getByRole('rowheader', { name: /Ola Nordmark/ }).count()).toBe(0);
    await expectAccessible(page, 'people page after a removal');
  });

  it('fits a phone: the organisations page and the model editor do not scroll sideways', async () => {
    const phone = await page.context().browser()!.newContext({ viewport: { width: 375, height: 800 }, storageState: await page.context().storageState() });
    const p = await phone.newPage();
    const overflow = () => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await p.goto(`${app.url}/installation/organisations`);
    await p.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(1);
    await p.goto(`${app.url}/organisations/${vasterbotten}/model`);
    await p.getByRole('button', { name: 'Ändra styrmodellen' }).click();
    await p.getByRole('group', { name: 'Nivå 4: Delmål' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(1);
    await expectAccessible(p, 'model editor on a phone');
    await phone.close();
  });
});
