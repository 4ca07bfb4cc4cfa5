import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const HANDLINGSPLAN = 'Handlingsplan för God och Nära Vård är genomförd';
const SCREENSHOT = 'scratch/roadmap-map-full.png';

/**
 * A strategist follows Region Skåne's strategic map (seed 002): opens it, selects
 * "Handlingsplan för God och Nära Vård är genomförd" and sees its path lit, switches to the
 * table, reports a milestone reached, makes next year's version, moves a milestone in it and
 * compares the two versions. Map, table and compare views are scanned with axe.
 */
describe('roadmap journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await submitSignIn(page);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).or(page.getByRole('heading', { level: 1 })).first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const card = (title: string) => page.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')},`) });
  const selection = () => page.locator('.rm-selection').innerText();

  it('opens the seed’s map from the navigation', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Strategisk karta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategiska kartor' }).waitFor();
    await page.getByRole('link', { name: 'Version 2022' }).click();
    await page.getByRole('heading', { level: 1, name: 'Förändrings- och genomförandeplan för Framtidens hälsosystem 2022-2025' }).waitFor();
    expect(await page.locator('.rm-card').count()).toBe(34);
    expect(await page.getByText('34 av 34 milstolpar').count()).toBe(1);
    for (const area of ['Personcentrerat arbetssätt', 'Nära Vård', 'Fysisk infrastruktur']) expect(await page.locator('.rm-row-label', { hasText: area }).count()).toBe(1);
    await expectAccessible(page, 'strategic map');
  });

  it('highlights the path to "Handlingsplan för God och Nära Vård är genomförd" and fades the rest', async () => {
    await card(HANDLINGSPLAN).click();
    expect(await selection()).toContain(`${HANDLINGSPLAN}: 6 steg leder hit, 0 följer.`);
    expect(await card(HANDLINGSPLAN).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.rm-card.rm-before').count()).toBe(6);
    expect(await page.locator('.rm-card.rm-faded').count()).toBe(34 - 7);
    expect(await card('Patientkontrakt').getAttribute('class')).toContain('rm-before');
    expect(await page.locator('.rm-edge-lit').count()).toBe(7);
    await page.getByRole('heading', { level: 2, name: HANDLINGSPLAN }).waitFor();
    mkdirSync('scratch', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.locator('.roadmap-viewport').screenshot({ path: 'scratch/roadmap-map-viewport.png' });
    await expectAccessible(page, 'strategic map with a selection');
  });

  it('clears the selection with Escape and selects with the keyboard', async () => {
    await card(HANDLINGSPLAN).focus();
    await page.keyboard.press('Escape');
    await page.getByText('Ingen milstolpe vald.').waitFor();
    expect(await page.locator('.rm-card.rm-faded').count()).toBe(0);
    await card('Hälso- och vårdutbudskarta').focus();
    await page.keyboard.press('Enter');
    expect(await selection()).toContain('Hälso- och vårdutbudskarta: 3 steg leder hit, 0 följer.');
  });

  it('zooms with the buttons', async () => {
    const before = await page.locator('.roadmap-zoom').innerText();
    await page.getByRole('button', { name: 'Zooma in' }).click();
    expect(await page.locator('.roadmap-zoom').innerText()).not.toBe(before);
  });

  it('shows the same as a table, with the selection named in text and the same filters', async () => {
    await card(HANDLINGSPLAN).click();
    await page.getByRole('button', { name: 'Tabell', exact: true }).click();
    const table = page.getByRole('table', { name: /Milstolpar i Förändrings/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(34);
    expect(await table.getByRole('cell', { name: 'leder till vald', exact: true }).count()).toBe(6);
    await expectAccessible(page, 'milestone table');
    await page.getByLabel('Insatsområde').first().selectOption({ label: 'Nära Vård' });
    await page.getByText('7 av 34 milstolpar').waitFor();
    await page.getByLabel('Effekt för').selectOption({ value: 'inv' });
    expect(await table.locator('tbody tr').count()).toBeLessThan(7);
    await page.getByLabel('Insatsområde').first().selectOption({ label: 'Alla insatsområden' });
    await page.getByLabel('Effekt för').selectOption({ value: '' });
    await page.getByText('34 av 34 milstolpar').waitFor();
  });

  it('reports a milestone reached with a date and a comment', async () => {
    await page.getByRole('table').getByRole('button', { name: 'Patientkontrakt' }).click();
    const detail = page.getByRole('region', { name: 'Patientkontrakt' });
    await detail.getByLabel('Rapportperiod').selectOption({ label: 'Årsbokslut 2023' });
    await detail.getByLabel('Status', { exact: true }).selectOption({ label: 'Uppnådd' });
    await detail.getByLabel(/Uppnådd datum/).fill('2023-11-30');
    await detail.getByLabel('Kommentar').fill('Patientkontrakt införda i alla vårdsamverkansområden.');
    await detail.getByRole('button', { name: 'Spara status' }).click();
    await detail.getByText('Statusen är sparad.').waitFor();
    await detail.getByText(/Årsbokslut 2023: Uppnådd \(2023-11-30\) – Patientkontrakt införda/).waitFor();
    const row = page.getByRole('table').getByRole('row', { name: /^Personcentrerat arbetssätt .*Patientkontrakt/ });
    expect(await row.innerText()).toContain('Uppnådd');
  });

  it('says there is nothing to link a milestone to while Region Skåne has no plan', async () => {
    const detail = page.getByRole('region', { name: 'Patientkontrakt' });
    await detail.getByText('Inga kopplingar.').waitFor();
    await detail.getByText('Organisationen har ingen plan ännu, så milstolpen kan inte kopplas till delar av planen eller mått.').waitFor();
  });

  it('refuses an arrow that would close a loop, naming it', async () => {
    await page.getByRole('table').getByRole('button', { name: HANDLINGSPLAN }).click();
    const detail = page.getByRole('region', { name: HANDLINGSPLAN });
    await detail.getByLabel('Till', { exact: true }).selectOption({ label: 'Patientkontrakt (2023)' });
    await detail.getByRole('button', { name: 'Rita pilen' }).click();
    await detail.getByRole('alert').filter({ hasText: `Pilen skulle skapa en cirkel: ${HANDLINGSPLAN} → Patientkontrakt → ${HANDLINGSPLAN}.` }).waitFor();
  });

  it('makes next year’s version, moves a milestone in it, and compares the two side by side', async () => {
    await page.getByRole('button', { name: 'Ny version för 2026' }).click();
    await page.getByLabel('Version', { exact: true }).locator('option:checked', { hasText: 'Version 2026' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Karta', exact: true }).click();
    await card('SDV infört').click();
    const detail = page.getByRole('region', { name: 'SDV infört' });
    await detail.locator('summary', { hasText: 'Ändra milstolpen' }).click();
    await detail.getByLabel('År', { exact: true }).selectOption('2026');
    await detail.getByRole('button', { name: 'Spara milstolpen' }).click();
    await detail.getByText('Milstolpen är sparad.').waitFor();
    await page.getByRole('link', { name: 'Jämför versioner' }).click();
    await page.getByRole('heading', { level: 1, name: /Jämför versioner av/ }).waitFor();
    const table = page.getByRole('table', { name: 'Jämför versioner' });
    await table.waitFor();
    const moved = table.getByRole('row', { name: /SDV infört/ });
    expect(await moved.innerText()).toContain('Flyttad i tid');
    expect(await moved.innerText()).toContain('Flyttad från Inväntar tidplan till 2026');
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Ändring', 'Milstolpe', 'Version 2022', 'Version 2026']);
    await page.getByText('0 tillagda, 0 borttagna, 1 flyttade, 0 med ändrade effekter, 0 ändrade pilar').waitFor();
    await expectAccessible(page, 'version comparison');
  });

  it('downloads the map as PNG, made in the browser from the server’s SVG', async () => {
    await page.getByRole('link', { name: 'Till kartan' }).click();
    await page.locator('.rm-card').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kartan som PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('strategisk-karta-2026.png');
    const svg = await page.evaluate(async () => (await fetch(document.querySelector<HTMLAnchorElement>('a[href*="map.svg"]')!.href)).text());
    expect(svg).toContain('<svg');
  });
});
