import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const PLAN = 'Regionstyrelsens plan 2022-2024';
const VARDSKADOR = 'Andel vårdskador, sluten somatisk vård';
const UNKNOWN = 'Antal enhörningar i länet';

/** A real XLSX file, written by exceljs: the header words a region's own export might use. */
async function writeXlsx(path: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Utfall');
  ws.addRow(['Indikator', 'Tidpunkt', 'Kön', 'Utfall, %']);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

/**
 * An editor's journey: sign in, open the import page from the scorecard, upload an XLSX, map
 * the value column, see the preview and a rejected row, upload the corrected file, import,
 * watch the job finish, and see the measure's status change on the scorecard. Axe on each state.
 */
describe('values from files journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-e2e-values-'));
  const badFile = join(dir, 'utfall-delår-augusti.xlsx');
  const goodFile = join(dir, 'utfall-delår-augusti-rättad.xlsx');

  beforeAll(async () => {
    await writeXlsx(badFile, [
      [VARDSKADOR, 'DÅ 08 2022', 'Totalt', 5.8],
      [UNKNOWN, 'DÅ 08 2022', 'Totalt', 12],
      [VARDSKADOR, 'DÅ 08 2022', 'Kvinnor', '6,1'],
    ]);
    await writeXlsx(goodFile, [
      [VARDSKADOR, 'DÅ 08 2022', 'Totalt', 5.8],
      [VARDSKADOR, 'DÅ 08 2022', 'Kvinnor', '6,1'],
    ]);
    app = await startApp();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const measureRow = () => page.getByRole('row').filter({ has: page.getByRole('link', { name: VARDSKADOR }) });

  it('signs in and sees the measure without a value for delår augusti 2022', async () => {
    await page.goto(`${app.url}/plans/1?period=2022-D%C3%8508`);
    await page.waitForURL(/\/login/);
    await submitSignIn(page);
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await measureRow().filter({ hasText: 'Inget värde ännu' }).waitFor();
  });

  it('opens the import page from the scorecard', async () => {
    await page.getByRole('link', { name: 'Importera värden från fil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera värden' }).waitFor();
    await expectAccessible(page, 'import page');
  });

  it('uploads an XLSX, maps the value column and sees the rejected row with its reason', async () => {
    await page.getByLabel('Fil', { exact: true }).setInputFiles(badFile);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByRole('heading', { level: 2, name: '2. Vilken kolumn är vad?' }).waitFor();
    // The header words for measure, period and sex are recognised; the value column is not.
    expect(await page.getByLabel('Mått (id eller namn)').inputValue()).toBe('Indikator');
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('Tidpunkt');
    expect(await page.getByLabel('Kön').inputValue()).toBe('Kön');
    expect(await page.getByLabel('Värde', { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Välj vilken kolumn som innehåller värde.').waitFor();
    await page.getByLabel('Värde', { exact: true }).selectOption('Utfall, %');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('heading', { level: 2, name: '3. Förhandsgranskning' }).waitFor();
    await page.getByText('3 rader: 2 värden att importera, 0 tomma celler hoppas över, 1 rader avvisade.').waitFor();
    const rejected = page.getByRole('region', { name: 'Avvisade rader (1)' }).getByRole('row', { name: /^3/ });
    expect(await rejected.innerText()).toContain(UNKNOWN);
    expect(await rejected.innerText()).toContain('Okänt mått');
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    await expectAccessible(page, 'import page with a rejected row');
  });

  it('uploads the corrected file, previews it clean and imports it', async () => {
    await page.getByLabel('Fil', { exact: true }).setInputFiles(goodFile);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByText(/Uppladdad: utfall-delår-augusti-rättad\.xlsx/).waitFor();
    await page.getByLabel('Värde', { exact: true }).selectOption('Utfall, %');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Inga rader avvisades.').waitFor();
    const first = page.getByRole('region', { name: 'De första värdena som de kommer att sparas' });
    expect(await first.getByRole('row', { name: /Kvinnor/ }).innerText()).toMatch(/Delår augusti 2022.*6,1/s);
    await expectAccessible(page, 'import page with a clean preview');

    await page.getByRole('button', { name: 'Importera 2 värden' }).click();
    await page.getByRole('status').filter({ hasText: 'Klart: 2 värden importerade, 2 nya och 0 ersatta.' }).waitFor();
    await expectAccessible(page, 'import page after the import');
  });

  it('sees the measure’s status change on the scorecard', async () => {
    await page.getByRole('link', { name: 'Till styrkortet' }).click();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    if (!decodeURIComponent(page.url()).includes('2022-DÅ08')) await page.getByLabel('Period').selectOption({ label: 'Delår augusti 2022' });
    await measureRow().filter({ hasText: 'Uppfyllt' }).waitFor();
    expect(await measureRow().innerText()).toMatch(/5,8\s%/);
    await expectAccessible(page, 'scorecard after the import');
  });

  it('imports a DHIS2 file: sees its format, maps its codes once, and imports it through the job', async () => {
    await page.goto(`${app.url}/plans/1/import-values`);
    await page.getByRole('heading', { level: 1, name: 'Importera värden' }).waitFor();
    await page.getByLabel('Fil', { exact: true }).setInputFiles(join(process.cwd(), 'src/test-support/fixtures/value-formats/dhis2-datavalueset.json'));
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByText('Format: DHIS2 dataValueSets (JSON)').waitFor();
    await page.getByRole('heading', { level: 2, name: '2. Koppla filens koder' }).waitFor();
    await expectAccessible(page, 'import page with codes to map');
    await page.getByLabel('DHIS2 fbfJHSPpUQD').selectOption({ label: VARDSKADOR });
    await page.getByLabel('DHIS2 cYeuwXTCPkU').selectOption({ label: 'Kontinuitetsindex' });
    // The org unit left empty: the whole organisation.
    await page.getByLabel('Område för DHIS2 ImspTQPwCqd').waitFor();
    await page.getByRole('button', { name: 'Spara kopplingarna' }).click();
    await page.getByText('Alla koder i filen är kopplade till planens mått och organisationens områden.').waitFor();
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Inga rader avvisades.').waitFor();
    await page.getByRole('button', { name: 'Importera 2 värden' }).click();
    await page.getByRole('status').filter({ hasText: 'Klart: 2 värden importerade, 2 nya och 0 ersatta.' }).waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'import page after a DHIS2 import');
  });
});
