import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FederationView, WorkshopState } from '../src/shared/workshop-types';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const REGIONS = ['Region Västerbotten', 'Region Jämtland Härjedalen', 'Region Västernorrland'] as const;

/**
 * Issue 15's journey: a facilitator (on a projector-sized screen) and three participants from
 * three regions, each in a browser context of their own and one on a 375 px phone, run a short
 * workshop live to the federation's draft shared plan; then a member region adopts a shared goal.
 */
describe('a short strategy workshop of Norrlandstingens regionförbund', () => {
  let app: RunningApp;
  let browser: Browser;
  let facilitator: Page;
  const contexts: BrowserContext[] = [];
  const participants: Page[] = [];
  const orgIds: Record<string, number> = {};
  let workshopId = 0;
  let federationId = 0;
  let jamtlandPlanId = 0;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 1000 }, baseURL: app.url });
    contexts.push(ctx);
    facilitator = await ctx.newPage();
    facilitator.setDefaultTimeout(15_000);
    await facilitator.goto('/login');
    await submitSignIn(facilitator);
    await facilitator.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    // The other three regions exist (made as in the organisations journey).
    for (const name of REGIONS) {
      const res = await facilitator.request.post('/api/organisations', { data: { name, template: 'norrbotten' }, headers: { origin: app.url } });
      expect(res.status()).toBe(201);
      orgIds[name] = ((await res.json()) as { id: number }).id;
    }
    await facilitator.reload();
    await facilitator.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.stop();
  });

  it('forms the federation of the four regions and sets up the workshop', async () => {
    await facilitator.getByRole('link', { name: 'Förbund' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Förbund' }).waitFor();
    await expectAccessible(facilitator, 'federations');
    await facilitator.getByLabel('Förbundets namn').fill('Norrlandstingens regionförbund');
    for (const name of ['Region Norrbotten', ...REGIONS]) await facilitator.getByRole('checkbox', { name }).check();
    await facilitator.getByRole('button', { name: 'Bilda förbundet' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Norrlandstingens regionförbund' }).waitFor();
    federationId = Number(/\/federations\/(\d+)/.exec(facilitator.url())![1]);
    await facilitator.getByLabel('Workshoppens namn').fill('Strategiworkshop glesbygdsmedicin');
    await facilitator.getByRole('button', { name: 'Sätt upp workshoppen' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Strategiworkshop glesbygdsmedicin' }).waitFor();
    workshopId = Number(/\/workshops\/(\d+)/.exec(facilitator.url())![1]);
    await facilitator.getByText('Uppdateras direkt').waitFor();
  });

  it('invites one participant per region by link; they join in their own browsers, one on a phone', async () => {
    let previous = '';
    for (const [i, region] of REGIONS.entries()) {
      await facilitator.getByText('Bjud in deltagare').click();
      await facilitator.getByLabel('Organisation', { exact: true }).last().selectOption({ label: region });
      await facilitator.getByLabel('Namn', { exact: true }).fill(`Deltagare ${i + 1}`);
      await facilitator.getByRole('button', { name: 'Skapa inbjudan' }).click();
      const linkField = facilitator.getByLabel(/Inbjudningslänk/);
      // The field still shows the previous invitation's link until the new one arrives.
      await expect.poll(async () => {
        const value = await linkField.inputValue();
        return value.includes('#') && value !== previous;
      }).toBe(true);
      const link = await linkField.inputValue();
      previous = link;
      const phone = i === 1;
      const ctx = await browser.newContext({ viewport: phone ? { width: 375, height: 740 } : { width: 1100, height: 900 }, baseURL: app.url, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
      contexts.push(ctx);
      const page = await ctx.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
      await page.getByRole('heading', { level: 1, name: 'Strategiworkshop glesbygdsmedicin' }).waitFor();
      await page.getByText(`Deltagare ${i + 1}, ${region}`).waitFor();
      await page.getByText('Uppdateras direkt').waitFor();
      participants.push(page);
      await facilitator.getByText('Bjud in deltagare').click(); // close the details again
    }
    const phone = participants[1]!;
    // The phone view has no horizontal scrolling.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(phone, 'participant view on a phone');
  });

  it('moves along seed 000’s agenda: every screen marks the step and opens its exercise; the conditions table has a column per member', async () => {
    await facilitator.getByRole('button', { name: 'Starta agendan' }).click();
    await facilitator.getByRole('button', { name: 'Nästa steg' }).click();
    const phone = participants[1]!;
    const current = phone.locator('.workshop-agenda [aria-current="step"]');
    await current.getByText('Skapa gemensamma förutsättningar', { exact: false }).waitFor();
    await current.getByText('pågår', { exact: false }).waitFor();
    const table = phone.getByRole('table', { name: 'Nyckeltal per medlemsregion' });
    await table.waitFor();
    for (const name of ['Region Norrbotten', ...REGIONS]) await table.getByRole('columnheader', { name }).waitFor();
    await table.getByRole('rowheader', { name: /Invånare totalt, antal/ }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(phone, 'conditions exercise on a phone');
    // On to the first brainstorm: everyone follows, and the rest of the journey writes ideas there.
    await facilitator.getByRole('button', { name: 'Nästa steg' }).click();
    for (const page of participants) await page.locator('.workshop-agenda [aria-current="step"]').getByText('Likvärdig, patientcentrerad vård', { exact: false }).waitFor();
    await participants[0]!.getByRole('heading', { level: 2, name: 'Idéer' }).waitFor();
  });

  it('writes silently; the facilitator sees each card arrive live, the others after the reveal', async () => {
    const texts = ['Gemensam rekrytering av specialister', 'Vård på distans i hemmet', 'Delad jourlinje för glesbygden'];
    for (const [i, page] of participants.entries()) {
      await page.getByLabel('Text', { exact: true }).fill(texts[i]!);
      await page.getByRole('button', { name: 'Lägg till kortet' }).click();
      await page.getByText(texts[i]!, { exact: true }).first().waitFor();
    }
    // No reload: the projector follows.
    for (const text of texts) await facilitator.getByText(text, { exact: true }).first().waitFor();
    // Silent writing: the others' cards are there, their text is not (the live region may also announce them).
    await expect.poll(() => participants[0]!.locator('.workshop-card').getByText('Dolt kort från Region Jämtland Härjedalen', { exact: false }).count()).toBe(1);
    expect(await participants[0]!.getByText('Vård på distans i hemmet').count()).toBe(0);
    await facilitator.getByRole('button', { name: 'Visa korten' }).click();
    await participants[0]!.getByText('Vård på distans i hemmet', { exact: true }).first().waitFor();
    await participants[2]!.getByText('Gemensam rekrytering av specialister', { exact: true }).first().waitFor();
  });

  it('groups cards by keyboard on the phone, and everyone sees the cluster', async () => {
    const phone = participants[1]!;
    await phone.getByLabel('Gruppens namn').fill('Kompetensförsörjning');
    await phone.getByRole('button', { name: 'Skapa gruppen' }).click();
    await phone.getByRole('region', { name: 'Kompetensförsörjning' }).waitFor();
    const card = phone.locator('.workshop-card').filter({ hasText: 'Gemensam rekrytering av specialister' });
    await card.getByLabel('Flytta till grupp').focus();
    await card.getByLabel('Flytta till grupp').selectOption({ label: 'Kompetensförsörjning' });
    await facilitator.getByRole('region', { name: 'Kompetensförsörjning' }).getByText('Gemensam rekrytering av specialister').first().waitFor();
  });

  it('votes with dots hidden until the facilitator reveals them', async () => {
    for (const page of participants) {
      await page.getByRole('button', { name: 'Ge en prick till: Delad jourlinje för glesbygden' }).click();
      await page.getByRole('button', { name: 'Ge en prick till: Delad jourlinje för glesbygden' }).click();
      await page.getByRole('button', { name: 'Spara mina röster' }).click();
      await page.getByText('Dina röster är sparade.').waitFor();
    }
    await facilitator.getByText('3 har röstat').waitFor();
    await facilitator.getByRole('button', { name: 'Visa rösterna' }).click();
    for (const page of participants) await page.getByText('Plats 1 · Totalt: 6').waitFor();
  });

  it('fills a gap row by keyboard: today and the target picture side by side', async () => {
    const page = participants[0]!;
    await page.getByRole('button', { name: 'Gap', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Gapanalys: i dag → målbild' }).waitFor();
    const write = async (text: string, stage: 'Idag' | 'Målbild') => {
      await page.getByLabel('Text', { exact: true }).focus();
      await page.keyboard.type(text);
      const select = page.getByLabel('Läge');
      await select.focus();
      // The select is worked by its arrow keys, as a keyboard user does.
      await page.keyboard.press(stage === 'Målbild' ? 'ArrowDown' : 'ArrowUp');
      expect(await select.locator('option:checked').innerText()).toBe(stage);
      await page.getByRole('button', { name: 'Lägg till kortet' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('.workshop-card').getByText(text, { exact: true }).waitFor();
    };
    await write('Hyrläkare på fyra av tio vårdcentraler', 'Idag');
    await write('Egna specialister i hela Norrland', 'Målbild');
    const row = page.getByRole('table', { name: 'Gapanalys per område: i dag och målbild' }).getByRole('row', { name: /Utan område/ });
    const cells = row.getByRole('cell');
    await cells.nth(0).getByText('Hyrläkare på fyra av tio vårdcentraler').waitFor();
    await cells.nth(1).getByText('Egna specialister i hela Norrland').waitFor();
    await expectAccessible(page, 'gap analysis');
  });

  it('adds an activity hypothesis, a focus area and the målbild, and makes the draft shared plan', async () => {
    const page = participants[2]!;
    await page.getByRole('button', { name: 'Aktiviteter' }).click();
    await page.getByLabel('Text', { exact: true }).fill('Starta gemensamt rekryteringsteam');
    await page.getByLabel('Vem').fill('HR-cheferna');
    await page.getByLabel('När').fill('Q2 2027');
    await page.getByRole('button', { name: 'Lägg till kortet' }).click();
    await facilitator.getByRole('button', { name: 'Aktiviteter' }).click();
    await facilitator.getByText('Starta gemensamt rekryteringsteam', { exact: true }).first().waitFor();
    await facilitator.getByRole('button', { name: 'Visa korten' }).click();
    await facilitator.getByLabel('Fokusområdets namn').fill('Kompetensförsörjning i glesbygd');
    const cards = facilitator.getByRole('group', { name: 'Kort som fokusområdet bygger på' });
    await cards.getByRole('checkbox', { name: /Gemensam rekrytering av specialister/ }).check();
    await cards.getByRole('checkbox', { name: /Delad jourlinje för glesbygden/ }).check();
    await cards.getByRole('checkbox', { name: /Vård på distans i hemmet/ }).check();
    await cards.getByRole('checkbox', { name: /Starta gemensamt rekryteringsteam/ }).check();
    await facilitator.getByRole('button', { name: 'Skapa fokusområdet' }).click();
    await participants[0]!.getByText('Kompetensförsörjning i glesbygd').first().waitFor();
    await facilitator.getByLabel('Gemensam målbild').fill('Norrland är världsledande i glesbygdens vård och omsorg.');
    await facilitator.getByRole('button', { name: 'Spara målbilden' }).click();
    await participants[1]!.getByText('Norrland är världsledande i glesbygdens vård och omsorg.').waitFor();
    await facilitator.getByRole('button', { name: 'Gör utkastet till gemensam plan' }).click();
    await facilitator.getByText('Utkastet är gjort.').waitFor();
    await expectAccessible(facilitator, 'facilitator view');
    await facilitator.screenshot({ path: '/tmp/ledstjarna-workshop-facilitator.png', fullPage: true });
    await expectAccessible(participants[0]!, 'participant view');

    const state = (await (await facilitator.request.get(`/api/workshops/${workshopId}`)).json()) as WorkshopState;
    expect(state.draftPlanId).not.toBeNull();
    const traces = (await (await facilitator.request.get(`/api/workshops/${workshopId}/traces`)).json()) as { objectType: string; cards: { organisationName: string }[] }[];
    const goal = traces.find((t) => t.objectType === 'node')!;
    expect(new Set(goal.cards.map((c) => c.organisationName))).toEqual(new Set(REGIONS));
  });

  it('a member region adopts the shared goal into its own plan', async () => {
    const jamtland = orgIds['Region Jämtland Härjedalen']!;
    const plan = await facilitator.request.post(`/api/organisations/${jamtland}/plans`, {
      data: { title: 'Regionplan 2027–2030', startYear: 2027, endYear: 2030, fromTemplate: true },
      headers: { origin: app.url },
    });
    expect(plan.status()).toBe(201);
    jamtlandPlanId = ((await plan.json()) as { id: number }).id;
    await facilitator.goto(`/federations/${federationId}`);
    await facilitator.getByRole('heading', { level: 3, name: 'Gemensamma mål' }).waitFor();
    await facilitator.getByLabel(/Min plan \(Region Jämtland Härjedalen\)/).selectOption({ label: 'Regionplan 2027–2030' });
    await facilitator.getByRole('button', { name: 'Ta in i min plan' }).click();
    await facilitator.getByText('Intaget av: Region Jämtland Härjedalen').waitFor();
    await expectAccessible(facilitator, 'federation with adopted goal');
    const view = (await (await facilitator.request.get(`/api/federations/${federationId}`)).json()) as FederationView;
    expect(view.sharedGoals[0]!.adoptedBy.map((a) => a.organisationName)).toEqual(['Region Jämtland Härjedalen']);
  });

  it('explains an agreed term where the member’s plan uses it: the adopted goal’s title on the scorecard', async () => {
    const headers = { origin: app.url };
    const card = await facilitator.request.post(`/api/workshops/${workshopId}/cards`, {
      data: { exercise: 'definitions', organisationId: orgIds['Region Jämtland Härjedalen'], term: 'glesbygd', text: 'Område med långa avstånd till vård och service.' },
      headers,
    });
    expect(card.status()).toBe(201);
    const cardId = ((await card.json()) as { id: number }).id;
    const members = (await (await facilitator.request.get(`/api/federations/${federationId}`)).json()) as FederationView;
    for (const m of members.members) {
      const res = await facilitator.request.put(`/api/workshops/${workshopId}/definitions/${cardId}/position`, { data: { organisationId: m.id, position: 'agree' }, headers });
      expect(res.status()).toBeLessThan(300);
    }
    // In the workshop too: the phone of Jämtland's participant explains the term in the focus area live.
    const phone = participants[1]!;
    const inWorkshop = phone.getByRole('region', { name: 'Strategiska fokusområden' }).getByRole('button', { name: 'glesbygd (Vad betyder glesbygd?)' });
    await inWorkshop.waitFor();
    await inWorkshop.focus();
    await phone.keyboard.press('Enter');
    await expect.poll(() => inWorkshop.getAttribute('aria-expanded')).toBe('true');
    await phone.getByRole('region', { name: 'Strategiska fokusområden' }).getByText('Område med långa avstånd till vård och service.').waitFor();
    await expectAccessible(phone, 'workshop with an agreed term explained on a phone');
    await facilitator.goto(`/plans/${jamtlandPlanId}`);
    const term = facilitator.getByRole('button', { name: 'glesbygd (Vad betyder glesbygd?)' }).first();
    await term.waitFor();
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    await term.press('Enter');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    await facilitator.getByText('Område med långa avstånd till vård och service.').first().waitFor();
    await expectAccessible(facilitator, 'member plan with a glossary term explained');
  });

  it('switches organisation from the header: the federation is in the menu and in the switcher', async () => {
    await facilitator.goto('/');
    await facilitator.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await facilitator.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Norrlandstingens regionförbund', exact: true }).waitFor();
    const header = facilitator.locator('.site-header');
    await header.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Norrlandstingens regionförbund (förbund)' });
    await header.getByRole('button', { name: 'Byt' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Norrlandstingens regionförbund' }).waitFor();
    await facilitator.getByRole('heading', { level: 2, name: 'Gemensamma mått jämförda' }).waitFor();
    await header.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Region Norrbotten' });
    await header.getByRole('button', { name: 'Byt' }).click();
    await facilitator.getByRole('heading', { level: 2, name: 'Region Norrbotten' }).waitFor();
    expect(await facilitator.getByRole('heading', { level: 2, name: 'Region Jämtland Härjedalen' }).count()).toBe(0);
    await expectAccessible(facilitator, 'overview of one organisation');
  });
});
