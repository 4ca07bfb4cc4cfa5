import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { publicationEndpoints as e } from '../../../shared/contracts/publication';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { AppError } from '../../http/errors';
import { requireActor } from '../../http/session';
import { publicPlanCsv } from './public-plan-csv';
import { getPublication, getPublicPlan, listPublicPlans, reportAccessibilityProblem, setPublication } from './publication.service';

/** An organisation publishes a plan (signed in, admins); contracts: src/shared/contracts/publication.ts. */
export async function publicationRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/plans/:planId/publication'], async (request) => getPublication(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['POST /api/plans/:planId/publication'], async (request) => setPublication(db, requireActor(request), request.params.planId, request.body));
}

/**
 * The public portal: published plans, without signing in (kind of access "published",
 * ARCHITECTURE.md). Rate-limited per IP, since anyone may call them.
 */
export async function publicRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  await api.register(async (pub) => {
    await pub.register(rateLimit, {
      max: 300,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) =>
        new AppError('too-many-attempts', `För många förfrågningar. Försök igen om ${Math.ceil(context.ttl / 1000)} sekunder.`),
    });
    const open = { public: true, access: 'published' as const };
    endpointRoute(pub, e['GET /api/public/plans'], open, async () => listPublicPlans(db));
    endpointRoute(pub, e['GET /api/public/plans/:planId'], open, async (request) => getPublicPlan(db, request.params.planId));
    endpointRoute(pub, e['GET /api/public/plans/:planId/download'], open, async (request, reply) => {
      const plan = await getPublicPlan(db, request.params.planId);
      const name = `plan-${plan.plan.id}`;
      if (request.query.format === 'json') {
        reply.header('content-disposition', `attachment; filename="${name}.json"`).type('application/json; charset=utf-8');
        return reply.send(JSON.stringify(plan, null, 2));
      }
      reply.header('content-disposition', `attachment; filename="${name}.csv"`).type('text/csv; charset=utf-8');
      return reply.send(publicPlanCsv(plan, request.query.lang));
    });
    endpointRoute(pub, e['POST /api/public/accessibility-reports'], { ...open, rateLimit: { max: 10, timeWindow: 3_600_000 } }, async (request) =>
      reportAccessibilityProblem(db, { page: request.body.page, description: request.body.description, contact: request.body.contact || null }),
    );
  });
}
