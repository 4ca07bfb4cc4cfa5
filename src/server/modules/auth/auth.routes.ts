import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { LoginThrottle } from '../../http/login-throttle';
import { requireActor } from '../../http/session';
import { changePassword, getMe, SESSION_COOKIE, signIn, signOut } from './auth.service';

/** Sign-in, sign-out, who am I, change password. */
export async function authRoutes(api: FastifyInstance, { db, config, loginThrottle }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const throttle = loginThrottle ?? new LoginThrottle();
  r.post(
    '/auth/login',
    {
      config: { public: true, access: 'sign-in' },
      schema: {
        tags: ['auth'],
        summary: 'Logga in med e-post och lösenord',
        security: [],
        body: z.object({ email: z.string().trim().min(1, 'Ange e-postadress'), password: z.string().min(1, 'Ange lösenord') }),
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      // Counted before the password is checked: parallel guesses see each other (login-throttle.ts).
      const attempt = throttle.begin(email, request.ip);
      if (!attempt.ok) {
        const seconds = Math.max(1, Math.ceil(attempt.retryAfterMs / 1000));
        reply.header('retry-after', seconds);
        const wait = seconds < 120 ? `${seconds} sekunder` : `${Math.ceil(seconds / 60)} minuter`;
        throw new AppError('too-many-attempts', `För många misslyckade inloggningar. Försök igen om ${wait}.`);
      }
      if (attempt.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, attempt.delayMs));
      const result = await signIn(db, email, password);
      if (!result.ok) {
        if (result.passwordRight) attempt.succeeded();
        throw result.error;
      }
      attempt.succeeded();
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.secureCookies,
        expires: result.expiresAt,
      });
      return getMe(db, result.userId);
    },
  );
  r.post('/auth/logout', { config: { public: true, access: 'sign-in' }, schema: { tags: ['auth'], summary: 'Logga ut', security: [] } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await signOut(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.status(204).send();
  });
  r.get('/me', { config: { beforePasswordChange: true }, schema: { tags: ['auth'], summary: 'Inloggad användare med roller' } }, async (request) => {
    return getMe(db, requireActor(request).id);
  });
  r.post(
    '/auth/password',
    {
      config: { beforePasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Byt lösenord',
        body: z.object({ currentPassword: z.string(), newPassword: z.string() }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await changePassword(db, actor.id, request.cookies[SESSION_COOKIE] ?? '', request.body.currentPassword, request.body.newPassword);
      reply.status(204).send();
    },
  );
}
