import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

const SOURCE_PLAN = 'Regionstyrelsens plan 2022-2024';
const NEW_PLAN = 'Regionstyrelsens plan 2025-2027';
const MEASURE = 'Andel vårdskador, sluten somatisk vård';

/**
 * A strategist makes next period's plan as a copy of Norrbotten's 2022–2024 plan, sets a 2025
 * target while the form says how it is understood, has the plan decided, finds the decided
 * target protected, revises it, decides the revision and compares the two versions: exactly
 * that one target changed. Then the cascade view of one of the plan's goals. Every page is scanned with axe.
 */
describe('plan versions journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let planId = 0;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
    await page.goto(`${app.url}/login`);
    await submitSignIn(page);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const openMeasureForm = async () => {
    await page.goto(`${app.url}/plans/${planId}`);
    await page.getByRole('link', { name: MEASURE }).first().click();
    await page.getByRole('heading', { level: 1, name: MEASURE }).waitFor();
    await page.getByRole('button', { name: 'Ändra måttet' }).click();
    await page.getByRole('group', { name: 'Mål per år' }).waitFor();
  };
  const openVersions = async () => {
    await page.goto(`${app.url}/plans/${planId}/versions`);
    await page.getByRole('heading', { level: 1, name: /Versioner och beslut/ }).waitFor();
  };
  const decide = async (date: string, paragraph: string) => {
    await openVersions();
    await page.getByLabel('Organ', { exact: true }).selectOption('RS');
    await page.getByLabel('Beslutsdatum').fill(date);
    await page.getByLabel('Paragraf').fill(paragraph);
    await page.getByRole('button', { name: 'Fastställ planen' }).click();
    await page.getByText('Planen är fastställd.').waitFor();
  };

  it('copies the 2022–2024 plan to 2025–2027 from the new-plan page', async () => {
    const org = page.getByRole('region', { name: 'Region Norrbotten' }).or(page.locator('section.card').filter({ hasText: SOURCE_PLAN })).first();
    await org.getByRole('link', { name: /^Ny plan/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Ny plan för/ }).waitFor();
    await expectAccessible(page, 'new plan');
    await page.getByLabel('Planens namn').fill(NEW_PLAN);
    await page.getByLabel('Första år').fill('2025');
    await page.getByLabel('Sista år').fill('2027');
    await page.getByLabel('Beslutande organ').selectOption('RS');
    await page.getByLabel('Som kopia av en tidigare plan').check();
    await page.getByLabel('Plan att kopiera').selectOption({ label: `${SOURCE_PLAN} (2022–2024)` });
    await page.getByRole('button', { name: 'Skapa planen' }).click();
    await page.waitForURL(/\/plans\/\d+$/);
    planId = Number(/\/plans\/(\d+)$/.exec(page.url())![1]);
    expect(planId).toBeGreaterThan(1);
    await page.getByRole('heading', { level: 1, name: NEW_PLAN }).waitFor();
  });

  it('adds a measure to the draft with every field, its target understood as typed', async () => {
    const node = await page.evaluate(async (id) => {
      type N = { id: number; title: string; children: N[]; measures: unknown[] };
      const card = (await (await fetch(`/api/plans/${id}/scorecard`)).json()) as { nodes: N[] };
      const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
      const withMeasures = all(card.nodes).find((n) => n.measures.length > 0)!;
      return { id: withMeasures.id, title: withMeasures.title };
    }, planId);
    await page.goto(`${app.url}/plans/${planId}/nodes/${node.id}/measures/new`);
    await page.getByRole('heading', { level: 1, name: `Nytt mått under ${node.title}` }).waitFor();
    await page.getByLabel('Namn').fill('Andel patienter med fast vårdkontakt');
    await page.getByLabel('Definition').fill('Andel listade patienter med namngiven fast vårdkontakt.');
    await page.getByLabel('Enhet').fill('%');
    await page.getByLabel('Högre värde').check();
    await page.getByLabel('Per kön (kvinnor och män)').check();
    await page.getByLabel('Delår augusti (DÅ 08)').check();
    await page.getByLabel('Årsredovisning (ÅR)').check();
    await page.getByLabel('Kolada-KPI').fill('N79240');
    const targets = page.getByRole('group', { name: 'Mål per år' });
    await targets.getByLabel('Mål 2025').fill('Minst 90 %');
    await targets.locator('.understanding').filter({ hasText: /uppfyllt om värdet ≥ 90\s%/ }).waitFor();
    await targets.getByLabel('Mål 2026').fill('Efter behov');
    await targets.getByText('Förstås inte som ett mätbart mål – bedöms av en person.').waitFor();
    await targets.getByRole('button', { name: 'Ta bort målet för 2027' }).click();
    await expectAccessible(page, 'new measure');
    await page.getByRole('button', { name: 'Spara måttet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Andel patienter med fast vårdkontakt' }).waitFor();
    await page.getByText('N79240').first().waitFor();
  });

  it('brings the measures and targets along, the old years flagged for revision', async () => {
    await openMeasureForm();
    const targets = page.getByRole('group', { name: 'Mål per år' });
    await expect.poll(() => targets.getByLabel('Mål 2022').inputValue()).toBe('Under 6,5 %');
    expect(await targets.getByLabel('Mål 2024').inputValue()).toBe('Under 5 %');
    expect(await targets.getByText('Från föregående plan – revidera').count()).toBe(2);
    await expectAccessible(page, 'measure form in a draft');
  });

  it('sets a 2025 target and shows how it is understood while typing', async () => {
    const targets = page.getByRole('group', { name: 'Mål per år' });
    await targets.getByRole('button', { name: 'Lägg till ett målår' }).click();
    const input = targets.getByLabel('Mål 2025');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.pressSequentially('Under 6,5 %', { delay: 20 });
    const reading = targets.locator('.understanding').filter({ hasText: /Under 6,5\s%/ });
    await reading.waitFor();
    expect((await reading.innerText()).replace(/\s+/g, ' ')).toContain('Under 6,5 % → lägre är bättre; uppfyllt om värdet < 6,5 %');
    expect(await reading.getAttribute('aria-live')).toBe('polite');
    // A text that is not a measurable target says so plainly.
    await page.getByRole('textbox', { name: 'Ingångsvärde' }).fill('Ungefär som förra året');
    await page.getByText('Förstås inte som siffror – visas som text.').waitFor();
    await page.getByRole('textbox', { name: 'Ingångsvärde' }).fill('2019: 7,0 %');
    await expectAccessible(page, 'measure form with a live reading');
    mkdirSync('scratch', { recursive: true });
    await page.getByRole('group', { name: 'Mål per år' }).screenshot({ path: 'scratch/plan-versions-targets.png' });

    // Someone else changes the measure meanwhile: the save is refused with their change named, and reloading keeps what was typed.
    const measureId = Number(/\/measures\/(\d+)/.exec(page.url())![1]);
    await page.evaluate(async (id) => {
      await fetch(`/api/measures/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ definition: 'Ändrad av en kollega' }) });
    }, measureId);
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const reload = page.getByRole('button', { name: 'Ladda om' });
    await reload.waitFor();
    await expectAccessible(page, 'measure form with a conflict');
    await reload.click();
    await page.getByText('Måttet är omladdat.', { exact: false }).waitFor();
    expect(await page.getByRole('group', { name: 'Mål per år' }).getByLabel('Mål 2025').inputValue()).toBe('Under 6,5 %');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Måttet är sparat.').waitFor();
    await page.getByText('Ändrad av en kollega').first().waitFor();
  });

  it('decides the new plan', async () => {
    await openVersions();
    await page.getByText('Utkast – ännu inte fastställd.', { exact: false }).waitFor();
    await expectAccessible(page, 'versions of a draft');
    await decide('2025-01-20', '§ 12');
    await page.getByRole('heading', { level: 2, name: 'Starta revidering' }).waitFor();
    await page.getByRole('row', { name: /Version 0/ }).getByText(/RS 2025-01-20 § 12/).waitFor();
    await expectAccessible(page, 'versions of a decided plan');
  });

  it('protects the decided targets until a revision is started', async () => {
    await openMeasureForm();
    await page.locator('.notice').getByText('Planen är fastställd: namn, måttslag och mål ändras bara genom en revidering.').waitFor();
    const input = page.getByRole('group', { name: 'Mål per år' }).getByLabel('Mål 2025');
    expect(await input.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Lägg till ett målår' }).count()).toBe(0);
    await expectAccessible(page, 'measure form in a decided plan');

    await openVersions();
    await page.getByLabel('Anledning').fill('Skärpt mål för vårdskador');
    await page.getByRole('button', { name: 'Starta revidering' }).click();
    await page.getByText('Revideringen är startad.', { exact: false }).waitFor();

    await openMeasureForm();
    const open = page.getByRole('group', { name: 'Mål per år' }).getByLabel('Mål 2025');
    expect(await open.getAttribute('readonly')).toBeNull();
    await open.fill('Under 6 %');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Måttet är sparat.').waitFor();
  });

  it('decides the revision and compares version 0 with version 1: exactly that target changed', async () => {
    await decide('2025-06-10', '§ 88');
    await page.getByLabel('Från').selectOption({ label: 'Version 0' });
    await page.getByLabel('Till').selectOption({ label: 'Version 1' });
    await page.getByRole('button', { name: 'Jämför' }).click();
    const table = page.getByRole('table', { name: 'Skillnader mellan Version 0 och Version 1' });
    await table.waitFor();
    await page.getByText('0 ändringar i trädet, 0 i måtten och 1 i målen.').waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect((await rows.first().innerText()).split('\t').map((c) => c.trim())).toEqual(['Mål ändrades', `${MEASURE}, mål 2025`, 'Under 6,5 %', 'Under 6 %']);
    await expectAccessible(page, 'version comparison');
    await page.screenshot({ path: 'scratch/plan-versions-compare.png', fullPage: true });
  });

  it('shows the cascade under one of the source plan’s goals', async () => {
    const nodeId = await page.evaluate(async () => {
      const card = (await (await fetch('/api/plans/1/scorecard')).json()) as { nodes: { id: number; children: { id: number }[] }[] };
      return card.nodes[0]!.children[0]!.id;
    });
    await page.goto(`${app.url}/plan-nodes/${nodeId}/cascade`);
    await page.getByRole('heading', { level: 1, name: /^Kaskad: / }).waitFor();
    const table = page.getByRole('table', { name: /under/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'cascade');
    await page.screenshot({ path: 'scratch/plan-versions-cascade.png', fullPage: true });
  });
});
