import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGS } from '../../../domain/i18n/lang';
import type { AppContext } from '../../app';
import { requireActor } from '../../http/session';

/** The user's own language for server messages and documents; null returns to the browser's. */
export async function languageRoutes(api: FastifyInstance, { db }: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.put(
    '/me/language',
    {
      config: { beforePasswordChange: true },
      schema: { tags: ['auth'], summary: 'Eget språk för serverns meddelanden och dokument', body: z.object({ language: z.enum(LANGS).nullable() }) },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await db.query(`UPDATE users SET language = $2 WHERE id = $1`, [actor.id, request.body.language]);
      reply.status(204).send();
    },
  );
}
