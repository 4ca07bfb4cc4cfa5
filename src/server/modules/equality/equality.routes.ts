import type { FastifyInstance } from 'fastify';
import { equalityEndpoints as e } from '../../../shared/contracts/equality';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { getMeasureEquality, getPlanEquality, setEqualityThresholds } from './equality.service';

/** Equality analysis: gaps between women and men, areas and age bands, and the plan's thresholds (contracts: src/shared/contracts/equality.ts). */
export async function equalityRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/plans/:planId/equality'], async (request) => getPlanEquality(db, requireActor(request), request.params.planId, request.query.period));
  endpointRoute(api, e['PUT /api/plans/:planId/equality/thresholds'], async (request) => setEqualityThresholds(db, requireActor(request), request.params.planId, request.body));
  endpointRoute(api, e['GET /api/measures/:measureId/equality'], async (request) => getMeasureEquality(db, requireActor(request), request.params.measureId));
}
