import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { LoginThrottle } from '../../http/login-throttle';
import { requireActor } from '../../http/session';
import { changePassword, getMe, SESSION_COOKIE, signIn, signOut } from './auth.service';

/** Sign-in, sign-out, who am I, change password. */
export async function authRoutes(api: FastifyInstance, { db, config }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const throttle = new LoginThrottle();
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
      const { email, password } = request.body;
      const wait = throttle.retryAfter(email);
      if (wait > 0) {
        reply.header('retry-after', Math.ceil(wait / 1000));
        throw new AppError('too-many-attempts', `För många misslyckade inloggningar. Försök igen om ${Math.ceil(wait / 60000)} minuter.`);
      }
      const session = await signIn(db, email, password).catch((err) => {
        throttle.recordFailure(email);
        throw err;
      });
      throttle.recordSuccess(email);
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
