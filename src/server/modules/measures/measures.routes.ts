import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { updateMeasureSchema } from '../../../shared/authoring-schemas';
import { expectedVersion } from '../../http/versions';
import { updateMeasureFields } from '../plan-editor/measures-write.service';
import { enterValue, getMeasureDetail, removeValue } from './measures.service';

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
        summary: 'Ändra ett mått: alla fält, mål per år inräknade (If-Match eller version skyddar mot samtidiga ändringar)',
        params: measureParams,
        body: updateMeasureSchema,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateMeasureFields(db, actor, request.params.measureId, request.body, expectedVersion(request, request.body.version));
      return getMeasureDetail(db, actor, request.params.measureId);
    },
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
          version: z.number().int().min(0).optional(),
        }),
      },
    },
    async (request, reply) => {
      const saved = await enterValue(db, requireActor(request), request.params.measureId, { ...request.body, version: expectedVersion(request, request.body.version) });
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
