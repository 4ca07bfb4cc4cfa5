import type { FastifyInstance } from 'fastify';
import { followupEndpoints as e } from '../../../shared/contracts/followup';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { getMissing } from './followup-missing.service';
import { assignNodeOwner, getApprovedJudgements, getFollowup, saveJudgement, setPeriodDeadline, transitionJudgement } from './followup.service';
import { getReminderSettings, setReminderSettings } from './reminder-settings.service';

/** The follow-up cycle: judgements of goals and success factors per period, owners, deadlines and what is missing (contracts: src/shared/contracts/followup.ts). */
export async function followupRoutes(api: FastifyInstance, { db, config }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/organisations/:orgId/reminder-settings'], async (request) =>
    getReminderSettings(db, requireActor(request), request.params.orgId, config.reminderDays),
  );
  endpointRoute(api, e['PUT /api/organisations/:orgId/reminder-settings'], async (request) =>
    setReminderSettings(db, requireActor(request), request.params.orgId, request.body.reminderDays, config.reminderDays),
  );
  endpointRoute(api, e['GET /api/plans/:planId/followup'], async (request) => getFollowup(db, requireActor(request), request.params.planId, request.query.period));
  endpointRoute(api, e['GET /api/plans/:planId/followup/missing'], async (request) =>
    getMissing(db, requireActor(request), request.params.planId, request.query.period, request.query.owner),
  );
  endpointRoute(api, e['GET /api/plans/:planId/followup/approved'], async (request) =>
    getApprovedJudgements(db, requireActor(request), request.params.planId, request.query.period),
  );
  endpointRoute(api, e['PUT /api/plans/:planId/followup/:period/nodes/:nodeId/judgement'], async (request) =>
    saveJudgement(db, requireActor(request), request.params.planId, request.params.period, request.params.nodeId, {
      ...request.body,
      version: expectedVersion(request, request.body.version),
    }),
  );
  endpointRoute(api, e['POST /api/plans/:planId/followup/:period/nodes/:nodeId/judgement/:action'], async (request) => {
    const { params, body } = request;
    return transitionJudgement(db, requireActor(request), params.planId, params.period, params.nodeId, params.action, body.comment, body.content);
  });
  endpointRoute(api, e['PUT /api/plan-nodes/:nodeId/owner'], async (request) => assignNodeOwner(db, requireActor(request), request.params.nodeId, request.body.userId));
  endpointRoute(api, e['PUT /api/plans/:planId/followup/periods/:period'], async (request) =>
    setPeriodDeadline(db, requireActor(request), request.params.planId, request.params.period, request.body.deadline),
  );
}
