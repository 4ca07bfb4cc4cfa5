import type { FastifyInstance } from 'fastify';
import { koladaEndpoints as e } from '../../../shared/contracts/kolada';
import type { AppDeps } from '../../app';
import { readConfig } from '../../config';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { chooseKoladaValue, listKoladaDifferences } from './kolada-choices.service';
import { koladaClient } from './kolada.client';
import {
  fetchMeasureNow,
  findKpis,
  getComparison,
  getKoladaLink,
  linkMeasureToKpi,
  listKoladaMunicipalities,
  setOrganisationKoladaId,
} from './kolada.service';

/** Kolada: KPI search, the municipality list, linking measures and organisations, fetching and the comparison across regions (contracts: src/shared/contracts/kolada.ts). */
export async function koladaRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const client = deps.kolada ?? koladaClient({ baseUrl: readConfig().koladaBaseUrl });
  endpointRoute(api, e['GET /api/plans/:planId/kolada/differences'], async (request) => listKoladaDifferences(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['POST /api/measures/:measureId/kolada/choice'], async (request) => {
    await chooseKoladaValue(db, requireActor(request), request.params.measureId, request.body);
    return null;
  });
  endpointRoute(api, e['GET /api/kolada/kpis'], async (request) => {
    requireActor(request);
    return findKpis(request.query.q, request.query.regions === 'true');
  });
  endpointRoute(api, e['GET /api/kolada/municipalities'], async (request) => {
    requireActor(request);
    return listKoladaMunicipalities();
  });
  endpointRoute(api, e['PUT /api/organisations/:orgId/kolada'], async (request) =>
    setOrganisationKoladaId(db, requireActor(request), request.params.orgId, request.body.koladaId),
  );
  endpointRoute(api, e['GET /api/measures/:measureId/kolada'], async (request) => getKoladaLink(db, requireActor(request), request.params.measureId));
  endpointRoute(api, e['PUT /api/measures/:measureId/kolada'], async (request) => linkMeasureToKpi(db, requireActor(request), request.params.measureId, request.body.kpi));
  endpointRoute(api, e['POST /api/measures/:measureId/kolada/fetch'], async (request) => fetchMeasureNow(db, requireActor(request), client, request.params.measureId));
  endpointRoute(api, e['GET /api/measures/:measureId/kolada/comparison'], async (request) =>
    getComparison(db, requireActor(request), request.params.measureId, request.query),
  );
}
