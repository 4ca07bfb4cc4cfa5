import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { AppError } from '../../http/errors';
import { requireActor } from '../../http/session';
import { oidcEndpoints as e } from '../../../shared/contracts/oidc';
import { SESSION_COOKIE } from '../auth/auth.service';
import {
  auditOidcRefusal,
  CALLBACK_PATH,
  finishOidcSignIn,
  getOidcSettings,
  listSignInOptions,
  OIDC_STATE_COOKIE,
  OidcRefused,
  removeOidcSettings,
  saveOidcSettings,
  startOidcSignIn,
} from './oidc.service';

const STATE_COOKIE_PATH = '/api/auth/oidc';

/**
 * Single sign-on through each organisation's OpenID Provider: the sign-in options, the start
 * (redirect to the provider) and the callback (public, rate-limited per client), and the admin's settings.
 * The JSON routes answer by their contracts (src/shared/contracts/oidc.ts); the start and the callback redirect.
 */
export async function oidcRoutes(api: FastifyInstance, { db, config, publicUrl, secretKey }: AppContext, limit = { max: 60, timeWindow: '1 minute' }): Promise<void> {
  const redirectUri = new URL(CALLBACK_PATH, publicUrl).href;
  endpointRoute(api, e['GET /api/auth/oidc/organisations'], { public: true, access: 'sign-in' }, async () => listSignInOptions(db));

  await api.register(async (scope) => {
    await scope.register(rateLimit, {
      ...limit,
      errorResponseBuilder: (_req, ctx) => Object.assign(new Error('För många försök. Vänta en stund och försök igen.'), { statusCode: ctx.statusCode }),
    });
    const s = scope.withTypeProvider<ZodTypeProvider>();
    const toLogin = (reason: string) => `/login?sso=${encodeURIComponent(reason)}`;

    s.get(
      '/auth/oidc/:orgSlug/start',
      {
        config: { public: true, access: 'sign-in' },
        schema: {
          tags: ['auth'],
          summary: 'Börja logga in via organisationens inloggningstjänst (omdirigerar dit); next: sidan att återvända till (bara en sökväg på webbplatsen)',
          security: [],
          params: z.object({ orgSlug: z.string().max(100) }),
          querystring: z.object({ next: z.string().max(2000).optional() }),
        },
      },
      async (request, reply) => {
        try {
          const { url, state } = await startOidcSignIn(db, request.params.orgSlug, redirectUri, secretKey, request.query.next);
          reply.setCookie(OIDC_STATE_COOKIE, state, { path: STATE_COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: 600 });
          return reply.redirect(url, 302);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          return reply.redirect(toLogin(error.code === 'not-found' ? 'not-configured' : 'provider'), 302);
        }
      },
    );

    s.get(
      '/auth/oidc/callback',
      {
        config: { public: true, access: 'sign-in' },
        schema: { tags: ['auth'], summary: 'Inloggningstjänsten skickar tillbaka hit (authorization code)', security: [], querystring: z.record(z.string(), z.string().max(4000)) },
      },
      async (request, reply) => {
        reply.clearCookie(OIDC_STATE_COOKIE, { path: STATE_COOKIE_PATH });
        try {
          const session = await finishOidcSignIn(db, new URL(request.url, publicUrl), request.cookies[OIDC_STATE_COOKIE], redirectUri, secretKey);
          reply.setCookie(SESSION_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'strict', secure: config.secureCookies, expires: session.expiresAt });
          return reply.redirect(session.nextPath ?? '/', 302);
        } catch (error) {
          if (!(error instanceof OidcRefused)) throw error;
          request.log.warn({ reason: error.reason, detail: error.message }, 'OpenID Connect sign-in refused');
          await auditOidcRefusal(db, error);
          return reply.redirect(toLogin(error.reason), 302);
        }
      },
    );
  });

  endpointRoute(api, e['GET /api/organisations/:orgId/oidc'], async (request) => getOidcSettings(db, requireActor(request), request.params.orgId, redirectUri));
  endpointRoute(api, e['PUT /api/organisations/:orgId/oidc'], async (request) =>
    saveOidcSettings(db, requireActor(request), request.params.orgId, request.body, redirectUri, secretKey),
  );
  endpointRoute(api, e['DELETE /api/organisations/:orgId/oidc'], async (request) => {
    await removeOidcSettings(db, requireActor(request), request.params.orgId);
    return null;
  });
}
