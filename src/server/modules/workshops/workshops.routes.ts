import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { workshopEndpoints as e } from '../../../shared/contracts/workshops';
import { resolveToken } from '../../access/access-tokens';
import type { AppContext } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { AppError } from '../../http/errors';
import { fileResponse } from '../../http/file-response';
import { requireActor } from '../../http/session';
import type { LiveTopics } from '../../live/live.routes';
import type { LiveHub } from '../../live/live-hub';
import { readConfig } from '../../config';
import { idParam } from '../../../shared/contracts/common';
import { DOCUMENT_CONTENT_TYPES } from '../../../shared/contracts/documents';
import { koladaClient } from '../kolada/kolada.client';
import { setAgendaStep } from './workshop-agenda.service';
import { fetchSharedConditions, getSharedConditions } from './workshop-conditions.service';
import { workshopDocument } from './workshop-document';
import { createDraftPlan, draftTraces } from './draft-plan.service';
import { INVITATION_SCOPE, viewerFor, WORKSHOP_COOKIE, type Who } from './workshop-access';
import * as q from './workshops.queries';
import {
  addCard,
  castBallot,
  createCluster,
  createFocusArea,
  createWorkshop,
  getWorkshopState,
  invite,
  moveCard,
  reveal,
  setPosition,
  setTimer,
  updateSettings,
} from './workshops.service';

const params = z.object({ id: idParam });
const docQuery = z.object({ lang: z.enum(['sv', 'da', 'en']).optional() });

/** A workshop request's person: the session's actor and/or the invitation cookie. */
const whoOf = (request: Pick<FastifyRequest, 'actor' | 'cookies'>): Who => ({ actor: request.actor, token: request.cookies[WORKSHOP_COOKIE] });

/**
 * The strategy workshop. Its participant routes are open to invited guests (invitation token in a
 * cookie, design-round-2.md kind 2): they are marked public and check the person themselves
 * (workshop-access.ts); setting a workshop up needs a signed-in federation admin.
 */
export async function workshopRoutes(api: FastifyInstance, deps: AppContext & { live: LiveHub; topics: LiveTopics }): Promise<void> {
  const { db } = deps;
  const guest = { public: true, access: 'token' } as const;
  const kolada = deps.kolada ?? koladaClient({ baseUrl: readConfig().koladaBaseUrl });

  deps.topics.register('workshop', async (request, workshopId) => {
    const w = await q.getWorkshop(db, workshopId);
    if (!w) return false;
    try {
      await viewerFor(db, whoOf(request), w);
      return true;
    } catch {
      return false;
    }
  });

  endpointRoute(api, e['POST /api/workshops'], async (request) => createWorkshop(deps, requireActor(request), request.body));
  endpointRoute(api, e['POST /api/workshops/join'], guest, async (request, reply) => {
    const token = await resolveToken(db, INVITATION_SCOPE, request.body.token);
    if (!token) throw new AppError('not-found', 'Länken gäller inte längre. Be facilitatorn om en ny.');
    reply.setCookie(WORKSHOP_COOKIE, request.body.token, { path: '/api', httpOnly: true, sameSite: 'strict', secure: deps.config.secureCookies, expires: new Date(token.expiresAt) });
    return { workshopId: token.scopeId, expiresAt: token.expiresAt };
  });
  endpointRoute(api, e['GET /api/workshops/:id'], guest, async (request) => getWorkshopState(db, whoOf(request), request.params.id));
  endpointRoute(api, e['POST /api/workshops/:id/cards'], guest, async (request) => addCard(deps, whoOf(request), request.params.id, request.body));
  endpointRoute(api, e['PUT /api/workshops/:id/cards/:cardId/cluster'], guest, async (request) => {
    await moveCard(deps, whoOf(request), request.params.id, request.params.cardId, request.body.clusterId);
    return null;
  });
  endpointRoute(api, e['POST /api/workshops/:id/clusters'], guest, async (request) => createCluster(deps, whoOf(request), request.params.id, request.body));
  endpointRoute(api, e['PUT /api/workshops/:id/ballot'], guest, async (request) => {
    await castBallot(deps, whoOf(request), request.params.id, request.body.entries);
    return null;
  });
  endpointRoute(api, e['POST /api/workshops/:id/reveal'], guest, async (request) => {
    await reveal(deps, whoOf(request), request.params.id, request.body.target, request.body.perspective);
    return null;
  });
  endpointRoute(api, e['PATCH /api/workshops/:id'], guest, async (request) => {
    await updateSettings(deps, whoOf(request), request.params.id, request.body);
    return null;
  });
  endpointRoute(api, e['POST /api/workshops/:id/timer'], guest, async (request) => setTimer(deps, whoOf(request), request.params.id, request.body.seconds, request.body.label));
  endpointRoute(api, e['PUT /api/workshops/:id/definitions/:cardId/position'], guest, async (request) =>
    setPosition(deps, whoOf(request), request.params.id, request.params.cardId, request.body),
  );
  endpointRoute(api, e['PUT /api/workshops/:id/agenda/current'], guest, async (request) => setAgendaStep(deps, whoOf(request), request.params.id, request.body.agendaItemId));
  endpointRoute(api, e['GET /api/workshops/:id/conditions'], guest, async (request) => getSharedConditions(deps, whoOf(request), request.params.id));
  endpointRoute(api, e['POST /api/workshops/:id/conditions/fetch'], guest, async (request) =>
    fetchSharedConditions({ ...deps, kolada }, whoOf(request), request.params.id, request.body.years),
  );
  endpointRoute(api, e['POST /api/workshops/:id/focus-areas'], guest, async (request) => createFocusArea(deps, whoOf(request), request.params.id, request.body));
  endpointRoute(api, e['POST /api/workshops/:id/participants'], guest, async (request) => invite(deps, whoOf(request), request.params.id, request.body));
  endpointRoute(api, e['POST /api/workshops/:id/draft-plan'], async (request) => createDraftPlan(deps, { ...whoOf(request), actor: requireActor(request) }, request.params.id));
  endpointRoute(api, e['GET /api/workshops/:id/traces'], guest, async (request) => draftTraces(deps, whoOf(request), request.params.id));
  // The documentation is a file, not JSON: a route of the documents (no contract), open to guests like the rest.
  const r = api.withTypeProvider<ZodTypeProvider>();
  for (const format of ['docx', 'pdf'] as const) {
    r.get(`/workshops/:id/documentation.${format}`, { config: guest, schema: { tags: ['documents'], security: [], summary: `Workshoppens dokumentation (${format.toUpperCase()})`, params, querystring: docQuery, response: fileResponse(DOCUMENT_CONTENT_TYPES[format], `Workshoppens dokumentation (${format.toUpperCase()})`) } }, async (request, reply) => {
      const doc = await workshopDocument(deps, whoOf(request), request.params.id, format, request.query.lang);
      reply.header('content-type', doc.contentType).header('content-disposition', `attachment; filename="${doc.filename}"`);
      return reply.send(doc.body);
    });
  }
}
