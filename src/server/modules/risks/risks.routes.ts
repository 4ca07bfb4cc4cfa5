import type { FastifyInstance } from 'fastify';
import { riskEndpoints as e } from '../../../shared/contracts/risks';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import {
  confirmRiskMatch,
  createRiskAssessment,
  deleteRiskAssessment,
  getRiskHistory,
  getRiskOverview,
  setRiskThresholds,
  updateRiskAssessment,
} from './risks.service';

/** Risk assessments of success factors: list per year with heat map, history, create, change, confirm matches, thresholds (contracts: src/shared/contracts/risks.ts). */
export async function riskRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/plans/:planId/risks'], async (request) => getRiskOverview(db, requireActor(request), request.params.planId, request.query.year));
  endpointRoute(api, e['GET /api/plans/:planId/risks/history'], async (request) => getRiskHistory(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['POST /api/plans/:planId/risks'], async (request) => createRiskAssessment(db, requireActor(request), request.params.planId, request.body));
  endpointRoute(api, e['PATCH /api/risks/:riskId'], async (request) =>
    updateRiskAssessment(db, requireActor(request), request.params.riskId, { ...request.body, version: expectedVersion(request, request.body.version) }),
  );
  endpointRoute(api, e['PUT /api/risks/:riskId/match'], async (request) =>
    confirmRiskMatch(db, requireActor(request), request.params.riskId, request.body.nodeId, expectedVersion(request, request.body.version)),
  );
  endpointRoute(api, e['DELETE /api/risks/:riskId'], async (request) => {
    await deleteRiskAssessment(db, requireActor(request), request.params.riskId, expectedVersion(request));
    return null;
  });
  endpointRoute(api, e['PUT /api/plans/:planId/risk-thresholds'], async (request) => setRiskThresholds(db, requireActor(request), request.params.planId, request.body));
}
