import type { FastifyInstance } from 'fastify';
import { authEndpoints as e } from '../../../shared/contracts/auth';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { AppError } from '../../http/errors';
import { LoginThrottle } from '../../http/login-throttle';
import { requireActor } from '../../http/session';
import { changePassword, getMe, SESSION_COOKIE, signIn, signOut } from './auth.service';

/** Sign-in, sign-out, who am I, change password (contracts: src/shared/contracts/auth.ts). */
export async function authRoutes(api: FastifyInstance, { db, config, loginThrottle }: AppDeps): Promise<void> {
  const throttle = loginThrottle ?? new LoginThrottle();
  endpointRoute(api, e['POST /api/auth/login'], { public: true, access: 'sign-in' }, async (request, reply) => {
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
  });
  endpointRoute(api, e['POST /api/auth/logout'], { public: true, access: 'sign-in' }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await signOut(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return null;
  });
  // Read with the session, on every request (session.ts).
  endpointRoute(api, e['GET /api/me'], { beforePasswordChange: true }, async (request) => {
    requireActor(request);
    return request.me!;
  });
  endpointRoute(api, e['POST /api/auth/password'], { beforePasswordChange: true }, async (request) => {
    const actor = requireActor(request);
    await changePassword(db, actor.id, request.cookies[SESSION_COOKIE] ?? '', request.body.currentPassword, request.body.newPassword);
    return null;
  });
}
