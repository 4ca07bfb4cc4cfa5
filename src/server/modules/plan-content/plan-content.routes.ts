import type { FastifyInstance } from 'fastify';
import { planContentEndpoints as e } from '../../../shared/contracts/plan-content';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { getAdvocacyIssues, getAgendaGoals, getChapters, getOrganisationUnits, setNodeAgendaGoals, updateChapter } from './plan-content.service';

/** The rest of the plan: chapters, Agenda 2030 goals, advocacy issues and the organisation's divisions (contracts: src/shared/contracts/plan-content.ts). */
export async function planContentRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/plans/:planId/chapters'], async (request) => getChapters(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['PUT /api/chapters/:chapterId'], async (request) =>
    updateChapter(db, requireActor(request), request.params.chapterId, { ...request.body, version: expectedVersion(request, request.body.version) }),
  );
  endpointRoute(api, e['GET /api/plans/:planId/advocacy-issues'], async (request) => getAdvocacyIssues(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['GET /api/organisations/:orgId/units'], async (request) => getOrganisationUnits(db, requireActor(request), request.params.orgId));
  endpointRoute(api, e['GET /api/plans/:planId/agenda-goals'], async (request) => getAgendaGoals(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['PUT /api/nodes/:nodeId/agenda-goals'], async (request) => setNodeAgendaGoals(db, requireActor(request), request.params.nodeId, request.body.goals));
}
