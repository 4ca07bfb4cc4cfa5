import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../src/test-support/fixtures/document-files.fixtures';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const TITLE = 'Västra Götalandsregionen – prioriterade mål och indikatorer 2022';
const ACCESS = 'Invånarnas tillgång till den vård de behöver ska öka';
const TRAVEL = 'Det hållbara resandet ska öka och bidra till möjligheterna att bo, verka och vistas i hela regionen';
const FIRST_VISIT = 'Andel vårdgarantipatienter som har väntat högst 90 dagar på första besök';
const ER = 'Andel patienter där total vistelsetid är mindre än eller lika med 4 timmar vid besök på akutmottagning';

/**
 * Another region's plan as a Word file: Västra Götalandsregionen's prioritised goals and
 * indicators (Stratsys published view, 2020–2022), its goals as headings and its tables with
 * column words the rules do not all know ("Värde 2021", "Avser").
 */
const docx = () =>
  writeDocx({
    title: TITLE,
    blocks: [
      { h: 1, text: ACCESS },
      {
        table: [
          ['Indikatorer', 'Utfall 2020', 'Värde 2021', 'Värde 2022', 'Avser'],
          [FIRST_VISIT, '77%', '71%', '69%', 'Dec 2022'],
          ['Andel vårdgarantipatienter som har väntat högst 90 dagar på behandling', '59%', '59%', '64%', 'Dec 2022'],
          [ER, '64,7%', '57%', '', 'Dec 2021'],
        ],
      },
      { h: 1, text: TRAVEL },
      {
        table: [
          ['Indikatorer', 'Utfall 2020', 'Värde 2021', 'Värde 2022', 'Avser'],
          ['Kollektivtrafikens marknadsandel av de motoriserade resorna i regionen', '23%', '21%', '', '2021'],
        ],
      },
    ],
  });

describe('a plan document comes in: upload, review, draft plan, scorecard', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-e2e-extract-'));
  const file = join(dir, 'vgr-mal-och-indikatorer.docx');

  beforeAll(async () => {
    writeFileSync(file, await docx());
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const settle = () => page.waitForLoadState('networkidle');

  it('signs in and opens the page from the new-plan page', async () => {
    await page.goto(`${app.url}/organisations/1/plans/new`);
    await page.waitForURL(/\/login/);
    await submitSignIn(page);
    await page.getByRole('link', { name: 'Läs in ett plandokument' }).click();
    await page.getByRole('heading', { level: 1, name: 'Läs in ett plandokument' }).waitFor();
    await expectAccessible(page, 'the empty extraction page');
  });

  it('uploads the Word plan and sees the document beside the proposed plan', async () => {
    await page.getByLabel(/^Dokument \(DOCX/).setInputFiles(file);
    await page.getByRole('button', { name: 'Läs dokumentet' }).click();
    await page.getByRole('status').filter({ hasText: 'Läst: vgr-mal-och-indikatorer.docx (DOCX)' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Föreslagen plan' }).waitFor();
    await expect(page.getByLabel('Planens namn', { exact: true }).inputValue()).resolves.toBe(TITLE);
    await expectAccessible(page, 'the review');
  });

  it('maps a heading level and three table columns, skips a row and sees the part looked at highlighted', async () => {
    await page.getByLabel(/^Heading 1 \(2 st/).selectOption({ label: 'Framgångsfaktor' });
    await settle();
    const columns = page.getByRole('group', { name: 'Tabell 1' });
    // The header row is chosen, not only found: the first row, said outright.
    await expect(columns.getByLabel('Rubrikrad').inputValue()).resolves.toBe('');
    await columns.getByLabel('Rubrikrad').selectOption('0');
    await settle();
    await columns.getByLabel('Kolumnen "Värde 2021"').selectOption({ label: 'Utfall 2021' });
    await settle();
    await columns.getByLabel('Kolumnen "Värde 2022"').selectOption({ label: 'Utfall 2022' });
    await settle();
    await columns.getByLabel('Kolumnen "Avser"').selectOption({ label: 'Period' });
    await settle();
    await page.getByLabel('Hoppa över raden 3').check();
    await settle();
    const proposal = page.getByRole('region', { name: 'Föreslagen plan' });
    // The skipped row's measure leaves the proposal once the server has read the new mapping.
    await proposal.getByRole('button', { name: `Visa i dokumentet: ${ER}` }).waitFor({ state: 'detached' });
    await proposal.getByRole('button', { name: `Visa i dokumentet: ${FIRST_VISIT}` }).click();
    const highlighted = page.locator('.extract-blocks > li[aria-current="true"]');
    await expect(highlighted.getByRole('table').count()).resolves.toBe(1);
    await expectAccessible(page, 'the mapped review');
  });

  it('creates the draft plan and sees it on the scorecard', async () => {
    await page.getByLabel('Första år').fill('2022');
    await page.getByLabel('Sista år').fill('2022');
    await page.getByRole('button', { name: 'Skapa planutkast' }).click();
    await page.getByText('Utkastet är skapat: 2 noder, 3 mått och 8 värden.').waitFor();
    await expectAccessible(page, 'the draft created');
    await page.getByRole('link', { name: 'Öppna utkastet i styrkortet' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText(FIRST_VISIT).first().waitFor();
    await expect(page.getByText(ER).count()).resolves.toBe(0);
    await expectAccessible(page, 'the scorecard of the draft');
  });

  it('reads seed 004’s slides and shows the governance model they describe, mapped onto the organisation’s levels', async () => {
    const slides = join(dir, 'skane-2002.txt');
    copyFileSync('/work/shared/seeds/004_7ee6044ce2e50620.txt', slides);
    await page.goto(`${app.url}/organisations/1/extract`);
    await page.getByLabel(/^Dokument \(DOCX/).setInputFiles(slides);
    await page.getByRole('button', { name: 'Läs dokumentet' }).click();
    const model = page.getByRole('region', { name: 'Styrmodell i dokumentet' });
    await model.getByText('"Modell för Balanserad styrning"', { exact: false }).waitFor();
    await expect(model.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Perspektiv (Hälsa, Kund, Process, Utveckling, Ekonomi)',
      expect.stringMatching(/^Strategiska mål – /u),
      'Framgångsfaktorer – Vad är viktigt för oss att göra bra?',
      expect.stringMatching(/^Mätbara mål – .* · här hänger måtten$/u),
    ]);
    await expect(model.getByLabel('"Strategiska mål" motsvarar').inputValue()).resolves.toBe('goal');
    await model.getByText('Modellen är densamma som mallen "Balanserad styrning, Region Skåne 2002"', { exact: false }).waitFor();
    await model.getByRole('button', { name: 'Anta mallen som organisationens styrmodell' }).waitFor();
    await expectAccessible(page, 'the governance model proposed from seed 004');
  });
});
