import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { MeasureEquality, PlanEquality } from '../../../shared/equality-types';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { countingDb } from '../../../test-support/counting-db';
import { describeEachDatabase } from '../../../test-support/databases';
import { getPlanEquality } from './equality.service';

// Seed 001: "Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)", target 2022 "K 16,0 M 17,2".
const READMISSIONS = 'Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)';
const PALLIATIVE = 'Andel patienter med palliativ diagnos som har en dokumenterad behandlingsstrategi (%) inkl privata hc';

describeEachDatabase('equality analysis', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;
  let readmissions: number;
  let palliative: number;

  const get = (url: string, cookie = admin) => app.inject({ method: 'GET', url, headers: { cookie } });
  const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object, cookie = admin) => app.inject({ method, url, payload, headers: { cookie } });
  const enter = async (measureId: number, period: string, sex: 'K' | 'M' | 'T', value: string, breakdown: { area?: string; ageBand?: string } = {}) => {
    const res = await send('POST', `/api/measures/${measureId}/values`, { period, sex, value, status: 'final', ...breakdown });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
    const idOf = async (name: string) => (await db().query<{ id: number }>('SELECT id FROM measures WHERE plan_id = $1 AND name = $2', [planId, name]))[0]!.id;
    readmissions = await idOf(READMISSIONS);
    palliative = await idOf(PALLIATIVE);
    // Lower re-admission rates are better; the imported plan does not state it, an editor does.
    expect((await send('PATCH', `/api/measures/${readmissions}`, { betterDirection: 'decrease' })).statusCode).toBe(200);
    await enter(readmissions, '2022-DÅ04', 'K', '16,0');
    await enter(readmissions, '2022-DÅ04', 'M', '18,5');
    await enter(readmissions, '2022-DÅ08', 'K', '16,1');
    await enter(readmissions, '2022-DÅ08', 'M', '18,4');
    await enter(readmissions, '2022-DÅ08', 'T', '17,2', { area: 'Luleå' });
    await enter(readmissions, '2022-DÅ08', 'T', '15,2', { area: 'Piteå' });
    await enter(readmissions, '2022-DÅ08', 'T', '19,8', { area: 'Kiruna' });
    await enter(readmissions, '2022-DÅ08', 'T', '14,0', { ageBand: '65–79 år' });
    await enter(readmissions, '2022-DÅ08', 'T', '21,5', { ageBand: '80 år och äldre' });
    // Baseline 2019 of the palliative measure: K 50 % M 47 % — a gap under 10 %.
    await enter(palliative, '2022-DÅ08', 'K', '50');
    await enter(palliative, '2022-DÅ08', 'M', '47');
  });

  it('gives a measure its gaps per period: women and men, areas and age bands, with the trend', async () => {
    const res = await get(`/api/measures/${readmissions}/equality`);
    expect(res.statusCode).toBe(200);
    const eq = res.json() as MeasureEquality;
    expect(eq.periods.map((p) => p.period)).toEqual(['2022-DÅ04', '2022-DÅ08']);
    const aug = eq.periods[1]!;
    expect(aug.label.sv).toBe('Delår augusti 2022');
    expect(aug.sex).toMatchObject({ women: 16.1, men: 18.4, worseOff: 'M' });
    expect(aug.sex!.absolute).toBeCloseTo(2.3, 10);
    expect(aug.sex!.ratio).toBeCloseTo(18.4 / 16.1, 10);
    expect(aug.areas[0]).toMatchObject({ sex: 'T', lowest: { name: 'Piteå', value: 15.2 }, highest: { name: 'Kiruna', value: 19.8 }, count: 3 });
    expect(aug.areas[0]!.worst?.name).toBe('Kiruna');
    expect(aug.ageBands[0]).toMatchObject({ lowest: { name: '65–79 år' }, highest: { name: '80 år och äldre' } });
    expect(aug.flags.map((f) => f.dimension)).toEqual(['sex', 'area', 'age']);
    expect(eq.flagged).toBe(true);
    expect(eq.trend.sex.sincePrevious).toMatchObject({ fromPeriod: '2022-DÅ04', toPeriod: '2022-DÅ08', direction: 'narrowing' });
    expect(eq.thresholds).toEqual({ relativeGap: 0.1, absolutePoints: null, isDefault: true, canEdit: true });
  });

  it('lists the plan’s measures with breakdowns, flagged ones marked', async () => {
    const eq = (await get(`/api/plans/${planId}/equality`)).json() as PlanEquality;
    expect(eq.measures.map((m) => [m.name, m.flagged])).toEqual([
      [PALLIATIVE, false],
      [READMISSIONS, true],
    ]);
    expect(eq.measures[1]!.analysis.period).toBe('2022-DÅ08');
    expect(eq.measures[1]!.nodeTitle).toBe('En sammanhållen och samordnad vård utifrån individens behov');
    expect(eq.periods.map((p) => p.key)).toContain('2022-DÅ04');
  });

  it('shows one period when asked, and judges the trend only on periods up to it', async () => {
    const eq = (await get(`/api/plans/${planId}/equality?period=2022-DÅ04`)).json() as PlanEquality;
    expect(eq.measures.map((m) => m.measureId)).toEqual([readmissions]);
    expect(eq.measures[0]!.analysis.areas).toEqual([]);
    expect(eq.measures[0]!.trend.sex.sincePrevious).toBeNull();
  });

  it('refuses an unknown period with the field named', async () => {
    const res = await get(`/api/plans/${planId}/equality?period=hösten`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ path: 'period', message: expect.stringContaining('Okänd period') }]);
  });

  it('lets an editor set the thresholds, which change the flags', async () => {
    const res = await send('PUT', `/api/plans/${planId}/equality/thresholds`, { relativeGap: 0.5, absolutePoints: 3 });
    expect(res.statusCode, res.body).toBe(200);
    const eq = (await get(`/api/plans/${planId}/equality`)).json() as PlanEquality;
    expect(eq.thresholds).toMatchObject({ relativeGap: 0.5, absolutePoints: 3, isDefault: false });
    const row = eq.measures.find((m) => m.measureId === readmissions)!;
    // 2,3 procentenheter between the sexes is now within both rules; 4,6 between areas exceeds the absolute one, and 80+ is 54 % above 65–79.
    expect(row.analysis.flags).toEqual([
      { dimension: 'area', sex: 'T', rules: ['absolute'] },
      { dimension: 'age', sex: 'T', rules: ['relative', 'absolute'] },
    ]);
    await send('PUT', `/api/plans/${planId}/equality/thresholds`, { relativeGap: 0.1, absolutePoints: null });
  });

  it('rejects a negative threshold with the field’s path, and readers may look but not change', async () => {
    const bad = await send('PUT', `/api/plans/${planId}/equality/thresholds`, { relativeGap: -0.1, absolutePoints: null });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toEqual({ path: 'relativeGap', message: 'Den relativa skillnaden kan inte vara negativ' });
    await addUser(db(), organisationId, 'reader', 'lasare@test.local');
    const reader = await signIn(app, 'lasare@test.local', 'user-password-1');
    const view = (await get(`/api/plans/${planId}/equality`, reader)).json() as PlanEquality;
    expect(view.thresholds.canEdit).toBe(false);
    const refused = await send('PUT', `/api/plans/${planId}/equality/thresholds`, { relativeGap: 0.2, absolutePoints: null }, reader);
    expect(refused.statusCode).toBe(403);
  });

  it('answers 404 for a plan or measure that does not exist', async () => {
    expect((await get('/api/plans/9999/equality')).statusCode).toBe(404);
    expect((await get('/api/measures/99999/equality')).statusCode).toBe(404);
  });

  it('reads the whole plan in a fixed number of queries, however many measures have breakdowns', async () => {
    const actor = { id: 1, roles: new Map([[organisationId, 'admin' as const]]) };
    const before = countingDb(db());
    await getPlanEquality(before.db, actor, planId);
    await enter(palliative, '2022', 'K', '55');
    await enter(palliative, '2022', 'M', '49');
    for (const name of ['Luleå', 'Boden', 'Kalix', 'Gällivare']) await enter(palliative, '2022', 'T', '50', { area: name });
    const after = countingDb(db());
    await getPlanEquality(after.db, actor, planId);
    expect(after.count()).toBe(before.count());
    expect(after.count()).toBeLessThanOrEqual(5);
  });
});
