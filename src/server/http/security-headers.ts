import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The web app loads only its own scripts and styles; inline style attributes are used by the SVG
 * chart. No `upgrade-insecure-requests`: a server reached over plain http (a laptop, a test) must
 * still load its own files; HTTPS deployments turn on HSTS instead.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Headers every response carries, set by @fastify/helmet: the strict CSP, nosniff, DENY framing,
 * same-origin referrers and cross-origin isolation headers, HSTS only when asked for. The API
 * browser at /api/docs (Swagger UI, inline scripts) keeps helmet's other headers but not the CSP.
 * Registered before the routes, so every route (those of plugins too) is seen by the onRoute hook.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { hsts?: boolean } = {}): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), helmet: { contentSecurityPolicy: false } } as typeof route.config;
  });
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Only behind HTTPS (LEDSTJARNA_HSTS=true): browsers then refuse plain http for a year.
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  // Plans, values and people are nobody's to keep in a shared cache or a back button's history.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
