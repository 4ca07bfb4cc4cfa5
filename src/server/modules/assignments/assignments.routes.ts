import type { FastifyInstance } from 'fastify';
import { assignmentEndpoints as e } from '../../../shared/contracts/assignments';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { getAssignmentStatus, setAssignmentFollowUp } from './assignments.service';

/** The follow-up of the council's assignments: status and comment per reporting period (contracts: src/shared/contracts/assignments.ts). */
export async function assignmentRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/plans/:planId/assignment-status'], async (request) =>
    getAssignmentStatus(db, requireActor(request), request.params.planId, request.query.period),
  );
  endpointRoute(api, e['PUT /api/assignments/:assignmentId/follow-up'], async (request) =>
    setAssignmentFollowUp(db, requireActor(request), request.params.assignmentId, request.body),
  );
}
