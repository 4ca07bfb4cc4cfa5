import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KoladaStandin, startKoladaStandin } from '../src/test-support/kolada-standin';
import { syntheticRegionValues } from '../src/test-support/kolada-synthetic';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const MEASURE = 'Antibiotikarecept per tusen invånare och år';
const KPI_TITLE = 'Antibiotikaförsäljning, recept/1000 inv';

/**
 * An editor links a measure to Kolada and fetches its values from a local stand-in of Kolada's
 * API (the real catalogue and municipality list; region values are SYNTHETIC test values, see
 * kolada-synthetic.ts), sees a failed fetch explained, and compares all 21 regions with Riket.
 */
describe('Kolada journey', () => {
  let standin: KoladaStandin;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    standin = await startKoladaStandin({ pageSize: 40 });
    standin.addValues(syntheticRegionValues('N00404'));
    // The server is started with the stand-in as Kolada (startApp passes the environment on).
    process.env.KOLADA_BASE_URL = standin.url;
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await standin?.close();
  });

  it('signs in and sees the organisation’s Kolada id on the model page', async () => {
    await page.goto(`${app.url}/organisations/1/model`);
    await page.waitForURL(/\/login/);
    await submitSignIn(page);
    await page.waitForURL(/\/organisations\/1\/model/);
    const select = page.getByLabel('Kommun eller region i Kolada');
    await select.waitFor();
    expect(await select.inputValue()).toBe('0025');
    expect(await select.locator('option:checked').innerText()).toBe('Region Norrbotten (0025)');
    await page.getByRole('button', { name: 'Spara Kolada-id' }).click();
    await page.getByRole('status').filter({ hasText: 'Kolada-id är sparat.' }).waitFor();
    await expectAccessible(page, 'model page with Kolada id');
  });

  it('searches the catalogue on the measure page and links a KPI', async () => {
    await page.goto(`${app.url}/plans/1`);
    await page.getByRole('link', { name: MEASURE }).click();
    await page.getByRole('heading', { level: 1, name: MEASURE }).waitFor();
    const panel = page.getByRole('region', { name: 'Kolada' });
    await panel.getByText('Måttet är inte kopplat till något nyckeltal i Kolada.').waitFor();
    await panel.getByLabel('Sök nyckeltal').fill('antibiotikaförsäljning recept');
    await panel.getByRole('button', { name: 'Sök' }).click();
    await panel.getByRole('button', { name: `Koppla N00404 ${KPI_TITLE}` }).click();
    await panel.getByRole('status').filter({ hasText: 'Måttet är kopplat till N00404.' }).waitFor();
    await panel.getByText(KPI_TITLE, { exact: false }).first().waitFor();
    await expectAccessible(page, 'measure page with Kolada panel');
  });

  it('explains a failed fetch and changes nothing', async () => {
    standin.fail({ kind: 'status', status: 500, page: 1 });
    const panel = page.getByRole('region', { name: 'Kolada' });
    try {
      await panel.getByRole('button', { name: 'Hämta nu' }).click();
      await panel.getByRole('alert').filter({ hasText: 'Kolada svarade med HTTP 500 på sida 1. Inget har ändrats.' }).waitFor();
      await panel.getByText('Misslyckades', { exact: true }).waitFor();
    } finally {
      standin.fail(null);
    }
    expect(await page.getByRole('cell', { name: /Källa: Kolada/ }).count()).toBe(0);
  });

  it('fetches now and shows the values credited “Källa: Kolada”', async () => {
    const panel = page.getByRole('region', { name: 'Kolada' });
    await panel.getByRole('button', { name: 'Hämta nu' }).click();
    await panel.getByRole('status').filter({ hasText: /Hämtat från Kolada: 14 värden för Region Norrbotten/ }).waitFor();
    await panel.getByText('Lyckades', { exact: true }).waitFor();
    // 2022: T 281, K 330, M 231 (synthetic), each with its source.
    for (const [sex, value] of [['Totalt', '281'], ['Kvinnor', '330'], ['Män', '231']]) {
      await page.getByRole('row').filter({ hasText: '2022' }).filter({ hasText: sex }).filter({ hasText: value }).filter({ hasText: 'Källa: Kolada' }).first().waitFor();
    }
    expect(await page.getByRole('cell', { name: /Källa: Kolada/ }).count()).toBe(14);
    await page.getByText('Källa: Kolada, för de värden som har hämtats därifrån (se tabellen).').waitFor();
    await expectAccessible(page, 'measure page with values from Kolada');
  });

  it('compares all 21 regions with Riket, chart and table, own region marked', async () => {
    await page.getByRole('link', { name: 'Jämför alla regioner' }).click();
    await page.getByRole('heading', { level: 1, name: `Jämförelse mellan regioner: ${MEASURE}` }).waitFor();
    const table = page.getByRole('table', { name: /Antibiotikaförsäljning, recept\/1000 inv, 2022/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(22);
    const own = table.getByRole('row', { name: /Region Norrbotten \(egen region\)/ });
    expect(await own.innerText()).toMatch(/281/);
    expect(await table.locator('tbody tr').last().innerText()).toMatch(/Riket\s+290/);
    expect(await page.getByRole('img', { name: /Region Norrbotten har 281 och plats \d+ av 20\. Riket har 290\./ }).count()).toBe(1);
    await page.getByText('Källa: Kolada.').waitFor();
    await page.getByLabel('Kön').selectOption({ label: 'Kvinnor' });
    await table.getByRole('row', { name: /Region Norrbotten \(egen region\)/ }).filter({ hasText: '330' }).waitFor();
    await expectAccessible(page, 'comparison page');
  });

  it('never overwrites a value a person entered: the difference is shown with both values, and the person’s choice is stored', async () => {
    await page.goto(`${app.url}/plans/1`);
    await page.getByRole('link', { name: MEASURE }).click();
    await page.getByRole('heading', { level: 1, name: MEASURE }).waitFor();
    const measureId = Number(/\/measures\/(\d+)/.exec(page.url())![1]);
    // A person enters their own 2022 value over Kolada's 281.
    const entered = await page.request.post(`${app.url}/api/measures/${measureId}/values`, { data: { period: '2022', sex: 'T', value: '300', status: 'final' }, headers: { origin: app.url } });
    expect(entered.status()).toBe(201);
    const panel = page.getByRole('region', { name: 'Kolada' });
    await panel.getByRole('button', { name: 'Hämta nu' }).click();
    await panel.getByRole('status').filter({ hasText: /1 inmatade värden skiljer sig från Koladas och behölls.*2022 totalt: inmatat 300/ }).waitFor();

    await page.goto(`${app.url}/plans/1/kolada-differences`);
    await page.getByRole('heading', { level: 1, name: 'Skillnader mot Kolada' }).waitFor();
    const row = page.getByRole('table', { name: 'Inmatade värden som skiljer sig från Koladas' }).getByRole('row', { name: new RegExp(MEASURE) });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['2022 totalt', expect.stringMatching(/^300/), '281']));
    await expectAccessible(page, 'differences from Kolada');
    await page.getByRole('button', { name: `Använd Koladas värde 281 för ${MEASURE} 2022 totalt` }).click();
    await page.getByRole('status').filter({ hasText: `Koladas värde 281 gäller nu för ${MEASURE} 2022 totalt.` }).waitFor();
    await page.getByText('Inga inmatade värden skiljer sig från Koladas.').waitFor();
    await expectAccessible(page, 'differences from Kolada after the choice');
    // Stored: the value is Kolada's again, with its source.
    const measure = (await (await page.request.get(`${app.url}/api/measures/${measureId}`)).json()) as { values: { period: string; sex: string; value: number; source: string | null }[] };
    expect(measure.values.find((v) => v.period === '2022' && v.sex === 'T')).toMatchObject({ value: 281, source: 'Kolada' });
  });
});
