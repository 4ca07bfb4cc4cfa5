import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createMeasureSchema,
  createNodeSchema,
  createPlanSchema,
  decidePlanSchema,
  startRevisionSchema,
  updateNodeSchema,
  updatePlanSchema,
} from '../../../shared/authoring-schemas';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { getCascade } from './cascade.service';
import { deletePlanPart, deletionImpact, restoreDeletion } from './deletions.service';
import { createMeasure } from './measures-write.service';
import { createNode, getNodeInfo, updateNode } from './nodes.service';
import { compareVersions, createPlan, decidePlan, getPlanInfo, listVersions, startRevision, updatePlan } from './plans-write.service';

const id = z.coerce.number().int().positive();
const planParams = z.object({ planId: id });
const nodeParams = z.object({ nodeId: id });
const versionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

/** Writing plans: plans, their decisions and revisions, nodes, measures, deletions and the cascade. */
export async function planEditorRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/organisations/:orgId/plans',
    { schema: { tags: ['plans'], summary: 'Skapa en plan: tom, från mallen eller som kopia av en tidigare plan', params: z.object({ orgId: id }), body: createPlanSchema } },
    async (request, reply) => {
      reply.status(201);
      return createPlan(db, requireActor(request), request.params.orgId, request.body);
    },
  );
  r.get('/plans/:planId', { schema: { tags: ['plans'], summary: 'Planens uppgifter och status', params: planParams } }, async (request) =>
    getPlanInfo(db, requireActor(request), request.params.planId),
  );
  r.patch(
    '/plans/:planId',
    { schema: { tags: ['plans'], summary: 'Ändra planens namn, år, vision, beslutande organ eller planen ovanför', params: planParams, body: updatePlanSchema } },
    async (request) => updatePlan(db, requireActor(request), request.params.planId, request.body, expectedVersion(request, request.body.version)),
  );
  r.post(
    '/plans/:planId/decision',
    { schema: { tags: ['plans'], summary: 'Fastställ planen (organ, datum, §)', params: planParams, body: decidePlanSchema } },
    async (request) => decidePlan(db, requireActor(request), request.params.planId, request.body, expectedVersion(request, request.body.version)),
  );
  r.post(
    '/plans/:planId/revisions',
    { schema: { tags: ['plans'], summary: 'Starta en revidering av en fastställd plan', params: planParams, body: startRevisionSchema } },
    async (request) => startRevision(db, requireActor(request), request.params.planId, request.body, expectedVersion(request, request.body.version)),
  );
  r.get('/plans/:planId/versions', { schema: { tags: ['plans'], summary: 'Planens fastställda versioner och pågående utkast', params: planParams } }, async (request) =>
    listVersions(db, requireActor(request), request.params.planId),
  );
  r.get(
    '/plans/:planId/versions/compare',
    {
      schema: {
        tags: ['plans'],
        summary: 'Jämför två versioner av planen: noder, mått och mål som tillkommit, tagits bort och ändrats',
        params: planParams,
        querystring: z.object({ from: z.string().min(1), to: z.string().min(1).default('current') }),
      },
    },
    async (request) => compareVersions(db, requireActor(request), request.params.planId, request.query.from, request.query.to),
  );

  r.post(
    '/plans/:planId/nodes',
    { schema: { tags: ['plan nodes'], summary: 'Lägg till en nod på en nivå som styrmodellen tillåter', params: planParams, body: createNodeSchema } },
    async (request, reply) => {
      reply.status(201);
      return createNode(db, requireActor(request), request.params.planId, request.body);
    },
  );
  r.get('/plan-nodes/:nodeId', { schema: { tags: ['plan nodes'], summary: 'En nod med ansvariga, Agenda 2030-mål och kaskadlänk', params: nodeParams } }, async (request) =>
    getNodeInfo(db, requireActor(request), request.params.nodeId),
  );
  r.patch(
    '/plan-nodes/:nodeId',
    { schema: { tags: ['plan nodes'], summary: 'Ändra, flytta eller länka en nod', params: nodeParams, body: updateNodeSchema } },
    async (request) => updateNode(db, requireActor(request), request.params.nodeId, request.body, expectedVersion(request, request.body.version)),
  );
  r.get(
    '/plan-nodes/:nodeId/deletion-impact',
    { schema: { tags: ['plan nodes'], summary: 'Vad som försvinner med noden: noder per nivå, mått, värden, bedömningar', params: nodeParams } },
    async (request) => deletionImpact(db, requireActor(request), { type: 'node', id: request.params.nodeId }),
  );
  r.delete(
    '/plan-nodes/:nodeId',
    { schema: { tags: ['plan nodes'], summary: 'Ta bort en nod med allt under den (kan ångras)', params: nodeParams, querystring: versionQuery } },
    async (request) => deletePlanPart(db, requireActor(request), { type: 'node', id: request.params.nodeId }, expectedVersion(request, request.query.version)),
  );
  r.get(
    '/plan-nodes/:nodeId/cascade',
    {
      schema: {
        tags: ['plan nodes'],
        summary: 'Allt under noden i alla planer och organisationer, med status',
        params: nodeParams,
        querystring: z.object({ period: z.string().optional() }),
      },
    },
    async (request) => getCascade(db, requireActor(request), request.params.nodeId, request.query.period),
  );

  r.post(
    '/plan-nodes/:nodeId/measures',
    { schema: { tags: ['measures'], summary: 'Lägg till ett mått med mål per år', params: nodeParams, body: createMeasureSchema } },
    async (request, reply) => {
      reply.status(201);
      return createMeasure(db, requireActor(request), request.params.nodeId, request.body);
    },
  );
  r.get(
    '/measures/:measureId/deletion-impact',
    { schema: { tags: ['measures'], summary: 'Vad som försvinner med måttet', params: z.object({ measureId: id }) } },
    async (request) => deletionImpact(db, requireActor(request), { type: 'measure', id: request.params.measureId }),
  );
  r.delete(
    '/measures/:measureId',
    { schema: { tags: ['measures'], summary: 'Ta bort ett mått med dess mål och värden (kan ångras)', params: z.object({ measureId: id }), querystring: versionQuery } },
    async (request) => deletePlanPart(db, requireActor(request), { type: 'measure', id: request.params.measureId }, expectedVersion(request, request.query.version)),
  );
  r.post(
    '/deletions/:deletionId/restore',
    { schema: { tags: ['plan nodes'], summary: 'Ångra en borttagning', params: z.object({ deletionId: id }) } },
    async (request) => restoreDeletion(db, requireActor(request), request.params.deletionId),
  );
}
