import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { activateUser, addUser, changeRole, deactivateUser, listUsers, removeMember, resetPassword } from './users.service';

const role = z.enum(['admin', 'editor', 'reporter', 'reader'], { message: 'Rollen ska vara admin, editor, reporter eller reader' });
const orgParams = z.object({ orgId: z.coerce.number().int().positive() });
const userParams = orgParams.extend({ userId: z.coerce.number().int().positive() });

/** People and their roles in an organisation. */
export async function userRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/organisations/:orgId/users', { schema: { tags: ['users'], summary: 'Personer med roller i organisationen', params: orgParams } }, async (request) =>
    listUsers(db, requireActor(request), request.params.orgId),
  );
  r.post(
    '/organisations/:orgId/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Ge en person en roll (ny person får ett engångslösenord)',
        params: orgParams,
        body: z.object({ email: z.email('Ange en giltig e-postadress'), name: z.string().trim().min(1, 'Ange namn'), role }),
      },
    },
    async (request, reply) => {
      reply.status(201);
      return addUser(db, requireActor(request), request.params.orgId, request.body);
    },
  );
  r.patch(
    '/organisations/:orgId/users/:userId',
    {
      schema: {
        tags: ['users'],
        summary: 'Ändra en persons roll',
        params: orgParams.extend({ userId: z.coerce.number().int().positive() }),
        body: z.object({ role }),
      },
    },
    async (request, reply) => {
      await changeRole(db, requireActor(request), request.params.orgId, request.params.userId, request.body.role);
      reply.status(204).send();
    },
  );
  r.delete(
    '/organisations/:orgId/users/:userId',
    {
      schema: {
        tags: ['users'],
        summary: 'Ta bort en persons roll i organisationen (kontot och historiken finns kvar)',
        params: orgParams.extend({ userId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      await removeMember(db, requireActor(request), request.params.orgId, request.params.userId);
      reply.status(204).send();
    },
  );
  r.post(
    '/organisations/:orgId/users/:userId/deactivate',
    { schema: { tags: ['users'], summary: 'Stäng av en person: kan inte logga in, sessionerna avslutas', params: userParams } },
    async (request, reply) => {
      await deactivateUser(db, requireActor(request), request.params.orgId, request.params.userId);
      reply.status(204).send();
    },
  );
  r.post(
    '/organisations/:orgId/users/:userId/activate',
    { schema: { tags: ['users'], summary: 'Låt en avstängd person logga in igen', params: userParams } },
    async (request, reply) => {
      await activateUser(db, requireActor(request), request.params.orgId, request.params.userId);
      reply.status(204).send();
    },
  );
  r.post(
    '/organisations/:orgId/users/:userId/password-reset',
    { schema: { tags: ['users'], summary: 'Ge en person ett nytt engångslösenord (visas en gång)', params: userParams } },
    async (request) => resetPassword(db, requireActor(request), request.params.orgId, request.params.userId),
  );
}
