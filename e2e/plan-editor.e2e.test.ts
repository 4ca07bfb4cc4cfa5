import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

interface ApiNode {
  id: number;
  title: string;
  levelKey: string;
  version: number;
  children: ApiNode[];
}

/**
 * A strategist edits a new draft plan for Region Norrbotten in place on its scorecard: adds a
 * strategic goal and success factors by typing, renames one, moves one with the keyboard only
 * (down, out, in) and another with the mouse, deletes a goal and undoes it, sets responsible
 * bodies and Agenda 2030 goals, reads a history and meets a conflict. Every state is scanned
 * with axe. The decided seed plan says its tree changes through a revision.
 */
describe('plan editor journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let planId: number;

  const tree = async (): Promise<ApiNode[]> => {
    const res = await page.request.get(`/api/plans/${planId}/scorecard`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { nodes: ApiNode[] }).nodes;
  };
  const find = (nodes: ApiNode[], title: string): ApiNode | undefined => {
    for (const n of nodes) {
      if (n.title === title) return n;
      const inner = find(n.children, title);
      if (inner) return inner;
    }
    return undefined;
  };
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
  /** Focus moves after the change is on screen: wait for it, then compare. */
  const expectFocus = async (name: string) => {
    await page
      .waitForFunction((n) => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent) === n, name, { timeout: 5_000 })
      .catch(() => undefined);
    expect(await focused()).toBe(name);
  };
  const status = () => page.locator('.editor-announcement');
  // The level and the title are read as one name ("Framgångsfaktor: Jämlik vård"), the chevron of an open part aside.
  const heading = (level: string, title: string) => page.getByRole('heading', { name: new RegExp(`^▾?\\s*${level}\\s*:\\s*${title}$`) });

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: app.url });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${app.url}/login`);
    await submitSignIn(page);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const created = await page.request.post(`${app.url}/api/organisations/1/plans`, {
      data: { title: 'Testplan 2025–2027', startYear: 2025, endYear: 2027, fromTemplate: true },
    });
    expect(created.status()).toBe(201);
    planId = ((await created.json()) as { id: number }).id;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the draft’s status and turns on edit mode', async () => {
    await page.goto(`${app.url}/plans/${planId}`);
    await page.getByRole('heading', { level: 1, name: 'Testplan 2025–2027' }).waitFor();
    await page.locator('.plan-status').filter({ hasText: 'Utkast' }).waitFor();
    expect(await page.locator('.node-depth-0').count()).toBe(5);
    await page.getByRole('button', { name: 'Redigera planen' }).click();
    expect(await page.getByRole('button', { name: 'Sluta redigera' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Alt+↑ och Alt+↓ flyttar upp och ner').waitFor();
    await expectAccessible(page, 'scorecard in edit mode');
  });

  it('adds a strategic goal and two success factors by typing, and renames one', async () => {
    await page.getByRole('button', { name: 'Lägg till strategiskt mål under Samhällsperspektivet' }).click();
    const goalName = page.getByLabel('Namn (strategiskt mål)');
    await goalName.fill('Hälsa i hela livet');
    await goalName.press('Enter');
    await status().filter({ hasText: 'Lade till strategiskt mål «Hälsa i hela livet»' }).waitFor();
    await expectAccessible(page, 'add form');
    await goalName.press('Escape');
    await expectFocus('Lägg till strategiskt mål under Samhällsperspektivet');

    await page.getByRole('button', { name: 'Lägg till framgångsfaktor under Hälsa i hela livet' }).click();
    const factorName = page.getByLabel('Namn (framgångsfaktor)');
    await factorName.fill('Tidiga insatser');
    await factorName.press('Enter');
    await heading('Framgångsfaktor', 'Tidiga insatser').waitFor();
    // Saved, the field is empty for the next name.
    await expect.poll(() => factorName.inputValue()).toBe('');
    await factorName.fill('Jämlik vård');
    await factorName.press('Enter');
    await heading('Framgångsfaktor', 'Jämlik vård').waitFor();
    await factorName.press('Escape');

    await page.getByRole('button', { name: 'Ändra namn och beskrivning för Tidiga insatser' }).click();
    const rename = page.getByRole('form', { name: 'Ändra Tidiga insatser' });
    await rename.getByLabel('Namn').fill('Tidiga och samordnade insatser');
    await rename.getByLabel('Beskrivning').fill('Insatser tidigt i livet, samordnade mellan vård och kommun.');
    await expectAccessible(page, 'rename form');
    await rename.getByLabel('Namn').press('Enter');
    await heading('Framgångsfaktor', 'Tidiga och samordnade insatser').waitFor();
    await expectFocus('Ändra namn och beskrivning för Tidiga och samordnade insatser');

    const goal = find(await tree(), 'Hälsa i hela livet')!;
    expect(goal.levelKey).toBe('goal');
    expect(goal.children.map((c) => [c.title, c.levelKey])).toEqual([
      ['Tidiga och samordnade insatser', 'success-factor'],
      ['Jämlik vård', 'success-factor'],
    ]);
  });

  it('moves a success factor with the keyboard only: down, out and in again', async () => {
    // Tab from the edit button to the move buttons, as a keyboard user would.
    await page.getByRole('button', { name: 'Ändra namn och beskrivning för Tidiga och samordnade insatser' }).focus();
    // Past "Lägg till mått" (success factors carry measures) to the first move button.
    for (let i = 0; i < 3 && (await focused()) !== 'Flytta upp Tidiga och samordnade insatser'; i++) await page.keyboard.press('Tab');
    await expectFocus('Flytta upp Tidiga och samordnade insatser');
    await page.keyboard.press('Tab');
    await expectFocus('Flytta ner Tidiga och samordnade insatser');
    await page.keyboard.press('Enter');
    await status().filter({ hasText: '«Tidiga och samordnade insatser» är flyttad till plats 2 under «Hälsa i hela livet».' }).waitFor();
    await expectFocus('Flytta ner Tidiga och samordnade insatser');
    let goal = find(await tree(), 'Hälsa i hela livet')!;
    expect(goal.children.map((c) => c.title)).toEqual(['Jämlik vård', 'Tidiga och samordnade insatser']);

    // Out: right after its goal, under the perspective, as a strategic goal.
    await page.keyboard.press('Alt+ArrowLeft');
    await status().filter({ hasText: 'är flyttad till plats 2 under «Samhällsperspektivet», nu som strategiskt mål.' }).waitFor();
    await heading('Strategiskt mål', 'Tidiga och samordnade insatser').waitFor();
    await expectFocus('Flytta ner Tidiga och samordnade insatser');
    let perspective = find(await tree(), 'Samhällsperspektivet')!;
    expect(perspective.children.map((c) => [c.title, c.levelKey])).toEqual([
      ['Hälsa i hela livet', 'goal'],
      ['Tidiga och samordnade insatser', 'goal'],
    ]);

    // In: under the goal above it, last, as a success factor again.
    await page.keyboard.press('Alt+ArrowRight');
    await status().filter({ hasText: 'är flyttad till plats 2 under «Hälsa i hela livet», nu som framgångsfaktor.' }).waitFor();
    await expectFocus('Flytta ner Tidiga och samordnade insatser');
    perspective = find(await tree(), 'Samhällsperspektivet')!;
    expect(perspective.children.map((c) => c.title)).toEqual(['Hälsa i hela livet']);
    goal = perspective.children[0]!;
    expect(goal.children.map((c) => [c.title, c.levelKey])).toEqual([
      ['Jämlik vård', 'success-factor'],
      ['Tidiga och samordnade insatser', 'success-factor'],
    ]);
    // The page shows the same order.
    const shown = await page.locator(`#node-${goal.id} .node-content > section .node-title`).allTextContents();
    expect(shown).toEqual(['Jämlik vård', 'Tidiga och samordnade insatser']);

    // A move the model does not allow is refused with the reason, and nothing changes.
    await page.keyboard.press('Alt+ArrowRight');
    await status().filter({ hasText: 'Styrmodellen tillåter inte framgångsfaktor där.' }).waitFor();
    await expectAccessible(page, 'after keyboard moves');
  });

  it('drags a success factor with the mouse onto another perspective', async () => {
    const before = await tree();
    const target = find(before, 'Medborgarperspektivet')!;
    const moved = find(before, 'Jämlik vård')!;
    const handle = page.locator(`#node-${moved.id} .drag-handle`).first();
    // Source and target both on screen: a drag does not scroll the page.
    await page.setViewportSize({ width: 1280, height: 2000 });
    await handle.dragTo(page.locator(`#node-${target.id} > .node-status`));
    await status().filter({ hasText: '«Jämlik vård» är flyttad till plats 1 under «Medborgarperspektivet».' }).waitFor();
    const after = await tree();
    expect(find(after, 'Medborgarperspektivet')!.children.map((c) => c.title)).toEqual(['Jämlik vård']);
    expect(find(after, 'Hälsa i hela livet')!.children.map((c) => c.title)).toEqual(['Tidiga och samordnade insatser']);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says what goes before deleting, and undoes the deletion', async () => {
    await page.getByRole('button', { name: 'Ta bort Hälsa i hela livet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort strategiskt mål «Hälsa i hela livet»?' });
    await dialog.getByText('Detta tas bort: 1 strategiskt mål och 1 framgångsfaktor.').waitFor();
    await expectFocus('Avbryt');
    await expectAccessible(page, 'delete dialog');
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await status().filter({ hasText: '«Hälsa i hela livet» är borttagen: 1 strategiskt mål och 1 framgångsfaktor.' }).waitFor();
    expect(find(await tree(), 'Hälsa i hela livet')).toBeUndefined();
    await expectFocus('Ångra borttagningen av Hälsa i hela livet');
    await expectAccessible(page, 'after deletion');
    await page.keyboard.press('Enter');
    await status().filter({ hasText: '«Hälsa i hela livet» är återställd.' }).waitFor();
    expect(find(await tree(), 'Hälsa i hela livet')!.children.map((c) => c.title)).toEqual(['Tidiga och samordnade insatser']);
    await expectFocus('Ändra namn och beskrivning för Hälsa i hela livet');
  });

  it('sets responsible bodies, person and Agenda 2030 goals in the details', async () => {
    await page.locator('summary').filter({ hasText: 'Detaljer om Hälsa i hela livet' }).click();
    const form = page.locator('.node-details-form');
    await form.getByLabel('Regionstyrelsen (RS)').check();
    await form.getByLabel('3. Hälsa och välbefinnande').check();
    await form.getByLabel('10. Minskad ojämlikhet').check();
    await form.getByLabel('Ansvarig person').selectOption({ index: 1 });
    await form.getByRole('link', { name: 'Visa kaskad för Hälsa i hela livet' }).waitFor();
    await expectAccessible(page, 'details panel');
    await form.getByRole('button', { name: 'Spara detaljer' }).click();
    await form.getByText('Detaljerna är sparade.').waitFor();
    const goal = find(await tree(), 'Hälsa i hela livet')!;
    const info = (await (await page.request.get(`/api/plan-nodes/${goal.id}`)).json()) as { bodies: string[]; agendaGoals: number[]; responsible: { id: number } | null };
    expect(info.bodies).toEqual(['RS']);
    expect(info.agendaGoals).toEqual([3, 10]);
    expect(info.responsible).not.toBeNull();
  });

  it('shows a part’s history in words', async () => {
    const summary = page.locator('summary').filter({ hasText: 'Historik för Tidiga och samordnade insatser' });
    await summary.click();
    const list = page.getByRole('list', { name: 'Historik för Tidiga och samordnade insatser' });
    await list.getByText('Bytte namn från «Tidiga insatser» till «Tidiga och samordnade insatser»').waitFor();
    await list.getByText('Skapade «Tidiga insatser»').waitFor();
    await list.getByText('Flyttade till plats 2').first().waitFor();
    await list.getByText('Ändrade beskrivningen').waitFor();
    await expectAccessible(page, 'history panel');
  });

  it('shows a conflict in the server’s words and keeps the typed text after reloading', async () => {
    const node = find(await tree(), 'Tidiga och samordnade insatser')!;
    await page.getByRole('button', { name: 'Ändra namn och beskrivning för Tidiga och samordnade insatser' }).click();
    // The form is found by its place, not its name: its name follows the part's name, which someone else changes.
    const form = page.locator(`#node-${node.id} .node-edit-form`);
    await form.getByLabel('Namn').fill('Tidiga insatser för barn');
    // Someone else renames it meanwhile.
    const other = await page.request.patch(`/api/plan-nodes/${node.id}`, { data: { name: 'Tidiga insatser i skolan', version: node.version } });
    expect(other.status()).toBe(200);
    await form.getByRole('button', { name: 'Spara' }).click();
    const alert = form.getByRole('alert');
    await alert.getByText('har ändrats efter din version').waitFor();
    await expectAccessible(page, 'conflict');
    await alert.getByRole('button', { name: 'Ladda om' }).click();
    await alert.getByText('Det du skrev finns kvar').waitFor();
    expect(await form.getByLabel('Namn').inputValue()).toBe('Tidiga insatser för barn');
    await form.getByRole('button', { name: 'Spara' }).click();
    await heading('Framgångsfaktor', 'Tidiga insatser för barn').waitFor();
  });

  it('offers the first step on an empty plan', async () => {
    const created = await page.request.post('/api/organisations/1/plans', { data: { title: 'Tom plan', startYear: 2025, endYear: 2027 } });
    const emptyId = ((await created.json()) as { id: number }).id;
    await page.goto(`${app.url}/plans/${emptyId}`);
    await page.getByText('Planen är tom. Lägg till perspektiv för att börja.').waitFor();
    await page.getByRole('button', { name: 'Lägg till perspektiv' }).click();
    await page.getByLabel('Nivå', { exact: true }).waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('Invånare');
    await page.getByLabel('Namn', { exact: true }).press('Enter');
    await heading('Perspektiv', 'Invånare').waitFor();
    await expectAccessible(page, 'empty plan with its first part');
  });

  it('links a part to the part of the plan above that it serves', async () => {
    const created = await page.request.post('/api/organisations/1/plans', {
      data: { title: 'Divisionsplan 2025–2027', startYear: 2025, endYear: 2027, fromTemplate: true, parentPlanId: 1 },
    });
    const divisionId = ((await created.json()) as { id: number }).id;
    await page.goto(`${app.url}/plans/${divisionId}`);
    await page.getByRole('button', { name: 'Redigera planen' }).click();
    await page.locator('summary').filter({ hasText: 'Detaljer om Samhällsperspektivet' }).click();
    const form = page.locator('.node-details-form');
    const serves = form.getByLabel('Tjänar');
    await serves.waitFor();
    // The plan above's parts arrive with its scorecard.
    await serves.locator('option', { hasText: 'Strategiskt mål:' }).first().waitFor({ state: 'attached' });
    const option = (await serves.locator('option').allTextContents()).find((o) => o.includes('Strategiskt mål:'))!;
    await serves.selectOption({ label: option });
    await expectAccessible(page, 'details with the cascade link');
    await form.getByRole('button', { name: 'Spara detaljer' }).click();
    await form.getByText('Detaljerna är sparade.').waitFor();
    const nodes = ((await (await page.request.get(`/api/plans/${divisionId}/scorecard`)).json()) as { nodes: ApiNode[] }).nodes;
    const info = (await (await page.request.get(`/api/plan-nodes/${nodes[0]!.id}`)).json()) as { serves: { planId: number; name: string } | null };
    expect(info.serves?.planId).toBe(1);
    expect(option).toContain(info.serves!.name);
  });

  it('says on the decided seed plan that the tree changes through a revision', async () => {
    await page.goto(`${app.url}/plans/1`);
    await page.locator('.plan-status').filter({ hasText: 'Fastställd' }).waitFor();
    await page.getByText('Planen är fastställd. Namn, nya och borttagna delar').waitFor();
    expect(await page.getByRole('link', { name: 'Versioner och revidering' }).getAttribute('href')).toBe('/plans/1/versions');
    await page.getByRole('button', { name: 'Redigera planen' }).click();
    await page.getByRole('button', { name: /^Ändra beskrivningen av / }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Flytta / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ta bort / }).count()).toBe(0);
    await expectAccessible(page, 'decided plan in edit mode');
  });
});
