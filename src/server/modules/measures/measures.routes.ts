import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { enterValue, getMeasureDetail, removeValue, updateMeasure } from './measures.service';

const measureParams = z.object({ measureId: z.coerce.number().int().positive() });

/** A measure's page data and its values. */
export async function measureRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/measures/:measureId',
    { schema: { tags: ['measures'], summary: 'Ett mått med mål, värden och status per period', params: measureParams } },
    async (request) => getMeasureDetail(db, requireActor(request), request.params.measureId),
  );
  r.patch(
    '/measures/:measureId',
    {
      schema: {
        tags: ['measures'],
        summary: 'Ändra definition, ägare, bättre riktning eller värdets natur',
        params: measureParams,
        body: z.object({
          definition: z.string().max(10_000).optional(),
          ownerUserId: z.number().int().positive().nullable().optional(),
          betterDirection: z.enum(['increase', 'decrease']).nullable().optional(),
          valueNature: z.enum(['flow', 'cumulative', 'state']).optional(),
        }),
      },
    },
    async (request) => updateMeasure(db, requireActor(request), request.params.measureId, request.body),
  );
  r.post(
    '/measures/:measureId/values',
    {
      schema: {
        tags: ['measures'],
        summary: 'Registrera ett värde (ersätter värdet för samma period och uppdelning)',
        params: measureParams,
        body: z.object({
          period: z.string().min(1, 'Ange period'),
          sex: z.enum(['K', 'M', 'T'], { message: 'Kön ska vara K, M eller T' }),
          ageBand: z.string().max(40, 'Åldersgruppen får vara högst 40 tecken').optional(),
          area: z.string().max(120, 'Området får vara högst 120 tecken').optional(),
          value: z.union([z.number(), z.string().min(1, 'Ange ett värde')]),
          status: z.enum(['preliminary', 'final']).default('preliminary'),
        }),
      },
    },
    async (request, reply) => {
      const saved = await enterValue(db, requireActor(request), request.params.measureId, request.body);
      reply.status(201);
      return saved;
    },
  );
  r.delete(
    '/measures/:measureId/values/:valueId',
    {
      schema: {
        tags: ['measures'],
        summary: 'Ta bort ett värde',
        params: measureParams.extend({ valueId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      await removeValue(db, requireActor(request), request.params.measureId, request.params.valueId);
      reply.status(204).send();
    },
  );
}
