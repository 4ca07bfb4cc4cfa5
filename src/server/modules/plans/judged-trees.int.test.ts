import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { Scorecard, ScorecardMeasure } from '../../../shared/api-types';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { NORRBOTTEN_PLAN } from '../../bootstrap';
import { importPlanText } from '../plan-import/plan-import.service';
import { judgedTrees, planFacts } from './judged-trees';
import { planPeriods } from './plans.service';
import * as q from './plans.queries';

const MEASURE = 'Andel av norrbottningarna som känner till Digitalen.'; // baseline 2021: 30%, target 2022: 50%

describeEachDatabase('Judged trees kept per data version', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let otherPlanId: number;
  let organisationId: number;
  let cookie: string;
  let measureId: number;
  let model: GovernanceModel;

  const version = async (id: number) => Number((await q.getPlan(db(), id))!.data_version);
  const scorecard = async (period = '2022', c = cookie) =>
    (await app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard?period=${period}`, headers: { cookie: c } })).json() as Scorecard;
  const measures = (sc: Scorecard): ScorecardMeasure[] => allNodes(sc.nodes).flatMap((n) => n.measures);
  const digitalen = async (period = '2022') => measures(await scorecard(period)).find((m) => m.id === measureId)!;
  /** Runs `sql` and says by how much it moved the plan's and the other plan's versions. */
  const bumps = async (sql: string, params: unknown[] = []) => {
    const before = [await version(planId), await version(otherPlanId)];
    await db().query(sql, params);
    return [(await version(planId)) - before[0]!, (await version(otherPlanId)) - before[1]!];
  };

  beforeAll(async () => {
    ({ app, planId, organisationId } = await seededApp(db()));
    cookie = await signIn(app);
    const other = await importPlanText(db(), { organisationId, text: readFileSync(NORRBOTTEN_PLAN, 'utf8'), sourceName: 'kopia', dryRun: false });
    otherPlanId = other.planId!;
    const sc = await scorecard();
    measureId = measures(sc).find((m) => m.name === MEASURE)!.id;
    model = sc.model;
  });

  describe('every statement that changes what a scorecard shows bumps its plan once, and only its plan', () => {
    it('values: inserted, upserted, deleted (one statement of many rows counts once)', async () => {
      const ids = (await q.measureOwners(db(), planId)).slice(0, 5).map((m) => m.id);
      expect(
        await bumps(`INSERT INTO measure_values (measure_id, period, sex, value) SELECT id, '2019', 'T', 1 FROM unnest($1::int[]) AS id`, [ids]),
      ).toEqual([1, 0]);
      expect(
        await bumps(
          `INSERT INTO measure_values (measure_id, period, sex, value) SELECT id, '2019', 'T', 2 FROM unnest($1::int[]) AS id
           ON CONFLICT (measure_id, period, sex, age_band, area) DO UPDATE SET value = EXCLUDED.value`,
          [ids],
        ),
      ).toEqual([1, 0]);
      expect(await bumps(`DELETE FROM measure_values WHERE period = '2019'`)).toEqual([1, 0]);
      expect(await bumps(`DELETE FROM measure_values WHERE period = '1900'`)).toEqual([0, 0]);
    });

    it('targets, measures and nodes', async () => {
      expect(await bumps(`UPDATE measure_targets SET text = text WHERE measure_id = $1`, [measureId])).toEqual([1, 0]);
      expect(await bumps(`UPDATE measures SET unit = unit WHERE id = $1`, [measureId])).toEqual([1, 0]);
      expect(await bumps(`UPDATE plan_nodes SET title = title WHERE plan_id = $1`, [otherPlanId])).toEqual([0, 1]);
    });

    it("the organisation's governance model, for each of its plans", async () => {
      expect(
        await bumps(`UPDATE governance_models SET updated_at = now() WHERE id = (SELECT governance_model_id FROM organisations WHERE id = $1)`, [organisationId]),
      ).toEqual([1, 1]);
    });
  });

  it('serves one tree per plan, period and version, and a new one after a change', async () => {
    const plan = (await q.getPlan(db(), planId))!;
    const [a, b] = await Promise.all([judgedTrees(db(), plan, model, ['2022']), judgedTrees(db(), plan, model, ['2022'])]);
    expect(a[0]).toBe(b[0]);
    expect(Object.isFrozen(a[0]![0]!.measures[0])).toBe(true);
    await db().query(`INSERT INTO measure_values (measure_id, period, sex, value) VALUES ($1, '2023-01', 'T', 1)`, [measureId]);
    const [c] = await judgedTrees(db(), (await q.getPlan(db(), planId))!, model, ['2022']);
    expect(c).not.toBe(a[0]);
    await db().query(`DELETE FROM measure_values WHERE measure_id = $1 AND period = '2023-01'`, [measureId]);
  });

  it('gives a request that read the plan before a change the newer kept tree, without judging the plan again', async () => {
    const older = (await q.getPlan(db(), planId))!;
    await db().query(`INSERT INTO measure_values (measure_id, period, sex, value) VALUES ($1, '2023-02', 'T', 1)`, [measureId]);
    const [newer] = await judgedTrees(db(), (await q.getPlan(db(), planId))!, model, ['2022']);
    // The same object: not judged again (a tree judged for the older version would be a new one).
    const [late] = await judgedTrees(db(), older, model, ['2022']);
    expect(late).toBe(newer);
    await db().query(`DELETE FROM measure_values WHERE measure_id = $1 AND period = '2023-02'`, [measureId]);
  });

  it('shows a value written behind the server’s back (the CLI, the Kolada job, another server) on the next request', async () => {
    expect((await digitalen()).fulfilment.status).toBe('no-value');
    // Straight into the database, past the app's services, as another process would write.
    await db().query(`INSERT INTO measure_values (measure_id, period, sex, value, status) VALUES ($1, '2022', 'T', 55, 'final')`, [measureId]);
    const m = await digitalen();
    expect(m.fulfilment.status).toBe('met');
    expect(m.valueText?.sv).toBe('55\u00a0%');
    await db().query(`UPDATE measure_values SET value = 40 WHERE measure_id = $1 AND period = '2022'`, [measureId]);
    expect((await digitalen()).fulfilment.status).toBe('partly-met');
  });

  it('gives each reader their own entry rights on the shared tree', async () => {
    const reporterId = await addUser(db(), organisationId, 'reporter', 'rapportor@test.local');
    await db().query('UPDATE measures SET owner_user_id = $2 WHERE id = $1', [measureId, reporterId]);
    const reporter = await signIn(app, 'rapportor@test.local', 'user-password-1');
    const asReporter = measures(await scorecard('2022', reporter));
    expect(asReporter.filter((m) => m.canEnterValues).map((m) => m.id)).toEqual([measureId]);
    expect(measures(await scorecard('2022')).every((m) => m.canEnterValues)).toBe(true);
    // The admin's request did not change what the reporter sees, nor the other way round.
    expect(measures(await scorecard('2022', reporter)).filter((m) => m.canEnterValues)).toHaveLength(1);
  });

  it('after value and target changes, judges only the changed measures and gives what a full rebuild gives', async () => {
    const ids = (await q.measureOwners(db(), planId)).map((m) => m.id).sort((a, b) => a - b);
    const periods = ['2022-DÅ08', '2022', '2023-DÅ04'];
    // A fresh Db object has caches of its own: what it serves is judged in full.
    const fullRebuild = async (p: string) => (await judgedTrees({ ...db() }, (await q.getPlan(db(), planId))!, model, [p]))[0];
    const write = fc.record({
      measure: fc.constantFrom(...ids),
      period: fc.constantFrom('2021', '2022-DÅ04', '2022-DÅ08', '2022', '2022-08', '2023-DÅ04'),
      sex: fc.constantFrom('T', 'K', 'M'),
      value: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      target: fc.option(fc.constantFrom('Minst 50 %', 'Under 10 %', 'Öka', 'K 16,0 M 17,2'), { nil: null, freq: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 4 }), fc.constantFrom(...periods), async (writes, period) => {
        const before = (await judgedTrees(db(), (await q.getPlan(db(), planId))!, model, [period]))[0]!;
        for (const w of writes) {
          if (w.target !== null) {
            await db().query(`UPDATE measure_targets SET text = $2 WHERE measure_id = $1 AND year = 2022`, [w.measure, w.target]);
          } else if (w.value === null) {
            await db().query(`DELETE FROM measure_values WHERE measure_id = $1 AND period = $2 AND sex = $3 AND age_band = '' AND area = ''`, [w.measure, w.period, w.sex]);
          } else {
            await db().query(
              `INSERT INTO measure_values (measure_id, period, sex, value, status) VALUES ($1, $2, $3, $4, 'final')
               ON CONFLICT (measure_id, period, sex, age_band, area) DO UPDATE SET value = EXCLUDED.value`,
              [w.measure, w.period, w.sex, w.value],
            );
          }
        }
        const after = (await judgedTrees(db(), (await q.getPlan(db(), planId))!, model, [period]))[0]!;
        expect(after).toEqual(await fullRebuild(period));
        // Judged from the kept tree: a perspective with none of the written measures below it is the same object.
        const touched = new Set(writes.map((w) => w.measure));
        const untouched = after.find((n) => !allNodes([n]).some((x) => x.measures.some((m) => touched.has(m.id))));
        if (untouched) expect(before).toContain(untouched);
      }),
      { numRuns: 12 },
    );
    // A change the log does not cover (a node's title) judges the whole plan, and gets it right.
    const before = (await judgedTrees(db(), (await q.getPlan(db(), planId))!, model, ['2022']))[0]!;
    await db().query(`UPDATE plan_nodes SET title = title || ' (ny)' WHERE id = $1`, [before[0]!.id]);
    const after = (await judgedTrees(db(), (await q.getPlan(db(), planId))!, model, ['2022']))[0]!;
    expect(after[0]!.title).toBe(`${before[0]!.title} (ny)`);
    expect(after).toEqual(await fullRebuild('2022'));
    expect(after.slice(1).every((n, i) => n !== before[i + 1])).toBe(true);
  });

  it('sends each reader the answer their rights give, compressed as asked, and a new one after a change', async () => {
    const get = async (c: string, encoding: string) =>
      app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard?period=2022`, headers: { cookie: c, 'accept-encoding': encoding } });
    const plain = await get(cookie, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(cookie, 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    // A reporter owning one measure gets an answer of their own, not the admin's.
    await addUser(db(), organisationId, 'reporter', 'agare@test.local');
    const owner = (await db().query<{ id: number }>(`SELECT id FROM users WHERE email = 'agare@test.local'`))[0]!.id;
    const ownedId = measures(plain.json() as Scorecard)[1]!.id;
    await db().query('UPDATE measures SET owner_user_id = $2 WHERE id = $1', [ownedId, owner]);
    const reporter = await signIn(app, 'agare@test.local', 'user-password-1');
    const asReporter = measures((await get(reporter, 'identity')).json() as Scorecard);
    expect(asReporter.filter((m) => m.canEnterValues).map((m) => m.id)).toEqual([ownedId]);
    expect(measures((await get(cookie, 'identity')).json() as Scorecard).every((m) => m.canEnterValues)).toBe(true);
    // After a value is entered, the next answer is the new data version's.
    await db().query(`INSERT INTO measure_values (measure_id, period, sex, value, status) VALUES ($1, '2022', 'T', 99, 'final')
      ON CONFLICT (measure_id, period, sex, age_band, area) DO UPDATE SET value = 99`, [ownedId]);
    const after = measures((await get(cookie, 'identity')).json() as Scorecard).find((m) => m.id === ownedId)!;
    expect(after.valueText?.sv).toMatch(/^99/);
  });

  it("reads the measures' owners again only when they change: values entered keep them, a new owner shows at once", async () => {
    const facts = async () => {
      const plan = (await q.getPlan(db(), planId))!;
      return planFacts(db(), plan, planPeriods(plan));
    };
    const before = await facts();
    await db().query(`INSERT INTO measure_values (measure_id, period, sex, value, status) VALUES ($1, '2022', 'T', 41, 'final')
      ON CONFLICT (measure_id, period, sex, age_band, area) DO UPDATE SET value = 41`, [measureId]);
    const afterValue = await facts();
    expect(afterValue).not.toBe(before); // a new data version's facts…
    expect(afterValue.measureOwners).toBe(before.measureOwners); // …with the owners as they were read
    const owner = await addUser(db(), organisationId, 'reporter', 'ny-agare@test.local');
    await db().query('UPDATE measures SET owner_user_id = $2 WHERE id = $1', [measureId, owner]);
    const afterOwner = await facts();
    expect(afterOwner.measureOwners.get(measureId)).toBe(owner);
    expect(afterOwner.measuresPerOwner.get(owner)).toBe(1);
    expect([...afterOwner.measuresPerOwner.values()].reduce((a, b) => a + b, 0)).toBe(afterOwner.measureOwners.size);
    const reporter = await signIn(app, 'ny-agare@test.local', 'user-password-1');
    expect(measures(await scorecard('2022', reporter)).filter((m) => m.canEnterValues).map((m) => m.id)).toEqual([measureId]);
    await db().query('UPDATE measures SET owner_user_id = NULL WHERE id = $1', [measureId]);
    expect(measures(await scorecard('2022', reporter)).some((m) => m.canEnterValues)).toBe(false);
  });

  it('keeps no failed build: the next request builds again', async () => {
    const plan = (await q.getPlan(db(), planId))!;
    let fail = true;
    const flaky: Db = {
      ...db(),
      query: (async (sql: string, params?: unknown[]) => {
        if (fail) throw new Error('connection lost');
        return db().query(sql, params);
      }) as Db['query'],
    };
    await expect(judgedTrees(flaky, plan, model, ['2022-DÅ04'])).rejects.toThrow('connection lost');
    fail = false;
    const [tree] = await judgedTrees(flaky, plan, model, ['2022-DÅ04']);
    expect(tree!.length).toBeGreaterThan(0);
  });
});
