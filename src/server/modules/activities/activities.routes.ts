import type { FastifyInstance } from 'fastify';
import { activityEndpoints as e } from '../../../shared/contracts/activities';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { createActivity, deleteActivity, getActivities, reportActivityStatus, updateActivity } from './activities.service';

/** Action plans: activities with who, what, how and when, linked to the nodes they serve (contracts: src/shared/contracts/activities.ts). */
export async function activityRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/plans/:planId/activities'], async (request) => getActivities(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['POST /api/plans/:planId/activities'], async (request) => createActivity(db, requireActor(request), request.params.planId, request.body));
  endpointRoute(api, e['PUT /api/activities/:activityId'], async (request) => updateActivity(db, requireActor(request), request.params.activityId, request.body));
  endpointRoute(api, e['PUT /api/activities/:activityId/status'], async (request) =>
    reportActivityStatus(db, requireActor(request), request.params.activityId, request.body),
  );
  endpointRoute(api, e['DELETE /api/activities/:activityId'], async (request) => {
    await deleteActivity(db, requireActor(request), request.params.activityId);
    return null;
  });
}
