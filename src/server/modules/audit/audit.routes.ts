import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { exportOrganisationAuditCsv, getHistory, listOrganisationAudit, verifyAuditChainFor } from './audit.service';

/** The audit log, read per object. */
export async function auditRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Historik för ett objekt: vem ändrade vad och när, före och efter',
        querystring: z.object({
          objectType: z.enum(['plan', 'node', 'measure', 'organisation', 'governance-model', 'membership', 'judgement', 'chapter', 'value', 'forecast', 'risk', 'budget-row', 'backup', 'export']),
          objectId: z.coerce.number().int().positive(),
        }),
      },
    },
    async (request) => getHistory(db, requireActor(request), request.query.objectType, request.query.objectId),
  );
  r.get(
    '/audit/verify',
    { schema: { tags: ['audit'], summary: 'Kontrollerar granskningsloggens hashkedja: visar första stället där en post saknas eller har ändrats' } },
    async (request) => verifyAuditChainFor(db, requireActor(request)),
  );
  r.get(
    '/organisations/:orgId/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Organisationens granskningslogg för administratörer, nyast först, med filter; format=csv ger en CSV-fil',
        params: z.object({ orgId: z.coerce.number().int().positive() }),
        querystring: z.object({
          objectType: z.string().max(40).optional(),
          action: z.string().max(40).optional(),
          actorUserId: z.coerce.number().int().positive().optional(),
          from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ange datum som ÅÅÅÅ-MM-DD').optional(),
          to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ange datum som ÅÅÅÅ-MM-DD').optional(),
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(10_000).default(200),
          format: z.enum(['json', 'csv']).default('json'),
        }),
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      if (format === 'json') return listOrganisationAudit(db, requireActor(request), { ...filter, organisationId: request.params.orgId });
      const csv = await exportOrganisationAuditCsv(db, requireActor(request), { ...filter, organisationId: request.params.orgId });
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="granskningslogg-${request.params.orgId}.csv"`);
      return csv;
    },
  );
}
