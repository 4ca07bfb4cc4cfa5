import type { FastifyInstance } from 'fastify';
import { measureEndpoints as e } from '../../../shared/contracts/measures';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { updateMeasureFields } from '../plan-editor/measures-write.service';
import { enterValue, getMeasureDetail, removeValue } from './measures.service';

/** A measure's page data and its values (contracts: src/shared/contracts/measures.ts). */
export async function measureRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/measures/:measureId'], async (request) => getMeasureDetail(db, requireActor(request), request.params.measureId));
  endpointRoute(api, e['PATCH /api/measures/:measureId'], async (request) => {
    const actor = requireActor(request);
    await updateMeasureFields(db, actor, request.params.measureId, request.body, expectedVersion(request, request.body.version));
    return getMeasureDetail(db, actor, request.params.measureId);
  });
  endpointRoute(api, e['POST /api/measures/:measureId/values'], async (request) =>
    enterValue(db, requireActor(request), request.params.measureId, { ...request.body, version: expectedVersion(request, request.body.version) }, request.lang),
  );
  endpointRoute(api, e['DELETE /api/measures/:measureId/values/:valueId'], async (request) => {
    await removeValue(db, requireActor(request), request.params.measureId, request.params.valueId);
    return null;
  });
}
