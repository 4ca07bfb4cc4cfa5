import type { FastifyInstance } from 'fastify';
import { orgExportEndpoints as e } from '../../../shared/contracts/org-export';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { exportOrganisation } from './org-export.service';

/** An organisation's whole data as a ZIP of JSON and CSV, for its administrators (contract: src/shared/contracts/org-export.ts). */
export async function orgExportRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  endpointRoute(api, e['GET /api/organisations/:orgId/export'], async (request, reply) => {
    const { zip, fileName } = await exportOrganisation(db, requireActor(request), request.params.orgId);
    reply.header('content-type', 'application/zip');
    reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return reply.send(Buffer.from(zip));
  });
}
