import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard, ScorecardNode } from '../src/shared/api-types';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const PLAN = 'Regionplan 2025–2027';

/** Three measures as a strategist in Region Västerbotten types them, with a 2025 value each. */
const MEASURES = [
  { name: 'Andel patienter med besök inom 90 dagar', unit: '%', target: 'Minst 85 %', value: '87', status: 'Uppfyllt' },
  { name: 'Väntetid till första besök i dagar', unit: 'dagar', target: 'Högst 30 dagar', value: '34', status: 'Ej uppfyllt' },
  { name: 'Antal digitala vårdmöten', unit: 'st', target: 'Minst 40 000', value: '43 000', status: 'Uppfyllt' },
];

/**
 * Journey (a) of issue 10: a strategist in a region that Ledstjärna has never seen begins. The
 * installation admin creates Region Västerbotten from a template, writes a plan 2025–2027 with two
 * perspectives, a strategic goal, a success factor and three measures typed in Swedish, enters
 * values and sees statuses — all in the browser, every page scanned with axe.
 */
describe('a new region writes its first plan', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let orgId = 0;
  let planId = 0;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 }, baseURL: app.url })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/login');
    await submitSignIn(page);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const scorecard = async (period?: string): Promise<Scorecard> =>
    (await page.request.get(`/api/plans/${planId}/scorecard${period ? `?period=${period}` : ''}`)).json();
  const all = (nodes: ScorecardNode[]): ScorecardNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);

  it('creates Region Västerbotten from the Norrbotten template', async () => {
    await page.getByRole('region', { name: 'Installationen' }).getByRole('link', { name: 'Organisationer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
    await page.getByLabel('Organisationens namn').fill('Region Västerbotten');
    await page.getByLabel('Kolada-id').selectOption('0024');
    await page.getByRole('group', { name: 'Styrmodell' }).getByRole('radio', { name: 'Region Norrbottens styrmodell' }).check();
    await page.getByRole('button', { name: 'Skapa organisationen' }).click();
    await page.getByRole('heading', { name: 'Region Västerbotten är skapad' }).waitFor();
    await expectAccessible(page, 'organisation created');
    await page.getByRole('link', { name: 'Skapa den första planen för Region Västerbotten' }).click();
    await page.waitForURL(/\/organisations\/\d+\/plans\/new$/);
    orgId = Number(/\/organisations\/(\d+)\//.exec(page.url())![1]);
  });

  it('starts an empty plan 2025–2027', async () => {
    await page.getByRole('heading', { level: 1, name: /^Ny plan för Region Västerbotten/ }).waitFor();
    await page.getByLabel('Planens namn').fill(PLAN);
    await page.getByLabel('Första år').fill('2025');
    await page.getByLabel('Sista år').fill('2027');
    await page.getByLabel('Tom plan').check();
    await expectAccessible(page, 'new plan');
    await page.getByRole('button', { name: 'Skapa planen' }).click();
    await page.waitForURL(/\/plans\/\d+$/);
    planId = Number(/\/plans\/(\d+)$/.exec(page.url())![1]);
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await page.locator('.plan-status').filter({ hasText: 'Utkast' }).waitFor();
    const created = await (await page.request.get(`/api/plans/${planId}`)).json();
    expect(created).toMatchObject({ organisationId: orgId, status: 'draft', startYear: 2025, endYear: 2027 });
  });

  it('writes two perspectives, a strategic goal and a success factor on the scorecard', async () => {
    await page.getByRole('button', { name: 'Redigera planen' }).click();
    await page.getByText('Planen är tom. Lägg till perspektiv för att börja.').waitFor();
    await expectAccessible(page, 'empty plan in edit mode');
    await page.getByRole('button', { name: 'Lägg till perspektiv' }).first().click();
    const perspective = page.getByLabel('Namn (perspektiv)');
    await perspective.fill('Medborgarperspektivet');
    await perspective.press('Enter');
    await page.getByRole('heading', { name: /Perspektiv\s*:\s*Medborgarperspektivet/ }).waitFor();
    await expect.poll(() => perspective.inputValue()).toBe('');
    await perspective.fill('Ekonomiperspektivet');
    await perspective.press('Enter');
    await page.getByRole('heading', { name: /Perspektiv\s*:\s*Ekonomiperspektivet/ }).waitFor();
    await perspective.press('Escape');

    await page.getByRole('button', { name: 'Lägg till strategiskt mål under Medborgarperspektivet' }).click();
    const goal = page.getByLabel('Namn (strategiskt mål)');
    await goal.fill('Jämlik vård efter behov');
    await goal.press('Enter');
    await page.getByRole('heading', { name: /Strategiskt mål\s*:\s*Jämlik vård efter behov/ }).waitFor();
    await goal.press('Escape');

    await page.getByRole('button', { name: 'Lägg till framgångsfaktor under Jämlik vård efter behov' }).click();
    const factor = page.getByLabel('Namn (framgångsfaktor)');
    await factor.fill('God tillgänglighet');
    await factor.press('Enter');
    await page.getByRole('heading', { name: /Framgångsfaktor\s*:\s*God tillgänglighet/ }).waitFor();
    await factor.press('Escape');
    await expectAccessible(page, 'plan with its tree');

    const nodes = all((await scorecard()).nodes);
    expect(nodes.map((n) => [n.levelKey, n.title])).toEqual([
      ['perspective', 'Medborgarperspektivet'],
      ['goal', 'Jämlik vård efter behov'],
      ['success-factor', 'God tillgänglighet'],
      ['perspective', 'Ekonomiperspektivet'],
    ]);
  });

  it('types three measures with Swedish targets and sees each understood', async () => {
    for (const m of MEASURES) {
      await page.goto(`/plans/${planId}`);
      await page.getByRole('button', { name: 'Redigera planen' }).click();
      await page.getByRole('link', { name: 'Lägg till mått under God tillgänglighet' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nytt mått under God tillgänglighet' }).waitFor();
      await page.getByLabel('Namn', { exact: true }).fill(m.name);
      await page.getByLabel('Enhet').fill(m.unit);
      const targets = page.getByRole('group', { name: 'Mål per år' });
      await targets.getByLabel('Mål 2025').fill(m.target);
      await targets.locator('.understanding').filter({ hasText: 'uppfyllt om värdet' }).first().waitFor();
      await expectAccessible(page, `new measure ${m.name}`);
      await page.getByRole('button', { name: 'Spara måttet' }).click();
      await page.getByRole('heading', { level: 1, name: m.name }).waitFor();
    }
    const factor = all((await scorecard()).nodes).find((n) => n.title === 'God tillgänglighet')!;
    expect(factor.measures.map((m) => [m.name, m.kindKey, m.targetText])).toEqual(MEASURES.map((m) => [m.name, 'styrmatt', m.target]));
  });

  it('enters a value for each measure and sees the statuses on the scorecard', async () => {
    const factor = all((await scorecard()).nodes).find((n) => n.title === 'God tillgänglighet')!;
    for (const [i, m] of MEASURES.entries()) {
      await page.goto(`/measures/${factor.measures[i]!.id}`);
      await page.getByRole('heading', { level: 1, name: m.name }).waitFor();
      await page.getByLabel('Period', { exact: true }).last().selectOption({ label: 'Årsbokslut 2025' });
      await page.getByLabel('Kön').selectOption({ label: 'Totalt' });
      await page.getByLabel(/^Värde/).fill(m.value);
      await page.getByRole('button', { name: 'Spara värdet' }).click();
      await page.getByRole('status').filter({ hasText: /Sparat/ }).waitFor();
    }
    await expectAccessible(page, 'measure page with a value');
    await page.goto(`/plans/${planId}?period=2025`);
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    for (const m of MEASURES) {
      await page.getByRole('row').filter({ hasText: m.name }).filter({ hasText: m.status }).waitFor();
    }
    await expectAccessible(page, 'scorecard with statuses');
    const judged = all((await scorecard('2025')).nodes).find((n) => n.title === 'God tillgänglighet')!;
    expect(judged.measures.map((m) => m.fulfilment.status)).toEqual(['met', 'not-met', 'met']);
    expect(judged.fulfilment.counts).toMatchObject({ met: 2, 'not-met': 1 });
  });
});
