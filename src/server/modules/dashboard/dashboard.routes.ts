import type { FastifyInstance } from 'fastify';
import { dashboardEndpoints as e } from '../../../shared/contracts/dashboard';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { getAreaComparison, getDashboard } from './dashboard.service';

/** The plan's dashboard and the comparison of one measure across org units (contracts: src/shared/contracts/dashboard.ts). */
export async function dashboardRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/plans/:planId/dashboard'], async (request) => getDashboard(db, requireActor(request), request.params.planId, request.query.period));
  endpointRoute(api, e['GET /api/measures/:measureId/area-comparison'], async (request) =>
    getAreaComparison(db, requireActor(request), request.params.measureId, request.query),
  );
}
