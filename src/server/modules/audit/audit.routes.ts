import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { getHistory, verifyAuditChainFor } from './audit.service';

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
          objectType: z.enum(['plan', 'node', 'measure', 'organisation', 'governance-model', 'membership', 'judgement', 'chapter', 'value', 'risk', 'budget-row', 'backup', 'export']),
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
}
