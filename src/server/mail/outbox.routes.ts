import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OutboxEntry } from '../../shared/mail-types';
import type { AppContext } from '../app';
import { authorize, requireActor } from '../http/session';
import { listOutbox } from './outbox.queries';

/** The outbox: what was sent to whom, and why. */
export async function outboxRoutes(api: FastifyInstance, { db }: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/organisations/:id/outbox',
    {
      schema: {
        tags: ['mail'],
        summary: 'Organisationens utkorg: skickade och väntande e-postmeddelanden',
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      },
    },
    async (request): Promise<OutboxEntry[]> => {
      authorize(requireActor(request), 'mail:read', { organisationId: request.params.id });
      const rows = await listOutbox(db, request.params.id, request.query.limit);
      return rows.map((m) => ({
        id: m.id,
        to: m.to_address,
        toName: m.to_name,
        subject: m.subject,
        text: m.body_text,
        why: m.why,
        reference: m.reference,
        status: m.status,
        attempts: m.attempts,
        error: m.error,
        createdAt: m.created_at,
        sentAt: m.sent_at,
      }));
    },
  );
}
