import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { expectedVersion } from '../../http/versions';
import { requireActor } from '../../http/session';
import { MAX_FORECAST_COMMENT, saveForecast } from './forecasts.service';

/** Forecasts and comments per measure at DÅ 04 and DÅ 08. */
export async function forecastRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.put(
    '/measures/:measureId/forecasts/:period',
    {
      schema: {
        tags: ['measures'],
        summary: 'Lämna prognos för helåret och kommentar vid DÅ 04 eller DÅ 08 (version eller If-Match skyddar mot samtidiga ändringar)',
        params: z.object({ measureId: z.coerce.number().int().positive(), period: z.string().min(1) }),
        body: z.object({
          forecast: z.union([z.number(), z.string().max(40, 'Prognosen får vara högst 40 tecken'), z.null()]),
          comment: z.string().max(MAX_FORECAST_COMMENT, `Kommentaren får vara högst ${MAX_FORECAST_COMMENT} tecken`).default(''),
          version: z.number().int().min(0).optional(),
        }),
      },
    },
    async (request) =>
      saveForecast(db, requireActor(request), request.params.measureId, request.params.period, {
        ...request.body,
        version: expectedVersion(request, request.body.version),
      }),
  );
}
