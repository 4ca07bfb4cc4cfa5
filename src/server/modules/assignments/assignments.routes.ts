import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { getAssignmentStatus, setAssignmentFollowUp } from './assignments.service';

/** The follow-up of the council's assignments: status and comment per reporting period. */
export async function assignmentRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/assignment-status',
    {
      schema: {
        tags: ['assignments'],
        summary: 'Uppdragens status i en period, med översikt per organ och status',
        params: z.object({ planId: z.coerce.number().int().positive() }),
        querystring: z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04') }),
      },
    },
    async (request) => getAssignmentStatus(db, requireActor(request), request.params.planId, request.query.period),
  );
  r.put(
    '/assignments/:assignmentId/follow-up',
    {
      schema: {
        tags: ['assignments'],
        summary: 'Sätt ett uppdrags status och kommentar för en period',
        params: z.object({ assignmentId: z.coerce.number().int().positive() }),
        body: z.object({
          period: z.string().min(1, 'Ange period'),
          // The status is checked by the domain, which names the allowed ones in Swedish.
          status: z.string(),
          comment: z.string().default(''),
        }),
      },
    },
    async (request) => setAssignmentFollowUp(db, requireActor(request), request.params.assignmentId, request.body),
  );
}
