import type { FastifyInstance } from 'fastify';
import { authEndpoints as e } from '../../../shared/contracts/auth';
import type { AppContext } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { setUserLanguage } from './auth.queries';

/** The user's own language for server messages and documents; null returns to the browser's (contract: src/shared/contracts/auth.ts). */
export async function languageRoutes(api: FastifyInstance, { db }: AppContext): Promise<void> {
  endpointRoute(api, e['PUT /api/me/language'], { beforePasswordChange: true }, async (request) => {
    await setUserLanguage(db, requireActor(request).id, request.body.language);
    return null;
  });
}
