import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { MeasureDetail, Scorecard } from '../../../shared/api-types';
import { allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const MEASURE = 'Andel av norrbottningarna som känner till Digitalen.'; // baseline 2021: 30%, target 2022: 50%

describeEachDatabase('Scorecard on monthly values', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let cookie: string;
  let measureId: number;

  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const scorecard = async (period?: string) =>
    (await get(`/api/plans/${planId}/scorecard${period ? `?period=${encodeURIComponent(period)}` : ''}`)).json() as Scorecard;
  const status = (sc: Scorecard) => allNodes(sc.nodes).flatMap((n) => n.measures).find((m) => m.id === measureId)!;
  const monthly = async (values: [string, number][]) => {
    for (const [period, value] of values) {
      await db().query(`INSERT INTO measure_values (measure_id, period, sex, value, status) VALUES ($1, $2, 'T', $3, 'final')`, [measureId, period, value]);
    }
  };

  beforeAll(async () => {
    ({ app, planId } = await seededApp(db()));
    cookie = await signIn(app);
    measureId = allNodes((await scorecard('2022-DÅ04')).nodes).flatMap((n) => n.measures).find((m) => m.name === MEASURE)!.id;
    await monthly([['2022-03', 41], ['2022-04', 44], ['2022-07', 49], ['2022-08', 52]]);
  });

  it('judges nothing from monthly values while the measure is a flow per period', async () => {
    // The measure is followed up at ÅR only, so at DÅ 08 without a value it is "not reported this period", not "no value yet" (issue 12).
    expect(status(await scorecard('2022-DÅ08')).fulfilment.status).toBe('not-reported');
  });

  it('reads DÅ 04 and DÅ 08 off April and August once the measure is a state, in the scorecard and on the measure page alike', async () => {
    const patch = await app.inject({ method: 'PATCH', url: `/api/measures/${measureId}`, headers: { cookie }, payload: { valueNature: 'state' } });
    expect(patch.statusCode).toBe(200);
    const dA08 = status(await scorecard('2022-DÅ08'));
    expect(dA08.fulfilment.status).toBe('met');
    expect(dA08.valueText?.sv).toBe('52\u00a0%');
    const dA04 = status(await scorecard('2022-DÅ04'));
    expect(dA04.fulfilment.status).toBe('partly-met');
    expect(dA04.valueText?.sv).toBe('44\u00a0%');
    const detail = (await get(`/api/measures/${measureId}`)).json() as MeasureDetail;
    const byPeriod = Object.fromEntries(detail.fulfilment.map((f) => [f.period, f.fulfilment.status]));
    expect(byPeriod['2022-DÅ04']).toBe('partly-met');
    expect(byPeriod['2022-DÅ08']).toBe('met');
  });

  it('opens on the latest report that a closing month fills, and a value entered for the report itself wins', async () => {
    expect((await scorecard()).period).toBe('2022-DÅ08');
    await monthly([['2022-DÅ08', 47]]);
    const m = status(await scorecard('2022-DÅ08'));
    expect(m.valueText?.sv).toBe('47\u00a0%');
    expect(m.fulfilment.status).toBe('partly-met');
  });
});
