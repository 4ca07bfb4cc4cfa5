import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { expectedVersion } from '../../http/versions';
import { requireActor } from '../../http/session';
import { getAdvocacyIssues, getAgendaGoals, getChapters, getOrganisationUnits, setNodeAgendaGoals, updateChapter } from './plan-content.service';

const planParams = z.object({ planId: z.coerce.number().int().positive() });

/** The rest of the plan: chapters, Agenda 2030 goals, advocacy issues and the organisation's divisions. */
export async function planContentRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/chapters',
    { schema: { tags: ['plan content'], summary: 'Planens kapitel (vision, uppdrag, inriktning, …) som begränsad märkning', params: planParams } },
    async (request) => getChapters(db, requireActor(request), request.params.planId),
  );
  r.put(
    '/chapters/:chapterId',
    {
      schema: {
        tags: ['plan content'],
        summary: 'Ändra ett kapitels rubrik och text (redaktör)',
        params: z.object({ chapterId: z.coerce.number().int().positive() }),
        body: z.object({
          title: z.string().max(200, 'Rubriken får vara högst 200 tecken'),
          body: z.string().max(100_000, 'Texten får vara högst 100 000 tecken'),
          version: z.number().int().positive().optional(),
        }),
      },
    },
    async (request) =>
      updateChapter(db, requireActor(request), request.params.chapterId, { ...request.body, version: expectedVersion(request, request.body.version) }),
  );
  r.get(
    '/plans/:planId/advocacy-issues',
    { schema: { tags: ['plan content'], summary: 'Påverkansfrågor med arena', params: planParams } },
    async (request) => getAdvocacyIssues(db, requireActor(request), request.params.planId),
  );
  r.get(
    '/organisations/:orgId/units',
    { schema: { tags: ['plan content'], summary: 'Organisationens divisioner och regiongemensamma enheter', params: z.object({ orgId: z.coerce.number().int().positive() }) } },
    async (request) => getOrganisationUnits(db, requireActor(request), request.params.orgId),
  );
  r.get(
    '/plans/:planId/agenda-goals',
    { schema: { tags: ['plan content'], summary: 'Agenda 2030-mål för planen och per nod', params: planParams } },
    async (request) => getAgendaGoals(db, requireActor(request), request.params.planId),
  );
  r.put(
    '/nodes/:nodeId/agenda-goals',
    {
      schema: {
        tags: ['plan content'],
        summary: 'Sätt de Agenda 2030-mål en nod bidrar till',
        params: z.object({ nodeId: z.coerce.number().int().positive() }),
        body: z.object({ goals: z.array(z.number()).max(17) }),
      },
    },
    async (request) => setNodeAgendaGoals(db, requireActor(request), request.params.nodeId, request.body.goals),
  );
}
