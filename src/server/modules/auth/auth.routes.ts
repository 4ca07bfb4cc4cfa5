import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { changePassword, getMe, SESSION_COOKIE, signIn, signOut } from './auth.service';

/** Sign-in, sign-out, who am I, change password. */
export async function authRoutes(api: FastifyInstance, { db, config }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Logga in med e-post och lösenord',
        body: z.object({ email: z.string().trim().min(1, 'Ange e-postadress'), password: z.string().min(1, 'Ange lösenord') }),
      },
    },
    async (request, reply) => {
      const session = await signIn(db, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.secureCookies,
        expires: session.expiresAt,
      });
      return getMe(db, session.userId);
    },
  );
  r.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Logga ut' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await signOut(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.status(204).send();
  });
  r.get('/me', { schema: { tags: ['auth'], summary: 'Inloggad användare med roller' } }, async (request) => {
    return getMe(db, requireActor(request).id);
  });
  r.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Byt lösenord',
        body: z.object({ currentPassword: z.string(), newPassword: z.string() }),
      },
    },
    async (request, reply) => {
      await changePassword(db, requireActor(request).id, request.body.currentPassword, request.body.newPassword);
      reply.status(204).send();
    },
  );
}
