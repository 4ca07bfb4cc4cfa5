import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Db, firstInLine } from '../../db/client';
import { type Action, type Actor, can, type Resource } from '../access/can';
import type { Me } from '../../shared/api-types';
import { SESSION_COOKIE, signedInWith } from '../modules/auth/auth.service';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    /** The signed-in person as `GET /api/me` answers, read with the actor. */
    me?: Me;
  }
}

/**
 * Loads the signed-in actor from the session cookie on every request, before the body is read,
 * so that a request without a session is answered 401 whatever its body (guards.ts).
 */
export function registerSession(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', undefined);
  app.decorateRequest('me', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // Ahead of other requests' statements on PGlite: no request waits for another's long series of reads to learn who asks.
    const signedIn = await firstInLine(() => signedInWith(db, request.cookies[SESSION_COOKIE]));
    request.actor = signedIn?.actor;
    request.me = signedIn?.me;
  });
}

/** The signed-in actor, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Du behöver logga in.');
  return request.actor;
}

/** Throws 403 unless the actor may do the action on the resource. */
export function authorize(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw new AppError('forbidden', 'Du har inte behörighet till detta.');
}
