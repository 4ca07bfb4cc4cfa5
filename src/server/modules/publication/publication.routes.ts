import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { requireActor } from '../../http/session';
import { publicPlanCsv } from './public-plan-csv';
import { getPublication, getPublicPlan, listPublicPlans, reportAccessibilityProblem, setPublication } from './publication.service';

const planParams = z.object({ planId: z.coerce.number().int().positive() });

/** An organisation publishes a plan (signed in, admins). */
export async function publicationRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/publication',
    { schema: { tags: ['publication'], summary: 'Om planen är publicerad och vilka perioder', params: planParams } },
    async (request) => getPublication(db, requireActor(request), request.params.planId),
  );
  r.post(
    '/plans/:planId/publication',
    {
      schema: {
        tags: ['publication'],
        summary: 'Publicera planen med valda uppföljningsperioder, eller dra tillbaka publiceringen',
        params: planParams,
        body: z.object({ published: z.boolean(), periods: z.array(z.string().max(20)).max(100) }),
      },
    },
    async (request) => setPublication(db, requireActor(request), request.params.planId, request.body),
  );
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
    const r = pub.withTypeProvider<ZodTypeProvider>();
    const open = { public: true, access: 'published' as const };
    r.get('/public/plans', { config: open, schema: { tags: ['public'], summary: 'Publicerade planer', security: [] } }, async () => listPublicPlans(db));
    r.get(
      '/public/plans/:planId',
      { config: open, schema: { tags: ['public'], summary: 'En publicerad plan: vision, träd, mått med värden och status, godkända bedömningar', params: planParams, security: [] } },
      async (request) => getPublicPlan(db, request.params.planId),
    );
    r.get(
      '/public/plans/:planId/download',
      {
        config: open,
        schema: {
          tags: ['public'],
          summary: 'En publicerad plan som CSV eller JSON',
          params: planParams,
          querystring: z.object({ format: z.enum(['csv', 'json']).default('csv'), lang: z.enum(['sv', 'da', 'en']).default('sv') }),
          security: [],
        },
      },
      async (request, reply) => {
        const plan = await getPublicPlan(db, request.params.planId);
        const name = `plan-${plan.plan.id}`;
        if (request.query.format === 'json') {
          reply.header('content-disposition', `attachment; filename="${name}.json"`).type('application/json; charset=utf-8');
          return JSON.stringify(plan, null, 2);
        }
        reply.header('content-disposition', `attachment; filename="${name}.csv"`).type('text/csv; charset=utf-8');
        return publicPlanCsv(plan, request.query.lang);
      },
    );
    r.post(
      '/public/accessibility-reports',
      {
        config: { ...open, rateLimit: { max: 10, timeWindow: 3_600_000 } },
        schema: {
          tags: ['public'],
          summary: 'Anmäl en brist i tillgängligheten (DOS-lagen)',
          security: [],
          body: z.object({
            page: z.string().trim().max(500).default(''),
            description: z.string().trim().min(1, 'Beskriv problemet').max(5000, 'Högst 5 000 tecken'),
            contact: z.string().trim().max(200).optional(),
          }),
        },
      },
      async (request, reply) => {
        reply.status(201);
        return reportAccessibilityProblem(db, { page: request.body.page, description: request.body.description, contact: request.body.contact || null });
      },
    );
  });
}
