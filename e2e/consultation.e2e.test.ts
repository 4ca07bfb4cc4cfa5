import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStrategispor, STRATEGISPOR_TITLE } from '../src/test-support/fixtures/strategispor.fixtures';
import { readPdf } from '../src/test-support/read-documents';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const KLYNGER = [
  ['Klynge Vest (Herning)', 'klynge.vest@herning.example'],
  ['Horsens-klyngen', 'sundhed@horsens.example'],
  ['Aarhus-klyngen', 'klynge@aarhus.example'],
] as const;

/** `YYYY-MM-DDTHH:mm` two days ahead, as a datetime-local field takes it. */
function inTwoDays(): string {
  const d = new Date(Date.now() + 2 * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Issue 16's journey: Region Midtjylland sends seed 003's questions on its five spor to three
 * klynger; two answer through their links without an account (one on a 375 px phone, in Danish),
 * one does not; the region closes the round, replies and generates the høringsnotat, whose PDF lists
 * all three klynger with the right marks. Every page is scanned with axe.
 */
describe('Region Midtjylland consults the klynger on its Strategispor', () => {
  let app: RunningApp;
  let browser: Browser;
  let region: Page;
  let organisationId = 0;
  let consultationId = 0;
  const links: string[] = [];
  const seed = readStrategispor();

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    region = await (await browser.newContext({ viewport: { width: 1280, height: 1000 }, baseURL: app.url })).newPage();
    region.setDefaultTimeout(15_000);
    await region.goto('/login');
    await submitSignIn(region);
    await region.waitForURL((u) => !u.pathname.startsWith('/login'));
    await region.getByLabel('Språk').selectOption('da');
    await region.getByLabel('Sprog').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('has Region Midtjylland and its Strategispor, written through the plan services from seed 003', async () => {
    const post = async (url: string, data: unknown) => {
      const res = await region.request.post(url, { data });
      expect(res.status(), `${url}: ${await res.text()}`).toBe(201);
      return (await res.json()) as { id: number };
    };
    organisationId = (await post('/api/organisations', { name: 'Region Midtjylland', language: 'da', template: 'midtjylland' })).id;
    const planId = (await post(`/api/organisations/${organisationId}/plans`, { title: STRATEGISPOR_TITLE, startYear: 2016, endYear: 2019 })).id;
    for (const spor of seed.spor) {
      const { id } = await post(`/api/plans/${planId}/nodes`, { parentId: null, levelKey: 'track', name: spor.title });
      for (const initiative of spor.initiatives) await post(`/api/plans/${planId}/nodes`, { parentId: id, levelKey: 'initiative', name: initiative });
    }
  });

  it('sends the questions on the five spor to three klynger', async () => {
    await region.goto('/');
    await region.getByRole('region', { name: 'Region Midtjylland' }).getByRole('link', { name: 'Høringer' }).click();
    await region.getByRole('heading', { level: 1, name: 'Høringer' }).waitFor();
    await region.getByLabel('Overskrift').fill('Høring om strategispor 2016');
    await region.getByLabel('Høringsbrev').fill('Region Midtjylland har udarbejdet strategispor for regionens rolle i det nære og sammenhængende sundhedsvæsen.\nVi beder klyngerne om input.');
    await region.getByLabel('Høringsfrist').fill(inTwoDays());
    await region.getByLabel('Plan', { exact: true }).selectOption({ label: STRATEGISPOR_TITLE });
    for (const spor of seed.spor) await region.getByRole('checkbox', { name: spor.title }).check();
    // The Midtjylland model starts a round from seed 003's questions, word for word.
    expect(await region.getByLabel('Spørgsmål').inputValue()).toBe(seed.questions.map((q) => [q.text, ...q.subQuestions.map((s) => `- ${s}`)].join('\n')).join('\n'));
    await region.getByLabel('Høringsparter').fill(KLYNGER.map(([name, email]) => `${name}; ${email}`).join('\n'));
    await expectAccessible(region, 'a new høring');
    await region.getByRole('button', { name: 'Send høringen' }).click();
    await region.getByRole('heading', { name: /Høringen er sendt/ }).waitFor();
    for (const [name] of KLYNGER) links.push((await region.getByRole('link', { name: `Link til ${name}` }).getAttribute('href'))!);
    expect(links.every((l) => /\/consultation\/[\w-]{40,}$/.test(l))).toBe(true);
    await expectAccessible(region, 'the høring sent');
    await region.getByRole('link', { name: 'Åbn høringen' }).click();
    await region.waitForURL(/\/consultations\/\d+$/);
    consultationId = Number(/\/consultations\/(\d+)$/.exec(region.url())![1]);
  });

  async function respond(context: BrowserContext, link: string, who: { name: string; email: string }, fill: (page: Page) => Promise<void>, what: string) {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(link);
    // No language chosen: the page speaks the consultation's, Danish.
    await page.getByRole('heading', { level: 1, name: 'Høring om strategispor 2016' }).waitFor();
    await page.getByText('Høring fra Region Midtjylland').waitFor();
    await page.getByLabel('Navn').fill(who.name);
    await page.getByLabel('E-mailadresse').fill(who.email);
    await fill(page);
    await expectAccessible(page, what);
    await page.getByRole('button', { name: 'Indsend høringssvaret' }).click();
    await page.getByText(/Høringssvaret er indsendt \(version 1\)/).waitFor();
    await expectAccessible(page, `${what}, submitted`);
    return page;
  }

  it('Klynge Vest answers on a 375 px phone, in Danish, without an account', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, baseURL: app.url, isMobile: true });
    const page = await respond(
      phone,
      links[0]!,
      { name: 'Mette Sørensen', email: 'mette@herning.example' },
      async (p) => {
        const q1 = p.getByRole('region', { name: /Spørgsmål 1/ });
        await q1.getByRole('group', { name: 'Svar for hele høringen' }).getByLabel('Svar').fill('Opgaveløsningen er i høj grad fælles; regionen har specialisterne.');
        await q1.getByText(`Svar for delen: ${seed.spor[1]!.title}`).first().click();
        const part = q1.getByRole('group', { name: `Svar for delen: ${seed.spor[1]!.title}` });
        await part.getByLabel('Holdning').selectOption({ label: 'Støtter med ændringer' });
        await part.getByLabel('Svar').fill('Akutteam bør være et fælles ansvar.');
      },
      'Klynge Vest on a phone',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.close();
  });

  it('Horsens-klyngen answers the second question on a desktop', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 1000 }, baseURL: app.url });
    await respond(
      desk,
      links[1]!,
      { name: 'Lars Holm', email: 'lars@horsens.example' },
      async (p) => {
        const q2 = p.getByRole('region', { name: /Spørgsmål 2/ });
        await q2.getByRole('group', { name: 'Svar for hele høringen' }).getByLabel('Holdning').selectOption({ label: 'Er imod' });
        await q2.getByRole('group', { name: 'Svar for hele høringen' }).getByLabel('Svar').fill('Sundhedshuse skal ikke prioriteres før data deles mellem sektorerne.');
        // The attachment goes as the request body through its contract; a file that is no PDF is refused in Danish.
        const attach = p.getByLabel('Vedhæft fil');
        await attach.setInputFiles({ name: 'program.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') });
        await p.getByText('Kun PDF- og Word-filer (.pdf, .docx) kan vedhæftes; filens indhold afgør det, ikke dens navn.').waitFor();
        await attach.setInputFiles({ name: 'horsens-svar.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
        await p.getByRole('region', { name: /Bilag/ }).getByRole('listitem').filter({ hasText: 'horsens-svar.pdf' }).waitFor();
      },
      'Horsens-klyngen',
    );
    await desk.close();
  });

  it('the region closes the round, reads the answers side by side and replies', async () => {
    await region.goto(`/consultations/${consultationId}`);
    await region.getByRole('heading', { level: 1, name: 'Høring om strategispor 2016' }).waitFor();
    await region.getByText('2 af 3 har svaret').waitFor();
    await region.getByRole('button', { name: 'Luk høringen nu' }).click();
    await region.getByText(/· Lukket/).waitFor();
    await region.getByLabel('Regionens bemærkning (Klynge Vest (Herning))').first().fill('Enig: specialisterne forbliver regionale.');
    await region.getByRole('button', { name: 'Gem bemærkningen' }).first().click();
    await region.getByText('Gemt.').first().waitFor();
    await region.getByLabel('Sammenfatning af svarene').first().fill('Klyngerne ser opgaveløsningen som fælles.');
    await region.getByRole('button', { name: 'Gem sammenfatningen' }).first().click();
    await region.getByText('Gemt.').first().waitFor();
    await expectAccessible(region, 'the answers side by side');
  });

  it('generates the høringsnotat, whose PDF lists all three klynger with the right marks', async () => {
    const href = await region.getByRole('link', { name: 'Høringsnotat (PDF)' }).getAttribute('href');
    const res = await region.request.get(href!);
    expect(res.status()).toBe(200);
    const pages = await readPdf(Buffer.from(await res.body()));
    const parties = pages.find((p) => p.includes('Høringsparter') && p.includes('Intet svar'))!;
    // Danish alphabetical order (Aa is Å, last), each with its mark.
    expect(parties).toMatch(/Horsens-klyngen\s*● Svaret[\s\S]*Klynge Vest \(Herning\)\s*● Svaret[\s\S]*Aarhus-klyngen\s*○ Intet svar/);
    expect(parties).toContain('2 ud af 3 høringsparter har svaret.');
    const text = pages.join('\n');
    expect(text).toContain('Enig: specialisterne forbliver regionale.');
    expect(text).toContain('Klyngerne ser opgaveløsningen som fælles.');
    expect(text).toContain('Sundhedshuse skal ikke prioriteres før data deles mellem sektorerne.');
  });

  it('publishes the answers and the notat on a public page that anyone can read', async () => {
    await region.getByRole('button', { name: 'Offentliggør svarene og høringsnotatet' }).click();
    const href = await region.getByRole('link', { name: 'Den offentlige side' }).getAttribute('href');
    const visitor = await browser.newContext({ viewport: { width: 375, height: 800 }, baseURL: app.url });
    const page = await visitor.newPage();
    await page.goto(href!);
    await page.getByRole('heading', { level: 1, name: 'Høring om strategispor 2016' }).waitFor();
    // A visitor who has chosen no language reads the app's default, Swedish; the answers stay as written.
    await page.getByText('Aarhus-klyngen: ○ Inget svar').waitFor();
    await page.getByText('Akutteam bør være et fælles ansvar.').waitFor();
    expect(await page.content()).not.toContain('@herning.example');
    await expectAccessible(page, 'the published høring');
    await visitor.close();
  });
});
