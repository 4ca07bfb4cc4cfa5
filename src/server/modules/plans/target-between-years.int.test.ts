import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { PlanInfo } from '../../../shared/authoring-schemas';
import type { MeasuresWithoutDirection, Scorecard } from '../../../shared/api-types';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const MEASURE = 'Andel av norrbottningarna som känner till Digitalen.'; // targets 2022: 50%, 2024: 80%

/** Issue 12, items 3 and 4: the plan's choice between target years, and the editors' list of measures without a direction. */
describeEachDatabase('Targets between target years, and measures without a direction', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let organisationId: number;
  let admin: string;
  let reader: string;
  let measureId: number;

  const call = (method: 'GET' | 'PATCH', url: string, cookie = admin, payload?: object) => app.inject({ method, url, headers: { cookie }, payload });
  const scorecard = async (period: string) => (await call('GET', `/api/plans/${planId}/scorecard?period=${encodeURIComponent(period)}`)).json() as Scorecard;
  const measures = (sc: Scorecard) => allNodes(sc.nodes).flatMap((n) => n.measures);
  const dataVersion = async () => Number((await db().query<{ v: string }>('SELECT data_version AS v FROM plans WHERE id = $1', [planId]))[0]!.v);

  beforeAll(async () => {
    ({ app, planId, organisationId } = await seededApp(db()));
    admin = await signIn(app);
    await addUser(db(), organisationId, 'reader', 'reader@region.se');
    reader = await signIn(app, 'reader@region.se', 'user-password-1');
    measureId = measures(await scorecard('2023')).find((m) => m.name === MEASURE)!.id;
    await db().query(`INSERT INTO measure_values (measure_id, period, sex, value, status) VALUES ($1, '2023', 'T', 70, 'final')`, [measureId]);
  });

  it('judges 2023 against the 2024 target until the plan chooses a straight line, then against 65 % read off the line', async () => {
    const plan = (await call('GET', `/api/plans/${planId}`)).json() as PlanInfo;
    expect(plan.targetBetweenYears).toBe('next-target');
    const before = measures(await scorecard('2023')).find((m) => m.id === measureId)!;
    expect(before.fulfilment.status).toBe('partly-met');
    expect(before.targetYear).toBe(2024);
    expect(before.fulfilment.explanation.sv).toMatch(/^Mål 2024 \(nästa målår\): 80%:/);

    const version = await dataVersion();
    const res = await call('PATCH', `/api/plans/${planId}`, admin, { targetBetweenYears: 'straight-line', version: plan.version });
    expect(res.statusCode).toBe(200);
    expect((res.json() as PlanInfo).targetBetweenYears).toBe('straight-line');
    // The kept trees are judged again: the change moves the plan's data version.
    expect(await dataVersion()).toBeGreaterThan(version);

    const after = measures(await scorecard('2023')).find((m) => m.id === measureId)!;
    expect(after.fulfilment.status).toBe('met');
    expect(after.targetText).toBe('65\u00a0%');
    expect(after.targetYear).toBe(2023);
    expect(after.fulfilment.explanation.sv).toMatch(/^Mål 2024: 80%, rak linje mellan 2022 \(50\u00a0%\) och 2024 \(80\u00a0%\) → 65\u00a0% för 2023: /);
    expect(after.fulfilment.explanation.en).toMatch(/^Target 2024: 80%, straight line between 2022 \(50%\) and 2024 \(80%\) → 65% for 2023: /);
    // The target years themselves are judged as before.
    expect(measures(await scorecard('2022')).find((m) => m.id === measureId)!.targetYear).toBe(2022);
  });

  it('refuses a stale edit, an unknown choice and a reader, and changes nothing', async () => {
    const plan = (await call('GET', `/api/plans/${planId}`)).json() as PlanInfo;
    const stale = await call('PATCH', `/api/plans/${planId}`, admin, { targetBetweenYears: 'next-target', version: plan.version - 1 });
    expect(stale.statusCode).toBe(409);
    const bad = await call('PATCH', `/api/plans/${planId}`, admin, { targetBetweenYears: 'curve', version: plan.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toContain('targetBetweenYears');
    expect((await call('PATCH', `/api/plans/${planId}`, reader, { targetBetweenYears: 'next-target', version: plan.version })).statusCode).toBe(403);
    expect(((await call('GET', `/api/plans/${planId}`)).json() as PlanInfo).targetBetweenYears).toBe(plan.targetBetweenYears);
  });

  it('lists to editors exactly the measures the scorecard says lack a direction, and a set direction takes one off', async () => {
    const res = await call('GET', `/api/plans/${planId}/measures-without-direction`);
    expect(res.statusCode).toBe(200);
    const list = res.json() as MeasuresWithoutDirection;
    const flagged = measures(await scorecard('2022')).filter((m) => m.directionMissing);
    expect(list.measures.length).toBeGreaterThan(0);
    expect(list.measures.map((m) => m.id).sort()).toEqual(flagged.map((m) => m.id).sort());
    const first = list.measures[0]!;
    expect(first.nodePath.length).toBeGreaterThan(0);
    expect(first.targets.length).toBeGreaterThan(0);

    expect((await call('GET', `/api/plans/${planId}/measures-without-direction`, reader)).statusCode).toBe(403);
    expect((await call('GET', '/api/plans/999999/measures-without-direction')).statusCode).toBe(404);

    const set = await call('PATCH', `/api/measures/${first.id}`, admin, { betterDirection: 'increase', version: first.version });
    expect(set.statusCode).toBe(200);
    const again = (await call('GET', `/api/plans/${planId}/measures-without-direction`)).json() as MeasuresWithoutDirection;
    expect(again.measures.map((m) => m.id)).not.toContain(first.id);
    expect(again.measures).toHaveLength(list.measures.length - 1);
    expect(measures(await scorecard('2022')).find((m) => m.id === first.id)!.directionMissing).toBeUndefined();
  });
});
