import type { FastifyInstance } from 'fastify';
import { userEndpoints as e } from '../../../shared/contracts/users';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { activateUser, addUser, changeRole, deactivateUser, listUsers, removeMember, resetPassword } from './users.service';

/** People and their roles in an organisation (contracts: src/shared/contracts/users.ts). */
export async function userRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/organisations/:orgId/users'], async (request) => listUsers(db, requireActor(request), request.params.orgId));
  endpointRoute(api, e['POST /api/organisations/:orgId/users'], async (request) => addUser(db, requireActor(request), request.params.orgId, request.body));
  endpointRoute(api, e['PATCH /api/organisations/:orgId/users/:userId'], async (request) => {
    await changeRole(db, requireActor(request), request.params.orgId, request.params.userId, request.body.role);
    return null;
  });
  endpointRoute(api, e['DELETE /api/organisations/:orgId/users/:userId'], async (request) => {
    await removeMember(db, requireActor(request), request.params.orgId, request.params.userId);
    return null;
  });
  endpointRoute(api, e['POST /api/organisations/:orgId/users/:userId/deactivate'], async (request) => {
    await deactivateUser(db, requireActor(request), request.params.orgId, request.params.userId);
    return null;
  });
  endpointRoute(api, e['POST /api/organisations/:orgId/users/:userId/activate'], async (request) => {
    await activateUser(db, requireActor(request), request.params.orgId, request.params.userId);
    return null;
  });
  endpointRoute(api, e['POST /api/organisations/:orgId/users/:userId/password-reset'], async (request) =>
    resetPassword(db, requireActor(request), request.params.orgId, request.params.userId),
  );
}
