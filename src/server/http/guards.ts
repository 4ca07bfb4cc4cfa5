import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answers without a session (sign-in, sign-out, the public portal). */
    public?: boolean;
    /**
     * Why a public route needs no session (design-round-2.md, the three kinds of access):
     * `published` — what an organisation chose to publish; `token` — an invitation token in the
     * request; absent on a public route — the sign-in itself. routes-access.int.test.ts lists them all.
     */
    access?: 'published' | 'token' | 'sign-in';
    /** Open to a person who still has a one-time password (/api/me, the password change). */
    beforePasswordChange?: boolean;
  }
}

// C0 controls except tab, LF and CR, DEL and the C1 controls: never text anyone typed, and NUL
// is refused by PostgreSQL (a 500 before this check).
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/** The path (`a.0.b`) of the first string in `value` with a control character, or undefined. */
export function findControlCharacter(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === 'string') return CONTROL.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findControlCharacter(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = CONTROL.test(key) ? [...path, key] : findControlCharacter(v, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether `origin` names the host the request was sent to (default ports read alike). */
function sameHost(origin: string, request: FastifyRequest): boolean {
  try {
    const from = new URL(origin);
    if (from.protocol !== 'http:' && from.protocol !== 'https:') return false;
    // request.host is the Host header, or X-Forwarded-Host behind a trusted proxy.
    return from.host === new URL(`${from.protocol}//${request.host}`).host;
  } catch {
    return false;
  }
}

/**
 * Checks every request before its body is validated, in this order: a write from another
 * site's page (403), no session (401), a one-time password not yet changed (403), control
 * characters in the JSON body, the query or the path (400). The session is loaded in `onRequest` (session.ts).
 */
export function registerRequestGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const origin = request.headers.origin;
    // Scripts and curl send no Origin; a browser always does on a cross-site write. The host is
    // compared, not the scheme: behind a TLS-terminating proxy the server itself speaks http.
    if (origin === undefined || sameHost(origin, request)) return;
    throw new AppError('foreign-origin', 'Begäran kommer från en annan webbplats och avvisas.');
  });
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/') || request.is404) return;
    const config = request.routeOptions.config;
    if (!config.public && !request.url.startsWith('/api/docs')) {
      if (!request.actor) throw new AppError('unauthenticated', 'Du behöver logga in.');
      if (request.actor.mustChangePassword && !config.beforePasswordChange) {
        throw new AppError('password-change-required', 'Byt ditt engångslösenord innan du fortsätter.');
      }
    }
    // The body's paths are the field's own (`name`, `rows.0.label`), as in zod's errors; the
    // query's and the route's parameters say where they are (`query.period`).
    const path =
      findControlCharacter(request.body) ?? findControlCharacter(request.query, ['query']) ?? findControlCharacter(request.params, ['params']);
    if (path) {
      const field = path.join('.') || 'body';
      const message = 'Texten innehåller ett otillåtet styrtecken (t.ex. NUL). Ta bort det och försök igen.';
      throw new AppError('validation', message, [{ path: field, message }]);
    }
  });
}
