import type { FastifyInstance } from 'fastify';
import { planEditorEndpoints as e } from '../../../shared/contracts/plan-editor';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { getCascade } from './cascade.service';
import { deletePlanPart, deletionImpact, restoreDeletion } from './deletions.service';
import { createMeasure } from './measures-write.service';
import { createNode, getNodeInfo, updateNode } from './nodes.service';
import { compareVersions, createPlan, decidePlan, getPlanInfo, listVersions, startRevision, updatePlan } from './plans-write.service';

/** Writing plans: plans, their decisions and revisions, nodes, measures, deletions and the cascade (contracts: src/shared/contracts/plan-editor.ts). */
export async function planEditorRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['POST /api/organisations/:orgId/plans'], async (request) => createPlan(db, requireActor(request), request.params.orgId, request.body));
  endpointRoute(api, e['GET /api/plans/:planId'], async (request) => getPlanInfo(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['PATCH /api/plans/:planId'], async (request) =>
    updatePlan(db, requireActor(request), request.params.planId, request.body, expectedVersion(request, request.body.version)),
  );
  endpointRoute(api, e['POST /api/plans/:planId/decision'], async (request) =>
    decidePlan(db, requireActor(request), request.params.planId, request.body, expectedVersion(request, request.body.version)),
  );
  endpointRoute(api, e['POST /api/plans/:planId/revisions'], async (request) =>
    startRevision(db, requireActor(request), request.params.planId, request.body, expectedVersion(request, request.body.version)),
  );
  endpointRoute(api, e['GET /api/plans/:planId/versions'], async (request) => listVersions(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['GET /api/plans/:planId/versions/compare'], async (request) =>
    compareVersions(db, requireActor(request), request.params.planId, request.query.from, request.query.to),
  );

  endpointRoute(api, e['POST /api/plans/:planId/nodes'], async (request) => createNode(db, requireActor(request), request.params.planId, request.body));
  endpointRoute(api, e['GET /api/plan-nodes/:nodeId'], async (request) => getNodeInfo(db, requireActor(request), request.params.nodeId));
  endpointRoute(api, e['PATCH /api/plan-nodes/:nodeId'], async (request) =>
    updateNode(db, requireActor(request), request.params.nodeId, request.body, expectedVersion(request, request.body.version)),
  );
  endpointRoute(api, e['GET /api/plan-nodes/:nodeId/deletion-impact'], async (request) =>
    deletionImpact(db, requireActor(request), { type: 'node', id: request.params.nodeId }),
  );
  endpointRoute(api, e['DELETE /api/plan-nodes/:nodeId'], async (request) =>
    deletePlanPart(db, requireActor(request), { type: 'node', id: request.params.nodeId }, expectedVersion(request, request.query.version)),
  );
  endpointRoute(api, e['GET /api/plan-nodes/:nodeId/cascade'], async (request) =>
    getCascade(db, requireActor(request), request.params.nodeId, request.query.period),
  );

  endpointRoute(api, e['POST /api/plan-nodes/:nodeId/measures'], async (request) =>
    createMeasure(db, requireActor(request), request.params.nodeId, request.body),
  );
  endpointRoute(api, e['GET /api/measures/:measureId/deletion-impact'], async (request) =>
    deletionImpact(db, requireActor(request), { type: 'measure', id: request.params.measureId }),
  );
  endpointRoute(api, e['DELETE /api/measures/:measureId'], async (request) =>
    deletePlanPart(db, requireActor(request), { type: 'measure', id: request.params.measureId }, expectedVersion(request, request.query.version)),
  );
  endpointRoute(api, e['POST /api/deletions/:deletionId/restore'], async (request) => restoreDeletion(db, requireActor(request), request.params.deletionId));
}
