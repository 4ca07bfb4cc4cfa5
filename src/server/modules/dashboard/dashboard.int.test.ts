import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { AreaComparisonResponse, Dashboard } from '../../../shared/dashboard-types';
import type { Scorecard } from '../../../shared/api-types';
import { seededApp, signIn } from '../../../test-support/app';
import { countingDb } from '../../../test-support/counting-db';
import { describeEachDatabase } from '../../../test-support/databases';
import { getDashboard } from './dashboard.service';

const INJURIES = 'Andel vårdskador, sluten somatisk vård';
const READMISSIONS = 'Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)';

describeEachDatabase('dashboard', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let organisationId: number;
  let admin: string;
  let injuries: number;
  let readmissions: number;

  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: admin } });
  const enter = async (measureId: number, period: string, sex: 'K' | 'M' | 'T', value: string, area?: string) => {
    const res = await app.inject({ method: 'POST', url: `/api/measures/${measureId}/values`, headers: { cookie: admin }, payload: { period, sex, value, status: 'final', area } });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    ({ app, planId, organisationId } = await seededApp(db()));
    admin = await signIn(app);
    const idOf = async (name: string) => (await db().query<{ id: number }>('SELECT id FROM measures WHERE plan_id = $1 AND name = $2', [planId, name]))[0]!.id;
    injuries = await idOf(INJURIES);
    readmissions = await idOf(READMISSIONS);
    // Target 2022 "Under 6,5 %": not met in April, met in August.
    await enter(injuries, '2022-DÅ04', 'T', '7,1');
    await enter(injuries, '2022-DÅ08', 'T', '5,8');
    // Target 2022 "K 16,0 M 17,2": met for women, not for men in August, so partly met.
    await enter(readmissions, '2022-DÅ08', 'K', '15,9');
    await enter(readmissions, '2022-DÅ08', 'M', '18,4');
    for (const [area, value] of [['Luleå', '17,2'], ['Piteå', '15,2'], ['Kiruna', '19,8'], ['Gällivare', '15,2']] as const) {
      await enter(readmissions, '2022-DÅ08', 'T', value, area);
    }
    await enter(readmissions, '2022-DÅ08', 'T', '17,3');
  });

  it('counts statuses per perspective and goal exactly as the scorecard rolls them up', async () => {
    const res = await get(`/api/plans/${planId}/dashboard?period=2022-DÅ08`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as Dashboard;
    const sc = (await get(`/api/plans/${planId}/scorecard?period=2022-DÅ08`)).json() as Scorecard;
    expect(d.levels.map((l) => l.name.sv)).toEqual(['Perspektiv', 'Strategiskt mål']);
    const perspectives = d.nodes.filter((n) => n.depth === 0);
    expect(perspectives.map((n) => n.title)).toEqual(sc.nodes.map((n) => n.title));
    expect(perspectives.map((n) => n.counts)).toEqual(sc.nodes.map((n) => n.fulfilment.counts));
    expect(d.nodes.filter((n) => n.depth === 1)).toHaveLength(5);
    const verksamhet = perspectives.find((n) => n.title === 'Verksamhetsperspektivet')!;
    expect(verksamhet.counts.met).toBe(1);
    expect(verksamhet.counts['partly-met']).toBe(1);
  });

  it('shows the trend from the plan’s first period, and what changed since the previous one', async () => {
    const d = (await get(`/api/plans/${planId}/dashboard?period=2022-DÅ08`)).json() as Dashboard;
    expect(d.trend.map((t) => t.period)).toEqual(['2022-DÅ04', '2022-DÅ08']);
    expect(d.trend.map((t) => t.counts.met)).toEqual([0, 1]);
    expect(d.trend[0]!.counts['not-met']).toBe(1);
    expect(d.trend[0]!.label.sv).toBe('Delår april 2022');
    expect(d.previousPeriod?.key).toBe('2022-DÅ04');
    expect(d.changes.map((c) => [c.name, c.from, c.to])).toEqual([
      [READMISSIONS, 'no-value', 'partly-met'],
      [INJURIES, 'not-met', 'met'],
    ]);
    expect(d.areaMeasures).toEqual([{ id: readmissions, name: READMISSIONS, unit: '%', periods: ['2022-DÅ08'] }]);
  });

  it('defaults to the latest period with values and has no changes for the plan’s first period', async () => {
    expect(((await get(`/api/plans/${planId}/dashboard`)).json() as Dashboard).period).toBe('2022-DÅ08');
    const first = (await get(`/api/plans/${planId}/dashboard?period=2022-DÅ04`)).json() as Dashboard;
    expect(first.previousPeriod).toBeNull();
    expect(first.changes).toEqual([]);
    // The trend still reaches the latest period with values.
    expect(first.trend.map((t) => t.period)).toEqual(['2022-DÅ04', '2022-DÅ08']);
  });

  it('refuses a period outside the plan with the field named', async () => {
    const res = await get(`/api/plans/${planId}/dashboard?period=2019`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('period');
  });

  it('compares one measure across areas, ranked, with the whole region beside', async () => {
    const res = await get(`/api/measures/${readmissions}/area-comparison`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as AreaComparisonResponse;
    expect(c.period).toBe('2022-DÅ08');
    expect(c.sexes).toEqual(['T']);
    expect(c.whole).toBe(17.3);
    // Issue 12: the imported plan now states the direction (targets K 16,0 M 17,2 in 2022, K 15,0 M 15,5 in 2024 fall): best first.
    expect(c.order).toBe('best-first');
    expect(c.areas[0]!.name).toBe('Gällivare');
    expect(c.spread?.worst?.name).toBe('Kiruna');
    // With the direction cleared by a person, highest first.
    await app.inject({ method: 'PATCH', url: `/api/measures/${readmissions}`, headers: { cookie: admin }, payload: { betterDirection: null } });
    const unranked = (await get(`/api/measures/${readmissions}/area-comparison?period=2022-D%C3%8508&sex=T`)).json() as AreaComparisonResponse;
    expect(unranked.order).toBe('highest-first');
    expect(unranked.areas.map((a) => [a.name, a.rank])).toEqual([
      ['Kiruna', 1],
      ['Luleå', 2],
      ['Gällivare', 3],
      ['Piteå', 3],
    ]);
  });

  it('lists the measures linked to a Kolada KPI, for the comparison across regions, and none before linking', async () => {
    expect((await get(`/api/plans/${planId}/dashboard`)).json<Dashboard>().koladaMeasures).toEqual([]);
    const [antibiotics] = await db().query<{ id: number; name: string }>("SELECT id, name FROM measures WHERE plan_id = $1 AND name LIKE 'Antibiotikarecept%'", [planId]);
    const link = await app.inject({ method: 'PUT', url: `/api/measures/${antibiotics!.id}/kolada`, headers: { cookie: admin }, payload: { kpi: 'N00404' } });
    expect(link.statusCode, link.body).toBe(200);
    expect((await get(`/api/plans/${planId}/dashboard`)).json<Dashboard>().koladaMeasures).toEqual([{ id: antibiotics!.id, name: antibiotics!.name, kpi: 'N00404' }]);
    await app.inject({ method: 'PUT', url: `/api/measures/${antibiotics!.id}/kolada`, headers: { cookie: admin }, payload: { kpi: null } });
  });

  it('answers 404 for a measure without area values', async () => {
    const res = await get(`/api/measures/${injuries}/area-comparison`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('inga värden per område');
  });

  it('reads the plan in a number of queries that does not grow with its values', async () => {
    const actor = { id: 1, roles: new Map([[organisationId, 'admin' as const]]) };
    const before = countingDb(db());
    await getDashboard(before.db, actor, planId, '2022-DÅ08');
    for (const period of ['2022', '2023-DÅ04', '2023-DÅ08']) await enter(injuries, period, 'T', '6,1');
    await enter(readmissions, '2022', 'K', '15,0');
    const after = countingDb(db());
    const d = await getDashboard(after.db, actor, planId, '2022-DÅ08');
    expect(d.trend.map((t) => t.period)).toEqual(['2022-DÅ04', '2022-DÅ08', '2022', '2023-DÅ04', '2023-DÅ08']);
    // Newer values end the newest-first search for the latest period sooner; nothing grows with the data.
    expect(after.count()).toBeLessThanOrEqual(before.count());
    // Two more per judging, whatever the plan's size: its measures' predecessors (series that continue
    // from an earlier plan) and its national values (targets judged against the nation). One more the
    // first time: the measures' owners, read after their digest, which later versions read alone.
    expect(before.count()).toBeLessThanOrEqual(7 + 9 + 2 + 1);
  });
});
