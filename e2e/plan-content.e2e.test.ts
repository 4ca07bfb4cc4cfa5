import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/**
 * A strategist's journey through the rest of the plan: the chapters and their editor, the
 * assignments' follow-up with its overview, an activity added to the action plan and seen on the
 * timeline, Agenda 2030 goals on the scorecard, advocacy issues and the organisation. Every page
 * is scanned with axe.
 */
describe('plan content journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await submitSignIn(page);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('reaches the plan’s parts from the scorecard and reads the chapters', async () => {
    await page.goto(`${app.url}/plans/1`);
    await page.getByRole('navigation', { name: 'Planens delar' }).getByRole('link', { name: 'Kapitel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Planens kapitel' }).waitFor();
    expect(await page.locator('.chapters-body > section > h2').count()).toBe(33);
    await page.getByRole('heading', { level: 3, name: 'Min hälsa och välbefinnande' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Strategi för samisk hälsa 2020-2030' }).waitFor();
    await expectAccessible(page, 'chapters');
  });

  it('edits a chapter with a preview, refuses HTML and saves safe markup', async () => {
    await page.getByRole('button', { name: 'Redigera kapitlet Vision' }).click();
    const body = page.getByLabel('Text', { exact: true });
    await body.fill('**Tillsammans för Norrbotten** – Bästa livet, bästa hälsan.\n\n<script>alert(1)</script>');
    await page.locator('.chapter-preview strong').filter({ hasText: 'Tillsammans för Norrbotten' }).waitFor();
    await page.getByText('Det här kommer att visas som text:').waitFor();
    expect(await page.locator('.chapter-preview script').count()).toBe(0);
    await expectAccessible(page, 'chapter editor');
    await page.getByRole('button', { name: 'Spara kapitlet' }).click();
    await page.waitForFunction(() => document.querySelector('textarea[aria-invalid="true"]') !== null);
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    await body.fill('**Tillsammans för Norrbotten** – Bästa livet, bästa hälsan.\n\nVisionen är vägledande för all verksamhet.');
    await page.getByRole('button', { name: 'Spara kapitlet' }).click();
    await page.getByRole('status').filter({ hasText: 'Kapitlet Vision är sparat.' }).waitFor();
    await page.locator('#main .chapter strong').filter({ hasText: 'Tillsammans för Norrbotten' }).first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Redigera kapitlet Vision');
  });

  it('follows up an assignment for a period and sees the overview per body and status', async () => {
    await page.goto(`${app.url}/plans/1/assignments`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('.assignments-table tbody tr').count()).toBe(40);
    await page.getByLabel('Uppföljningsperiod').selectOption({ label: 'Delår augusti 2022' });
    await page.getByRole('heading', { level: 2, name: 'Översikt Delår augusti 2022' }).waitFor();
    await page.getByRole('button', { name: 'Följ upp uppdrag 1', exact: true }).click();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
    await page.getByLabel('Kommentar').fill('Omställningsplanen följs upp varje månad.');
    await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppdrag 1: Pågår för Delår augusti 2022.' }).waitFor();
    const rsRow = page.locator('.overview-table tbody tr').filter({ hasText: '(RS)' });
    // Not started, in progress, done, cancelled, not followed up, total.
    await expect.poll(() => rsRow.locator('td').allInnerTexts()).toEqual(['0', '1', '0', '0', '38', '39']);
    await page.getByLabel('Visa status').selectOption({ label: 'Pågår' });
    await page.getByText('1 av 40 uppdrag').waitFor();
    await page.getByRole('cell', { name: /Omställningsplanen följs upp varje månad/ }).waitFor();
    await expectAccessible(page, 'assignments with follow-up');
  });

  it('adds an activity with clear errors first, then sees it in the list and on the timeline', async () => {
    await page.goto(`${app.url}/plans/1/activities`);
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan' }).waitFor();
    await page.getByText('Handlingsplanen har inga aktiviteter ännu.').waitFor();
    await expectAccessible(page, 'empty action plan');
    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    await page.getByLabel('Vad ska göras').fill('Mobila team i Östra Norrbotten');
    await page.getByLabel('Hur', { exact: true }).fill('Två team, ett per närområde.');
    await page.getByLabel(/^Ansvarig enhet/).fill('Division Nära');
    await page.getByLabel(/^Startdatum/).fill('2022-09-01');
    await page.getByLabel(/^Slutdatum/).fill('2022-03-01');
    await page.getByLabel(/^Hur långt/).fill('120');
    await page.getByLabel('Framgångsfaktor: Den nära vården utformas med primärvården som nav').check();
    await page.getByRole('button', { name: 'Spara aktiviteten' }).click();
    await page.getByText('Slutdatumet 2022-03-01 ligger före startdatumet 2022-09-01.').waitFor();
    await page.getByText('Hur långt aktiviteten har kommit anges i hela procent från 0 till 100, inte 120.').waitFor();
    expect(await page.getByLabel(/^Slutdatum/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'activity form with errors');
    await page.getByLabel(/^Slutdatum/).fill('2023-06-30');
    await page.getByLabel(/^Hur långt/).fill('40');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
    await page.getByRole('button', { name: 'Spara aktiviteten' }).click();
    await page.getByRole('status').filter({ hasText: 'Aktiviteten Mobila team i Östra Norrbotten är sparad.' }).waitFor();
    await page.getByRole('rowheader', { name: /Mobila team i Östra Norrbotten/ }).waitFor();
    const bar = page.locator('.timeline-row').filter({ hasText: 'Mobila team i Östra Norrbotten' }).locator('.timeline-bar');
    expect(await bar.innerText()).toContain('1 september 2022 – 30 juni 2023');
    // September 2022 is the plan period's 9th month: column 10 after the label column.
    expect(await bar.evaluate((el) => getComputedStyle(el).gridColumnStart)).toBe('10');
    await expectAccessible(page, 'action plan with timeline');
  });

  it('links a success factor to Agenda 2030 goals and sees them on the scorecard', async () => {
    await page.goto(`${app.url}/plans/1/agenda-2030`);
    await page.getByRole('heading', { level: 1, name: 'Agenda 2030' }).waitFor();
    expect(await page.locator('.agenda-goal-list li').count()).toBe(8);
    await expectAccessible(page, 'Agenda 2030');
    await page.getByLabel('Nod i planen').selectOption({ label: '– – Framgångsfaktor: Förflyttning mot öppna vårdformer' });
    await page.getByLabel('Mål 3: Hälsa och välbefinnande').check();
    await page.getByRole('button', { name: 'Spara kopplingen' }).click();
    await page.getByRole('status').filter({ hasText: 'Förflyttning mot öppna vårdformer: 1 Agenda 2030-mål.' }).waitFor();
    await page.goto(`${app.url}/plans/1`);
    await page.getByRole('list', { name: 'Agenda 2030-mål för Förflyttning mot öppna vårdformer' }).getByText('Mål 3: Hälsa och välbefinnande').waitFor();
    await expectAccessible(page, 'scorecard with Agenda 2030 goals');
  });

  it('shows the advocacy issues and the organisation', async () => {
    await page.goto(`${app.url}/plans/1/advocacy`);
    await page.getByRole('heading', { level: 1, name: 'Påverkansfrågor' }).waitFor();
    await page.getByRole('row', { name: /Testregion för hantering av demografiska utmaningen.*Nationell.*Regeringen/ }).waitFor();
    await expectAccessible(page, 'advocacy issues');
    await page.getByRole('navigation', { name: 'Planens delar' }).getByRole('link', { name: 'Organisation' }).click();
    await page.getByRole('heading', { level: 2, name: 'Division Länssjukvård 1' }).waitFor();
    await page.getByText('Cirka 1 800 medarbetare').waitFor();
    await expectAccessible(page, 'organisation');
  });
});
