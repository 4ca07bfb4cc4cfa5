import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiAs, expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const PERIOD = '2022-DÅ04';
const FACTOR = 'En sammanhållen och samordnad vård utifrån individens behov';
const PALLIATIVE = 'Andel patienter med palliativ diagnos som har en dokumenterad behandlingsstrategi (%) inkl privata hc';
const OTHERS: { name: RegExp; values: { sex: 'T' | 'K' | 'M'; value: string }[] }[] = [
  { name: /^Andel av vårdtillfällen där patienter varit utskrivningsklara/, values: [{ sex: 'T', value: '6,5' }] },
  { name: /^Oplanerade återinskrivningar inom 30 dagar/, values: [{ sex: 'K', value: '15,5' }, { sex: 'M', value: '16,9' }] },
  { name: /^Andel av patienter med SIP som har en fast vårdkontakt/, values: [{ sex: 'T', value: '86' }] },
];

/**
 * Issue 12's journey: one value of four under a success factor gives "för få värden", not a colour;
 * all four give a colour; the owner enters a full-year forecast and sees whether it meets the year's
 * target; the scorecard of the period is exported as a PowerPoint deck. Every page scanned with axe.
 */
describe('coverage, forecast and deck journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const followupPath = `/plans/1/followup?period=${encodeURIComponent(PERIOD)}`;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const nav = () => page.locator('.followup-nav');
  const openFactor = async () => {
    await nav().getByRole('button', { name: new RegExp(FACTOR) }).click();
    await page.getByRole('heading', { name: new RegExp(`Framgångsfaktor.*${FACTOR}`) }).waitFor();
  };
  const proposal = () => page.locator('.followup-selected .proposal .reason').innerText();

  it('enters one value of four and the success factor says "för få värden", not a colour', async () => {
    await page.goto(`${app.url}/login?next=${encodeURIComponent(`/plans/1?period=${encodeURIComponent(PERIOD)}`)}`);
    await submitSignIn(page);
    await page.getByRole('link', { name: PALLIATIVE }).first().click();
    await page.getByRole('heading', { level: 1, name: PALLIATIVE }).waitFor();
    await page.getByLabel('Period', { exact: true }).last().selectOption({ label: 'Delår april 2022' });
    await page.getByLabel('Kön').selectOption({ label: 'Totalt' });
    await page.getByLabel(/^Värde/).fill('72');
    await page.getByRole('button', { name: 'Spara värdet' }).click();
    await page.getByRole('status').filter({ hasText: /Sparat: 72\s%/ }).waitFor();

    await page.goto(`${app.url}${followupPath}`);
    await page.getByRole('heading', { level: 1, name: 'Uppföljning Delår april 2022' }).waitFor();
    await openFactor();
    expect(await proposal()).toMatch(/1 av 4 mått har värde.*för få värden/);
    // The measures beside the judgement form: the one value and its status.
    const measures = page.getByRole('table', { name: `Mått under ${FACTOR}` });
    expect(await measures.getByRole('row', { name: new RegExp(PALLIATIVE.slice(0, 40).replace(/[()]/g, '.')) }).innerText()).toMatch(/72\s%/);
    await expectAccessible(page, 'follow-up, one value of four');
  });

  it('with all four values the success factor gets a colour', async () => {
    // The other three arrive as an import would bring them: through the API.
    const admin = await apiAs(app.url, ADMIN);
    const scorecard = JSON.stringify(await (await admin('GET', `/api/plans/1/scorecard?period=${encodeURIComponent(PERIOD)}`)).json());
    for (const m of OTHERS) {
      const id = Number(new RegExp(`"id":(\\d+),"name":"${m.name.source.slice(1)}`).exec(scorecard)![1]);
      for (const v of m.values) {
        const res = await admin('POST', `/api/measures/${id}/values`, { period: PERIOD, sex: v.sex, value: v.value, status: 'final' });
        expect(res.status).toBe(201);
      }
    }
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Uppföljning Delår april 2022' }).waitFor();
    await openFactor();
    const reason = await proposal();
    expect(reason).toMatch(/4 av 4 mått har värde/);
    expect(reason).not.toMatch(/för få värden/);
    const badge = await page.locator('.followup-selected .proposal').innerText();
    expect(badge).toMatch(/Uppfyllt|Delvis uppfyllt|Ej uppfyllt/);
    await expectAccessible(page, 'follow-up, all four values');
  });

  it('enters a full-year forecast and sees whether it meets the year target, beside the judged status', async () => {
    const form = page.getByRole('group', { name: `Prognos och kommentar – ${PALLIATIVE}` });
    await form.getByLabel('Prognos för helåret 2022').fill('68');
    await form.getByLabel('Kommentar').fill('Fler brytpunktssamtal under hösten.');
    await form.getByRole('button', { name: 'Spara prognos' }).click();
    await form.getByRole('status').filter({ hasText: 'Prognosen är sparad.' }).waitFor();
    const note = page.locator('.node-measures .forecast-note').first();
    await note.getByText('Prognosen når inte målet').waitFor();
    expect((await note.innerText()).replace(/[\u00a0\u202f]/g, ' ')).toContain('Prognos 68 % < årsmål 70 % – prognosen når inte målet');
    await expectAccessible(page, 'follow-up with a forecast');
  });

  it('exports the deck of the period: a PowerPoint file with the perspective’s slide', async () => {
    await page.goto(`${app.url}/plans/1/documents`);
    await page.getByRole('heading', { level: 1, name: 'Dokument' }).waitFor();
    await page.getByLabel('Period').selectOption({ label: 'Delår april 2022' });
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Styrkort Delår april 2022 som PowerPoint (PPTX)' }).click()]);
    const bytes = readFileSync((await dl.path())!);
    expect(dl.suggestedFilename()).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml');
    const slides = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(slides.some((s) => s.includes('Verksamhetsperspektivet'))).toBe(true);
    await expectAccessible(page, 'documents page, deck of DÅ 04');
  });
});
