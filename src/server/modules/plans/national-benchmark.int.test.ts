import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasureDetail, Scorecard, ScorecardMeasure } from '../../../shared/api-types';
import { allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import * as q from './plans.queries';

/**
 * "Bättre än riket" judged on the real scorecard from the national value (fulfilment/national.ts): a value
 * entered for the measure with the area "Riket", or Kolada's value for Riket (municipality 0000) of the
 * measure's KPI; an entered value wins, and a change to Kolada's value reaches a kept tree.
 */
describeEachDatabase('National value in production judging', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let cookie: string;
  let entered: number;
  let kolada: number;

  const scorecard = async () =>
    (await app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard?period=2022`, headers: { cookie } })).json() as Scorecard;
  const measure = async (id: number): Promise<ScorecardMeasure> => allNodes((await scorecard()).nodes).flatMap((n) => n.measures).find((m) => m.id === id)!;
  const version = async () => Number((await q.getPlan(db(), planId))!.data_version);

  /** Makes `id` a percentage measure, higher is better, targeted "Bättre än riket" for 2022, with 60 % in 2022 and nothing else. */
  const prepare = async (id: number) => {
    await db().query(`UPDATE measures SET unit = '%', better_direction = 'increase', baseline_text = '' WHERE id = $1`, [id]);
    await db().query(`DELETE FROM measure_targets WHERE measure_id = $1`, [id]);
    await db().query(`INSERT INTO measure_targets (measure_id, year, text) VALUES ($1, 2022, 'Bättre än riket')`, [id]);
    await db().query(`DELETE FROM measure_values WHERE measure_id = $1`, [id]);
    await db().query(`INSERT INTO measure_values (measure_id, period, sex, value) VALUES ($1, '2022', 'T', 60)`, [id]);
  };

  beforeAll(async () => {
    ({ app, planId } = await seededApp(db()));
    cookie = await signIn(app);
    const ids = (await q.measureOwners(db(), planId)).map((m) => m.id);
    [entered, kolada] = [ids[0]!, ids[1]!];
    await prepare(entered);
    await prepare(kolada);
    await db().query(`UPDATE measures SET kolada_kpi = 'U99999' WHERE id = $1`, [kolada]);
  });

  it('without a national value the target is not measurable, and says what is missing', async () => {
    const m = await measure(entered);
    expect(m.targetText).toBe('Bättre än riket');
    expect(m.fulfilment.status).toBe('not-measurable');
    expect(m.fulfilment.explanation.sv).toContain('rikets värde saknas');
  });

  describe('a value entered with the area "Riket"', () => {
    it('is met above the national value and names it', async () => {
      await db().query(`INSERT INTO measure_values (measure_id, period, sex, area, value) VALUES ($1, '2022', 'T', 'Riket', 55)`, [entered]);
      const m = await measure(entered);
      expect(m.fulfilment.status).toBe('met');
      expect(m.fulfilment.explanation.sv).toMatch(/riket/i);
      expect(m.fulfilment.explanation.sv).toMatch(/55/);
      // The national value is not the measure's own value.
      expect(m.valueText?.sv).toMatch(/^60/);
    });

    it('is not met below it; the measure page judges the same', async () => {
      await db().query(`UPDATE measure_values SET value = 70 WHERE measure_id = $1 AND area = 'Riket'`, [entered]);
      expect((await measure(entered)).fulfilment.status).toBe('not-met');
      const detail = (await app.inject({ method: 'GET', url: `/api/measures/${entered}`, headers: { cookie } })).json() as MeasureDetail;
      const year = detail.fulfilment.find((f) => f.period === '2022')!;
      expect(year.fulfilment.status).toBe('not-met');
      expect(year.fulfilment.explanation.sv).toMatch(/70/);
    });
  });

  describe("Kolada's value for Riket of the measure's KPI", () => {
    it('judges the measure, and a fetched change reaches the kept tree (the plan is bumped)', async () => {
      const before = await version();
      await db().query(`INSERT INTO kolada_values (kpi, municipality_id, year, gender, value) VALUES ('U99999', '0000', 2022, 'T', 52.5)`);
      expect((await version()) - before).toBe(1);
      let m = await measure(kolada);
      expect(m.fulfilment.status).toBe('met');
      expect(m.fulfilment.explanation.sv).toMatch(/52,5/);

      await db().query(`UPDATE kolada_values SET value = 65 WHERE kpi = 'U99999' AND municipality_id = '0000'`);
      m = await measure(kolada);
      expect(m.fulfilment.status).toBe('not-met');
      expect(m.fulfilment.explanation.sv).toMatch(/65/);
    });

    it("other municipalities' values neither judge nor bump", async () => {
      const before = await version();
      await db().query(`INSERT INTO kolada_values (kpi, municipality_id, year, gender, value) VALUES ('U99999', '0025', 2022, 'T', 10)`);
      expect(await version()).toBe(before);
      expect((await measure(kolada)).fulfilment.status).toBe('not-met');
    });

    it('an entered national value wins over Kolada for the same period', async () => {
      await db().query(`INSERT INTO measure_values (measure_id, period, sex, area, value) VALUES ($1, '2022', 'T', 'Hela landet', 50)`, [kolada]);
      const m = await measure(kolada);
      expect(m.fulfilment.status).toBe('met');
      expect(m.fulfilment.explanation.sv).toMatch(/50/);
    });
  });
});
