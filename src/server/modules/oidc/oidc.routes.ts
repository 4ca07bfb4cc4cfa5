import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app';
import { AppError } from '../../http/errors';
import { requireActor } from '../../http/session';
import { oidcSettingsSchema } from '../../../shared/oidc-schemas';
import type { OidcSettings, OidcSignInOption } from '../../../shared/oidc-schemas';
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

const orgParams = z.object({ orgId: z.coerce.number().int().positive() });
const STATE_COOKIE_PATH = '/api/auth/oidc';

/**
 * Single sign-on through each organisation's OpenID Provider: the sign-in options, the start
 * (redirect to the provider) and the callback (public, rate-limited per client), and the admin's settings.
 */
export async function oidcRoutes(api: FastifyInstance, { db, config, publicUrl, secretKey }: AppContext, limit = { max: 60, timeWindow: '1 minute' }): Promise<void> {
  const redirectUri = new URL(CALLBACK_PATH, publicUrl).href;
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/auth/oidc/organisations',
    { config: { public: true, access: 'sign-in' }, schema: { tags: ['auth'], summary: 'Organisationer med inloggningstjänst (OpenID Connect)', security: [] } },
    async (): Promise<OidcSignInOption[]> => listSignInOptions(db),
  );

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

  r.get(
    '/organisations/:orgId/oidc',
    { schema: { tags: ['users'], summary: 'Organisationens inloggningstjänst (OpenID Connect), eller null', params: orgParams } },
    async (request): Promise<OidcSettings | null> => getOidcSettings(db, requireActor(request), request.params.orgId, redirectUri),
  );
  r.put(
    '/organisations/:orgId/oidc',
    { schema: { tags: ['users'], summary: 'Ställ in organisationens inloggningstjänst (OpenID Connect)', params: orgParams, body: oidcSettingsSchema } },
    async (request): Promise<OidcSettings> => saveOidcSettings(db, requireActor(request), request.params.orgId, request.body, redirectUri, secretKey),
  );
  r.delete(
    '/organisations/:orgId/oidc',
    { schema: { tags: ['users'], summary: 'Ta bort organisationens inloggningstjänst', params: orgParams } },
    async (request, reply) => {
      await removeOidcSettings(db, requireActor(request), request.params.orgId);
      reply.status(204).send();
    },
  );
}
