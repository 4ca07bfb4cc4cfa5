import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { getAreaComparison, getDashboard } from './dashboard.service';

/** The plan's dashboard and the comparison of one measure across org units. */
export async function dashboardRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Översiktspanel: måluppfyllelse per perspektiv och mål, trend över perioder och mått som bytt status',
        params: z.object({ planId: z.coerce.number().int().positive() }),
        querystring: z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ08; utan period den senaste med värden') }),
      },
    },
    async (request) => getDashboard(db, requireActor(request), request.params.planId, request.query.period),
  );
  r.get(
    '/measures/:measureId/area-comparison',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Ett mått jämfört mellan områden (organisationsenheter), rangordnat, med helheten',
        params: z.object({ measureId: z.coerce.number().int().positive() }),
        querystring: z.object({
          period: z.string().optional(),
          sex: z.enum(['K', 'M', 'T'], { message: 'Kön ska vara K, M eller T' }).optional(),
        }),
      },
    },
    async (request) => getAreaComparison(db, requireActor(request), request.params.measureId, request.query),
  );
}
