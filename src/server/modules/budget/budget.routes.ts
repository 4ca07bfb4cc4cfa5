import type { FastifyInstance } from 'fastify';
import { budgetEndpoints as e } from '../../../shared/contracts/budget';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { addBudgetLine, getBudgetOverview, removeBudgetLine, updateBudgetLine } from './budget.service';

/** The plan's budget tables with checked sums, and editing of their lines (contracts: src/shared/contracts/budget.ts). */
export async function budgetRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/plans/:planId/budget'], async (request) => getBudgetOverview(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['POST /api/budget-tables/:tableId/rows'], async (request) => addBudgetLine(db, requireActor(request), request.params.tableId, request.body));
  endpointRoute(api, e['PATCH /api/budget-rows/:rowId'], async (request) =>
    updateBudgetLine(db, requireActor(request), request.params.rowId, { ...request.body, version: expectedVersion(request, request.body.version) }),
  );
  endpointRoute(api, e['DELETE /api/budget-rows/:rowId'], async (request) => removeBudgetLine(db, requireActor(request), request.params.rowId, expectedVersion(request)));
}
