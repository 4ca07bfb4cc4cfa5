import type { FastifyInstance } from 'fastify';

/** The web app loads only its own scripts and styles; inline style attributes are used by the SVG chart. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers every response carries; the strict CSP goes on the app's own pages, not on the API browser at /api/docs. */
export function registerSecurityHeaders(app: FastifyInstance, options: { hsts?: boolean } = {}): void {
  app.addHook('onSend', async (request, reply, payload) => {
    // Only behind HTTPS (LEDSTJARNA_HSTS=true): browsers then refuse plain http for a year.
    if (options.hsts) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    // Plans, values and people are nobody's to keep in a shared cache or a back button's history.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !request.url.startsWith('/api/docs')) {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    }
    return payload;
  });
}
