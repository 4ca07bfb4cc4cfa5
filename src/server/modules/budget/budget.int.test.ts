import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { BudgetOverview, BudgetTableView } from '../../../shared/budget-types';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { listBudgetTables } from './budget.service';

describeEachDatabase('budget tables', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, cookie = admin) =>
    app.inject({ method, url, payload, headers: { cookie } });
  const overview = async () => (await call('GET', `/api/plans/${planId}/budget`)).json() as BudgetOverview;
  const table = (o: BudgetOverview, title: string) => o.tables.find((t) => t.title === title)!;
  const REGIONBIDRAG = 'Förändringar i regionbidraget till Regionstyrelsen';

  it('holds the seed’s four budget tables, every stated total agreeing with its computed sum', async () => {
    const o = await overview();
    expect(o.tables.map((t) => [t.title, t.rows.length, t.checks.length, t.allAgree])).toEqual([
      [REGIONBIDRAG, 10, 3, true],
      ['Budgetminskning 2020-2022', 3, 7, true],
      ['Ekonomisk ram 2022', 4, 10, true],
      ['Investeringsramar 2022', 5, 11, true],
    ]);
    const t = table(o, REGIONBIDRAG);
    expect(t.checks[0]).toMatchObject({ direction: 'column', column: 0, computed: 8712.1, stated: 8712.1, difference: 0, rowId: t.rows[9]!.id });
    expect(table(o, 'Investeringsramar 2022').checks.at(-1)).toMatchObject({ computed: 245, stated: 245, ok: true });
  });

  it('shows a mismatch after a line is changed, with its amount', async () => {
    const t = table(await overview(), REGIONBIDRAG);
    const demografi = t.rows.find((r) => r.label === 'Demografi')!;
    const res = await call('PATCH', `/api/budget-rows/${demografi.id}`, { amounts: ['38,4', null, null] });
    expect(res.statusCode).toBe(200);
    const changed = res.json() as BudgetTableView;
    expect(changed.allAgree).toBe(false);
    expect(changed.checks[0]).toMatchObject({ computed: 8712, stated: 8712.1, difference: 0.1, ok: false });
    await call('PATCH', `/api/budget-rows/${demografi.id}`, { amounts: [38.5, null, null] });
    expect(table(await overview(), REGIONBIDRAG).allAgree).toBe(true);
  });

  it('adds a line above the total and removes it again', async () => {
    const t = table(await overview(), 'Budgetminskning 2020-2022');
    const added = await call('POST', `/api/budget-tables/${t.id}/rows`, { label: 'Patientnämnden', amounts: ['1', '1', '1', '3'] });
    expect(added.statusCode).toBe(201);
    const view = added.json() as BudgetTableView;
    expect(view.rows.map((r) => r.label)).toEqual(['Regionstyrelsen', 'Regionala utvecklingsnämnden', 'Patientnämnden', 'Summa']);
    expect(view.checks.filter((c) => !c.ok).map((c) => [c.column, c.difference])).toEqual([[0, -1], [1, -1], [2, -1], [3, -3]]);
    const removed = (await call('DELETE', `/api/budget-rows/${view.rows[2]!.id}`)).json() as BudgetTableView;
    expect(removed.allAgree).toBe(true);
  });

  it('rejects an amount that is not a number, a missing label and a wrong number of amounts, naming the field', async () => {
    const t = table(await overview(), REGIONBIDRAG);
    const row = t.rows[1]!;
    const bad = await call('PATCH', `/api/budget-rows/${row.id}`, { amounts: ['tre hundra', null, null] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ path: 'amounts.0', message: '2022: "tre hundra" är inget belopp. Skriv t.ex. 8 406,5 eller −8,1.' }]);
    const noLabel = await call('PATCH', `/api/budget-rows/${row.id}`, { label: '  ' });
    expect(noLabel.json().error.details[0].path).toBe('label');
    const short = await call('POST', `/api/budget-tables/${t.id}/rows`, { label: 'Ny', amounts: ['1'] });
    expect(short.json().error.details[0]).toMatchObject({ path: 'amounts', message: expect.stringContaining('har 3 kolumner') });
  });

  it('refuses a budget line without a year in a table whose columns name none', async () => {
    // A table imported before its year was known: neither the title nor the columns say which year.
    const t = table(await overview(), 'Investeringsramar 2022');
    await db().query('UPDATE budget_tables SET year = NULL WHERE id = $1', [t.id]);
    try {
      const res = await call('POST', `/api/budget-tables/${t.id}/rows`, { label: 'Ny', amounts: [null, null, '1,0', null, null, '1,0'] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([
        { path: 'amounts.2', message: 'Beloppet i kolumnen "Akutram" saknar år: varken kolumnen eller tabellen "Investeringsramar 2022" anger vilket år det gäller.' },
      ]);
    } finally {
      await db().query('UPDATE budget_tables SET year = 2022 WHERE id = $1', [t.id]);
    }
  });

  it('lets a reader read but not edit', async () => {
    await addUser(db(), organisationId, 'reader', 'budgetlasare@test.local');
    const reader = await signIn(app, 'budgetlasare@test.local', 'user-password-1');
    const o = (await call('GET', `/api/plans/${planId}/budget`, undefined, reader)).json() as BudgetOverview;
    expect(o.canEdit).toBe(false);
    expect((await call('PATCH', `/api/budget-rows/${o.tables[0]!.rows[0]!.id}`, { label: 'x' }, reader)).statusCode).toBe(403);
  });

  it('gives a document generator the plain tables', async () => {
    const tables = await listBudgetTables(db(), planId);
    expect(tables.map((t) => t.title)).toEqual([REGIONBIDRAG, 'Budgetminskning 2020-2022', 'Ekonomisk ram 2022', 'Investeringsramar 2022']);
  });
});
