import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { createActivity, deleteActivity, getActivities, reportActivityStatus, updateActivity } from './activities.service';

// Ranges, dates and statuses are checked by the domain's validation, which explains them in Swedish.
const activityBody = z.object({
  title: z.string().max(300, 'Namnet får vara högst 300 tecken'),
  description: z.string().max(10_000, 'Beskrivningen får vara högst 10 000 tecken').default(''),
  ownerUserId: z.number().int().positive().nullable().default(null),
  ownerUnit: z.string().max(200, 'Enheten får vara högst 200 tecken').default(''),
  startDate: z.string(),
  endDate: z.string(),
  status: z.string().default('not-started'),
  progress: z.number().default(0),
  nodeIds: z.array(z.number().int()).max(100),
});
const activityParams = z.object({ activityId: z.coerce.number().int().positive() });

/** Action plans: activities with who, what, how and when, linked to the nodes they serve. */
export async function activityRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const planParams = z.object({ planId: z.coerce.number().int().positive() });
  r.get(
    '/plans/:planId/activities',
    { schema: { tags: ['activities'], summary: 'Planens handlingsplan: aktiviteter med ansvarig, tid, status och framsteg', params: planParams } },
    async (request) => getActivities(db, requireActor(request), request.params.planId),
  );
  r.post(
    '/plans/:planId/activities',
    { schema: { tags: ['activities'], summary: 'Lägg till en aktivitet', params: planParams, body: activityBody } },
    async (request, reply) => {
      const created = await createActivity(db, requireActor(request), request.params.planId, request.body);
      reply.status(201);
      return created;
    },
  );
  r.put(
    '/activities/:activityId',
    { schema: { tags: ['activities'], summary: 'Ändra en aktivitet', params: activityParams, body: activityBody } },
    async (request) => updateActivity(db, requireActor(request), request.params.activityId, request.body),
  );
  r.put(
    '/activities/:activityId/status',
    {
      schema: {
        tags: ['activities'],
        summary: 'Rapportera en aktivitets status och framsteg (dess ansvarige eller en redaktör)',
        params: activityParams,
        body: z.object({ status: z.string(), progress: z.number(), version: z.string().optional() }),
      },
    },
    async (request) => reportActivityStatus(db, requireActor(request), request.params.activityId, request.body),
  );
  r.delete(
    '/activities/:activityId',
    { schema: { tags: ['activities'], summary: 'Ta bort en aktivitet', params: activityParams } },
    async (request, reply) => {
      await deleteActivity(db, requireActor(request), request.params.activityId);
      reply.status(204).send();
    },
  );
}
