import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const PLAN = 'Regionstyrelsens plan 2022-2024';

/** A politician's secretary downloads the plan, the follow-up report for a period and the values from the documents page. */
describe('documents journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

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

  /** Clicks a download link and returns the file's suggested name and bytes. */
  async function download(name: string): Promise<{ file: string; bytes: Buffer }> {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return { file: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
  }

  it('opens the documents page from the scorecard, scanned with axe', async () => {
    await page.goto(`${app.url}/login?next=${encodeURIComponent('/plans/1')}`);
    await submitSignIn(page);
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await page.getByRole('link', { name: 'Dokument', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dokument' }).waitFor();
    await expectAccessible(page, 'documents page');
  });

  it('downloads the plan as Word and PDF', async () => {
    const docx = await download(`${PLAN} som Word (DOCX)`);
    expect(docx.file).toBe(`${PLAN}.docx`);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(docx.bytes.length).toBeGreaterThan(10_000);
    const pdf = await download(`${PLAN} som PDF`);
    expect(pdf.file).toBe(`${PLAN}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(50_000);
  });

  it('downloads the follow-up report for the chosen period and the values as Excel', async () => {
    await page.getByLabel('Period').selectOption({ label: 'Delår augusti 2022' });
    const report = await download('Uppföljningsrapport Delår augusti 2022 som PDF');
    expect(report.file).toBe(`Uppföljning ${PLAN} DÅ 08 2022.pdf`);
    expect(report.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const word = await download('Uppföljningsrapport Delår augusti 2022 som Word (DOCX)');
    expect(word.file).toBe(`Uppföljning ${PLAN} DÅ 08 2022.docx`);
    const xlsx = await download('Mått och värden som Excel (XLSX)');
    expect(xlsx.file).toBe(`Mått och värden ${PLAN}.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
    await expectAccessible(page, 'documents page after choosing a period');
  });

  it('writes the documents in another language when one is chosen, with that language’s dates and numbers', async () => {
    const picker = page.getByLabel('Dokumentens språk');
    expect(await picker.inputValue()).toBe('sv'); // the organisation's language
    await picker.selectOption({ label: 'English' });
    expect(await page.getByRole('link', { name: `${PLAN} som PDF` }).getAttribute('href')).toMatch(/plan\.pdf\?lang=en$/);
    expect(await page.getByRole('link', { name: 'Uppföljningsrapport Delår augusti 2022 som PDF' }).getAttribute('href')).toMatch(/&lang=en$/);
    const en = await download(`${PLAN} som Word (DOCX)`);
    const enXml = await (await JSZip.loadAsync(en.bytes)).file('word/document.xml')!.async('string');
    expect(enXml).toContain('Contents');
    expect(enXml).toMatch(/Printed from Ledstjärna \d{1,2} [A-Z][a-z]+ \d{4}/);
    await picker.selectOption({ label: 'Dansk' });
    const da = await download(`${PLAN} som Word (DOCX)`);
    const daXml = await (await JSZip.loadAsync(da.bytes)).file('word/document.xml')!.async('string');
    expect(daXml).toContain('Indhold');
    expect(daXml).toMatch(/Udskrevet fra Ledstjärna \d{1,2}\. [a-zæøå]+ \d{4}/);
    expect(daXml).toMatch(/>[^<]*\b\d{1,3}\.\d{3}\b[^<]*</); // thousands grouped with a point
    await picker.selectOption({ label: 'Svenska' });
    expect(await page.getByRole('link', { name: `${PLAN} som PDF` }).getAttribute('href')).toMatch(/plan\.pdf$/);
    await expectAccessible(page, 'documents page with a document language chosen');
  });

  it('exports the scorecard of the chosen period as a PowerPoint deck and as Excel', async () => {
    const deck = await download('Styrkort Delår augusti 2022 som PowerPoint (PPTX)');
    expect(deck.file).toBe(`Styrkort ${PLAN} DÅ 08 2022.pptx`);
    const zip = await JSZip.loadAsync(deck.bytes);
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    // A title slide, one per perspective of seed 001, and further slides "(forts.)" for a perspective with more than 16 rows.
    expect(slides.length).toBeGreaterThan(6);
    const texts = await Promise.all(slides.map((n) => zip.file(n)!.async('string')));
    expect(texts.some((x) => x.includes('(forts.)'))).toBe(true);
    expect(await zip.file('ppt/slides/slide2.xml')!.async('string')).toContain('Samhällsperspektivet');
    const xlsx = await download('Styrkort Delår augusti 2022 som Excel (XLSX)');
    expect(xlsx.file).toBe(`Styrkort ${PLAN} DÅ 08 2022.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
