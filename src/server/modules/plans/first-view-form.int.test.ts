import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { openLevels } from '../../../domain/scorecard/first-view';
import type { Scorecard, ScorecardNode } from '../../../shared/api-types';
import { allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

/**
 * The scorecard's first-view form (?form=first-view): what the scorecard page shows first, without
 * the measures of the nodes it shows closed. Region Norrbotten's plan (58 measures) opens whole and
 * is sent whole; with 300 more measures under one success factor its success factors are shown
 * closed, and their measures are left out and counted.
 */
describeEachDatabase('The scorecard in its first-view form', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let cookie: string;
  const get = async (query: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Scorecard;
  };
  const statusCounts = (nodes: ScorecardNode[]) => {
    const counts: Record<string, number> = {};
    for (const n of allNodes(nodes)) {
      for (const m of n.measures) counts[m.fulfilment.status] = (counts[m.fulfilment.status] ?? 0) + 1;
      for (const [status, count] of Object.entries(n.measuresLeftOut ?? {})) counts[status] = (counts[status] ?? 0) + (count ?? 0);
    }
    return counts;
  };

  beforeAll(async () => {
    ({ app, planId } = await seededApp(db()));
    cookie = await signIn(app);
  });

  it('is the whole scorecard for a plan that opens whole', async () => {
    const [full, first] = await Promise.all([get(''), get('?form=first-view')]);
    expect(openLevels(full.nodes)).toBe(Number.POSITIVE_INFINITY);
    expect(first).toEqual(full);
  });

  describe('with 300 more measures under one success factor', () => {
    beforeAll(async () => {
      const [factor] = await db().query<{ id: number; kind_key: string }>(
        `SELECT n.id, m.kind_key FROM plan_nodes n JOIN measures m ON m.node_id = n.id
          WHERE n.plan_id = $1 AND n.level_key = 'success-factor' ORDER BY n.id LIMIT 1`,
        [planId],
      );
      await db().query(
        `INSERT INTO measures (plan_id, node_id, kind_key, position, name)
         SELECT $1, $2, $3, 1000 + i, 'Mått ' || i FROM generate_series(1, 300) AS i`,
        [planId, factor!.id, factor!.kind_key],
      );
      await db().query('UPDATE plans SET data_version = data_version + 1 WHERE id = $1', [planId]);
    });

    it('leaves out the measures of the nodes shown closed, counted per status, and keeps every node and everything else', async () => {
      const [full, first] = await Promise.all([get('?period=2022'), get('?period=2022&form=first-view')]);
      const levels = openLevels(full.nodes);
      expect(levels).toBe(2);
      expect(openLevels(first.nodes)).toBe(levels);
      const { nodes: fullNodes, ...fullHead } = full;
      const { nodes: firstNodes, ...firstHead } = first;
      expect(firstHead).toEqual(fullHead);
      expect(allNodes(firstNodes).map((n) => n.id)).toEqual(allNodes(fullNodes).map((n) => n.id));
      expect(statusCounts(firstNodes)).toEqual(statusCounts(fullNodes));
      const measures = allNodes(firstNodes).flatMap((n) => n.measures);
      expect(measures.length).toBeLessThan(allNodes(fullNodes).flatMap((n) => n.measures).length);
      for (const factor of allNodes(firstNodes).filter((n) => n.levelKey === 'success-factor')) expect(factor.measures).toEqual([]);
      expect(allNodes(fullNodes).some((n) => n.measuresLeftOut)).toBe(false);
      expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(full).length / 3);
    });

    it('refuses an unknown form', async () => {
      const res = await app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard?form=tiny`, headers: { cookie } });
      expect(res.statusCode).toBe(400);
    });
  });
});
