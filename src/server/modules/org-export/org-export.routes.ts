import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { exportOrganisation } from './org-export.service';

/** An organisation's whole data as a ZIP of JSON and CSV, for its administrators. */
export async function orgExportRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/organisations/:orgId/export',
    {
      schema: {
        tags: ['export'],
        summary: 'Hela organisationens data som ZIP med JSON och CSV (administratör)',
        params: z.object({ orgId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const { zip, fileName } = await exportOrganisation(db, requireActor(request), request.params.orgId);
      reply.header('content-type', 'application/zip');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      return reply.send(Buffer.from(zip));
    },
  );
}
