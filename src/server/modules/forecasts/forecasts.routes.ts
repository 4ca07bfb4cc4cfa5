import type { FastifyInstance } from 'fastify';
import { measureEndpoints as e } from '../../../shared/contracts/measures';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { saveForecast } from './forecasts.service';

/** Forecasts and comments per measure at DÅ 04 and DÅ 08 (contract: src/shared/contracts/measures.ts). */
export async function forecastRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['PUT /api/measures/:measureId/forecasts/:period'], async (request) =>
    saveForecast(db, requireActor(request), request.params.measureId, request.params.period, {
      ...request.body,
      version: expectedVersion(request, request.body.version),
    }, request.lang),
  );
}
