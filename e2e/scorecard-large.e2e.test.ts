import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../src/shared/api-types';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/** More measures under one success factor than the first view shows (tree-opening.ts, FIRST_VIEW_ROWS = 250). */
const MEASURES = 260;

/**
 * Issue 14: a plan too large to show whole opens with its measure level closed — each node with
 * its status and counts, its measures rendered when its button opens it — and a link to a node
 * opens the nodes down to it. Seed-size plans open whole, as the other journeys expect.
 */
describe('a scorecard larger than the first view', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let planId: number;
  let factorId: number;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: app.url })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${app.url}/login`);
    await submitSignIn(page);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const headers = { origin: app.url };
    const created = await page.request.post('/api/organisations/1/plans', { data: { title: 'Stor plan 2025–2027', startYear: 2025, endYear: 2027, fromTemplate: true }, headers });
    expect(created.status()).toBe(201);
    planId = ((await created.json()) as { id: number }).id;
    const scorecard = (await (await page.request.get(`/api/plans/${planId}/scorecard`)).json()) as Scorecard;
    const add = async (parentId: number, levelKey: string, name: string) => {
      const res = await page.request.post(`/api/plans/${planId}/nodes`, { data: { parentId, levelKey, name }, headers });
      expect(res.status(), await res.text()).toBe(201);
      return ((await res.json()) as { id: number }).id;
    };
    const goalId = await add(scorecard.nodes[0]!.id, 'goal', 'Många mått');
    factorId = await add(goalId, 'success-factor', 'Mätt överallt');
    for (let i = 0; i < MEASURES; i += 20) {
      await Promise.all(
        Array.from({ length: Math.min(20, MEASURES - i) }, async (_, j) => {
          const res = await page.request.post(`/api/plan-nodes/${factorId}/measures`, { data: { name: `Mått nummer ${i + j + 1}` }, headers });
          expect(res.status(), await res.text()).toBe(201);
        }),
      );
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the measure level closed with its counts, and opens it by keyboard', async () => {
    const scorecardReads: string[] = [];
    const listen = (r: { url: () => string }) => {
      const url = new URL(r.url());
      if (url.pathname === `/api/plans/${planId}/scorecard`) scorecardReads.push(url.search);
    };
    page.on('request', listen);
    await page.goto(`/plans/${planId}`);
    const factor = page.getByRole('button', { name: /Framgångsfaktor.*Mätt överallt/ });
    await factor.waitFor();
    // Shown from the first view's form (the closed success factors' measures left out), then the whole scorecard is read.
    await expect.poll(() => scorecardReads).toEqual(['?form=first-view', '']);
    page.off('request', listen);
    expect(await factor.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: /Strategiskt mål.*Många mått/ }).getAttribute('aria-expanded')).toBe('true');
    // Closed: its status and counts are shown, its measures are not rendered at all.
    await page.locator(`#node-${factorId} > .node-status`).waitFor();
    expect(await page.locator(`#node-${factorId} .measure-table`).count()).toBe(0);
    await expectAccessible(page, 'large plan, measure level closed');

    await factor.focus();
    await page.keyboard.press('Enter');
    expect(await factor.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: `Mått nummer ${MEASURES}`, exact: true }).waitFor();
    expect(await page.locator(`#node-${factorId} .measure-table tbody tr`).count()).toBe(MEASURES);
    await expectAccessible(page, 'large plan, a success factor opened');

    await page.keyboard.press('Space');
    expect(await factor.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(`#node-${factorId} .measure-table`).count()).toBe(0);
  });

  it('opens every node with "Visa alla", and the nodes down to a linked one', async () => {
    await page.goto(`/plans/${planId}`);
    await page.getByRole('button', { name: 'Visa alla' }).click();
    await page.getByRole('link', { name: 'Mått nummer 1', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Dölj alla' }).click();
    // Both buttons change the tree in a transition: wait for it, rather than look the moment after the click.
    await page.getByRole('button', { name: /Strategiskt mål.*Många mått/ }).waitFor({ state: 'hidden' });

    await page.goto('/');
    await page.goto(`/plans/${planId}#node-${factorId}`);
    const factor = page.getByRole('button', { name: /Framgångsfaktor.*Mätt överallt/ });
    await page.getByRole('link', { name: 'Mått nummer 1', exact: true }).waitFor();
    expect(await factor.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe(`node-${factorId}`);
  });
});
