import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { getMeasureEquality, getPlanEquality, setEqualityThresholds } from './equality.service';

const planParams = z.object({ planId: z.coerce.number().int().positive() });

/** Equality analysis: gaps between women and men, areas and age bands, and the plan's thresholds. */
export async function equalityRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/equality',
    {
      schema: {
        tags: ['equality'],
        summary: 'Jämlikhetsanalys: skillnader mellan kvinnor och män, områden och åldersgrupper för planens mått',
        params: planParams,
        querystring: z.object({ period: z.string().optional().describe('Periodnyckel; utan period visas varje måtts senaste period med uppdelade värden') }),
      },
    },
    async (request) => getPlanEquality(db, requireActor(request), request.params.planId, request.query.period),
  );
  r.put(
    '/plans/:planId/equality/thresholds',
    {
      schema: {
        tags: ['equality'],
        summary: 'Ange när en skillnad flaggas (relativ skillnad, och procentenheter för mått i procent)',
        params: planParams,
        body: z.object({
          relativeGap: z
            .number({ message: 'Ange den relativa skillnaden som ett tal, t.ex. 0.1 för 10 %' })
            .min(0, 'Den relativa skillnaden kan inte vara negativ')
            .max(10, 'Den relativa skillnaden får vara högst 1 000 %'),
          absolutePoints: z.number({ message: 'Ange procentenheterna som ett tal' }).min(0, 'Procentenheterna kan inte vara negativa').max(100, 'Högst 100 procentenheter').nullable(),
        }),
      },
    },
    async (request) => setEqualityThresholds(db, requireActor(request), request.params.planId, request.body),
  );
  r.get(
    '/measures/:measureId/equality',
    {
      schema: {
        tags: ['equality'],
        summary: 'Ett mått: skillnader per period mellan kvinnor och män, områden och åldersgrupper',
        params: z.object({ measureId: z.coerce.number().int().positive() }),
      },
    },
    async (request) => getMeasureEquality(db, requireActor(request), request.params.measureId),
  );
}
