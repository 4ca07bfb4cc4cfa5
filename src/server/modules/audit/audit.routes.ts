import type { FastifyInstance } from 'fastify';
import { auditEndpoints as e } from '../../../shared/contracts/audit';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { exportOrganisationAuditCsv, getHistory, listOrganisationAudit, verifyAuditChainFor } from './audit.service';

/** The audit log, read per object, per person and per organisation (contracts: src/shared/contracts/audit.ts). */
export async function auditRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/audit'], async (request) => getHistory(db, requireActor(request), request.query.objectType, request.query.objectId));
  endpointRoute(api, e['GET /api/audit/verify'], async (request) => verifyAuditChainFor(db, requireActor(request)));
  endpointRoute(api, e['GET /api/organisations/:orgId/audit'], async (request, reply) => {
    const { format, ...filter } = request.query;
    if (format === 'json') return listOrganisationAudit(db, requireActor(request), { ...filter, organisationId: request.params.orgId });
    const csv = await exportOrganisationAuditCsv(db, requireActor(request), { ...filter, organisationId: request.params.orgId });
    // A text/csv answer is sent as it is, past the JSON contract's serialiser.
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="granskningslogg-${request.params.orgId}.csv"`);
    return reply.send(csv);
  });
}
