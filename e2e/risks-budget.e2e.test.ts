import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/**
 * A strategist's journey through the risk assessment and the budget frames of Region
 * Norrbotten's plan: see the 16 imported assessments, move through the heat map by keyboard
 * and filter by a cell, confirm a success-factor match, get a clear error for a probability of
 * 0, and see the budget tables' sums checked, also after a change that breaks one.
 */
describe('risks and budget journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const riskRows = () => page.locator('.risk-table tbody tr');

  it('signs in and opens the risk assessment from the scorecard with its 16 rows', async () => {
    await page.goto(`${app.url}/plans/1`);
    await page.waitForURL(/\/login/);
    await submitSignIn(page);
    await page.getByRole('heading', { level: 1, name: 'Regionstyrelsens plan 2022-2024' }).waitFor();
    await page.getByRole('link', { name: 'Riskbedömning' }).click();
    await page.getByRole('heading', { level: 1, name: /^Riskbedömning av framgångsfaktorer/ }).waitFor();
    await page.getByText('16 riskbedömningar 2022').waitFor();
    expect(await riskRows().count()).toBe(16);
    await page.getByText('Värde 1–8 kräver ingen särskild åtgärd, värde 9–16 kräver åtgärder.').waitFor();
    const row3 = riskRows().filter({ hasText: 'I riskbedömningen: En god vård med hög tillgänglighet' });
    expect(await row3.getByRole('rowheader').innerText()).toContain('En god vård med hög tillgänglighet och kontinuitet');
    expect(await row3.innerText()).toContain('härledd');
    await expectAccessible(page, 'risk page');
  });

  it('moves through the heat map by keyboard and filters the table by a cell', async () => {
    const topLeft = page.getByRole('button', { name: /^Konsekvens 4, sannolikhet 1,/ });
    await topLeft.focus();
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Konsekvens 3, sannolikhet 4, risk 12 (Åtgärd krävs): 3 riskbedömningar');
    await page.keyboard.press('Enter');
    await page.getByText('Visar 3 av 16: konsekvens 3, sannolikhet 4.').waitFor();
    expect(await riskRows().count()).toBe(3);
    expect(await page.getByRole('button', { name: /^Konsekvens 3, sannolikhet 4,/ }).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page, 'risk page filtered by a heat-map cell');
    await page.keyboard.press('Space');
    await page.getByText('Visar alla 16.').waitFor();
    expect(await riskRows().count()).toBe(16);
  });

  it('confirms a proposed success-factor match', async () => {
    const panel = page.getByRole('region', { name: 'Bekräfta matchningar' });
    await panel.getByText('3 matchningar väntar på bekräftelse.').waitFor();
    await panel.getByText('I riskbedömningen (Nr 3): En god vård med hög tillgänglighet').waitFor();
    await panel.getByText(/Förslag: En god vård med hög tillgänglighet och kontinuitet \(likhet \d+ %\)/).waitFor();
    await panel.getByRole('button', { name: 'Bekräfta matchningen för En god vård med hög tillgänglighet' }).click();
    await panel.getByText('Matchningen är bekräftad: En god vård med hög tillgänglighet → En god vård med hög tillgänglighet och kontinuitet.').waitFor();
    await panel.getByText('2 matchningar väntar på bekräftelse.').waitFor();
    const row3 = riskRows().filter({ hasText: 'I riskbedömningen: En god vård med hög tillgänglighet' });
    await row3.getByText('Bekräftad').waitFor();
    await expectAccessible(page, 'risk page after confirming a match');
  });

  it('gives a clear field error for a probability of 0', async () => {
    const form = page.getByRole('form', { name: 'Lägg till riskbedömning' });
    await form.getByLabel('Framgångsfaktor').selectOption({ label: 'Hållbar arbetsmiljö' });
    await form.getByLabel('År').selectOption('2023');
    await form.getByLabel('Konsekvens (1–4)').fill('3');
    const probability = form.getByLabel('Sannolikhet (1–4)');
    await probability.fill('0');
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await page.waitForFunction(() => document.querySelector('.risk-form [aria-invalid="true"]') !== null);
    expect(await probability.getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Sannolikheten ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte "0".').waitFor();
    await probability.fill('2');
    await form.getByText('Risk: 3 × 2 = 6 (Ingen särskild åtgärd).').waitFor();
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await form.getByText('Riskbedömningen av Hållbar arbetsmiljö är tillagd.').waitFor();
    const history = page.getByRole('region', { name: 'Risk per framgångsfaktor och år' });
    await history.getByRole('row', { name: /Hållbar arbetsmiljö/ }).getByText('ned 3').waitFor();
    await expectAccessible(page, 'risk page with history');
  });

  it('changes from which risk value action is needed', async () => {
    await page.getByText('Ändra gränsen för när åtgärd krävs').click();
    const field = page.getByLabel('Åtgärd krävs från riskvärde');
    await field.fill('17');
    await page.getByRole('button', { name: 'Spara gränsen' }).click();
    await page.getByText('Gränsen för när åtgärd krävs ska vara ett heltal 2–16, inte "17".').waitFor();
    await field.fill('12');
    await page.getByRole('button', { name: 'Spara gränsen' }).click();
    await page.getByText('Åtgärd krävs nu från riskvärde 12.').waitFor();
    await page.getByText('Värde 1–11 kräver ingen särskild åtgärd, värde 12–16 kräver åtgärder.').waitFor();
    await page.getByRole('button', { name: 'Konsekvens 3, sannolikhet 3, risk 9 (Ingen särskild åtgärd): 5 riskbedömningar' }).waitFor();
    await expectAccessible(page, 'risk page with the threshold form open');
  });

  it('keeps the risk page within a narrow screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, storageState: await context.storageState() });
    const p = await phone.newPage();
    await p.goto(`${app.url}/plans/1/risks?year=2022`);
    await p.getByText('16 riskbedömningar 2022').waitFor();
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(p, 'risk page on a narrow screen');
    await phone.close();
  });

  it('opens the budget frames and sees every stated total checked', async () => {
    await page.goto(`${app.url}/plans/1/budget`);
    await page.getByRole('heading', { level: 1, name: /^Budgetramar/ }).waitFor();
    for (const title of ['Förändringar i regionbidraget till Regionstyrelsen', 'Budgetminskning 2020-2022', 'Ekonomisk ram 2022', 'Investeringsramar 2022']) {
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    const first = page.getByRole('region', { name: 'Förändringar i regionbidraget till Regionstyrelsen', exact: true });
    await first.getByText('Alla 3 summor i tabellen stämmer med beräkningen.').waitFor();
    const total = first.getByRole('row', { name: /^Regionbidrag/ });
    expect(await total.innerText()).toMatch(/8\s712,1/);
    expect(await first.getByRole('row', { name: /^Sunderbyn engångskostnader/ }).innerText()).toMatch(/−8,1/);
    expect(await first.getByRole('row', { name: /^Beräknad summa/ }).innerText()).toMatch(/8\s712,1\s*✓ stämmer/);
    await page.getByText('Alla 11 summor i tabellen stämmer med beräkningen.').waitFor();
    await expectAccessible(page, 'budget page');
  });

  it('shows a mismatch in words after a line is changed', async () => {
    await page.getByRole('button', { name: 'Ändra raden Demografi' }).click();
    const form = page.getByRole('form', { name: /Ändra raden "Demografi"/ });
    await form.getByLabel('2022 (mnkr)').fill('38,4');
    await form.getByRole('button', { name: 'Spara raden' }).click();
    await form.getByText('Raden "Demografi" är sparad.').waitFor();
    await page.getByText('1 av 3 summor stämmer inte med beräkningen:').waitFor();
    await page.getByText('Raden "Regionbidrag", kolumnen "2022": angivet 8 712,1, beräknat 8 712,0 (skillnad 0,1 mnkr).').waitFor();
    await expectAccessible(page, 'budget page with a mismatch');
    await form.getByLabel('2022 (mnkr)').fill('tre');
    await form.getByRole('button', { name: 'Spara raden' }).click();
    await form.getByText('2022: "tre" är inget belopp. Skriv t.ex. 8 406,5 eller −8,1.').waitFor();
  });
});
