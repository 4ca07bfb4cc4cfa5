import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agendaStepSchema,
  fetchConditionsSchema,
  ballotSchema,
  createCardSchema,
  createClusterSchema,
  createWorkshopSchema,
  focusAreaSchema,
  inviteSchema,
  joinSchema,
  moveCardSchema,
  positionSchema,
  revealSchema,
  settingsSchema,
  timerSchema,
} from '../../../shared/workshop-types';
import { resolveToken } from '../../access/access-tokens';
import type { AppContext } from '../../app';
import { AppError } from '../../http/errors';
import { requireActor } from '../../http/session';
import type { LiveTopics } from '../../live/live.routes';
import type { LiveHub } from '../../live/live-hub';
import { readConfig } from '../../config';
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

const id = z.coerce.number().int().positive();
const params = z.object({ id });
const cardParams = z.object({ id, cardId: id });
const docQuery = z.object({ lang: z.enum(['sv', 'da', 'en']).optional() });

/** A workshop request's person: the session's actor and/or the invitation cookie. */
const whoOf = (request: FastifyRequest): Who => ({ actor: request.actor, token: request.cookies[WORKSHOP_COOKIE] });

/**
 * The strategy workshop. Its participant routes are open to invited guests (invitation token in a
 * cookie, design-round-2.md kind 2): they are marked public and check the person themselves
 * (workshop-access.ts); setting a workshop up needs a signed-in federation admin.
 */
export async function workshopRoutes(api: FastifyInstance, deps: AppContext & { live: LiveHub; topics: LiveTopics }): Promise<void> {
  const { db } = deps;
  const r = api.withTypeProvider<ZodTypeProvider>();
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

  r.post('/workshops', { schema: { tags: ['workshops'], summary: 'Sätt upp en workshop för förbundet', body: createWorkshopSchema } }, async (request, reply) => {
    reply.status(201);
    return createWorkshop(deps, requireActor(request), request.body);
  });
  r.post('/workshops/join', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Gå med via inbjudningslänken', body: joinSchema } }, async (request, reply) => {
    const token = await resolveToken(db, INVITATION_SCOPE, request.body.token);
    if (!token) throw new AppError('not-found', 'Länken gäller inte längre. Be facilitatorn om en ny.');
    reply.setCookie(WORKSHOP_COOKIE, request.body.token, { path: '/api', httpOnly: true, sameSite: 'strict', secure: deps.config.secureCookies, expires: new Date(token.expiresAt) });
    return { workshopId: token.scopeId, expiresAt: token.expiresAt };
  });
  r.get('/workshops/:id', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Workshoppen som jag får se den', params } }, async (request) =>
    getWorkshopState(db, whoOf(request), request.params.id),
  );
  r.post('/workshops/:id/cards', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Skriv ett kort', params, body: createCardSchema } }, async (request, reply) => {
    reply.status(201);
    return addCard(deps, whoOf(request), request.params.id, request.body);
  });
  r.put('/workshops/:id/cards/:cardId/cluster', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Lägg kortet i en grupp', params: cardParams, body: moveCardSchema } }, async (request, reply) => {
    await moveCard(deps, whoOf(request), request.params.id, request.params.cardId, request.body.clusterId);
    reply.status(204);
  });
  r.post('/workshops/:id/clusters', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Ny grupp av kort', params, body: createClusterSchema } }, async (request, reply) => {
    reply.status(201);
    return createCluster(deps, whoOf(request), request.params.id, request.body);
  });
  r.put('/workshops/:id/ballot', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Mina prickar eller poäng', params, body: ballotSchema } }, async (request, reply) => {
    await castBallot(deps, whoOf(request), request.params.id, request.body.entries);
    reply.status(204);
  });
  r.post('/workshops/:id/reveal', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Visa rösterna eller en övnings kort', params, body: revealSchema } }, async (request, reply) => {
    await reveal(deps, whoOf(request), request.params.id, request.body.target, request.body.perspective);
    reply.status(204);
  });
  r.patch('/workshops/:id', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Röstsätt, prickar, målbild', params, body: settingsSchema } }, async (request, reply) => {
    await updateSettings(deps, whoOf(request), request.params.id, request.body);
    reply.status(204);
  });
  r.post('/workshops/:id/timer', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Starta eller stoppa tiduret', params, body: timerSchema } }, async (request) =>
    setTimer(deps, whoOf(request), request.params.id, request.body.seconds, request.body.label),
  );
  r.put(
    '/workshops/:id/definitions/:cardId/position',
    { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Organisationens ställning till en definition', params: cardParams, body: positionSchema } },
    async (request) => setPosition(deps, whoOf(request), request.params.id, request.params.cardId, request.body),
  );
  r.put('/workshops/:id/agenda/current', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Gå till ett steg i agendan (alla skärmar följer)', params, body: agendaStepSchema } }, async (request) =>
    setAgendaStep(deps, whoOf(request), request.params.id, request.body.agendaItemId),
  );
  r.get('/workshops/:id/conditions', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Gemensamma förutsättningar: medlemmarnas nyckeltal sida vid sida (Källa: Kolada)', params } }, async (request) =>
    getSharedConditions(deps, whoOf(request), request.params.id),
  );
  r.post(
    '/workshops/:id/conditions/fetch',
    { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Hämta medlemmarnas nyckeltal från Kolada nu (allt eller inget)', params, body: fetchConditionsSchema } },
    async (request) => fetchSharedConditions({ ...deps, kolada }, whoOf(request), request.params.id, request.body.years),
  );
  r.post('/workshops/:id/focus-areas', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Nytt strategiskt fokusområde', params, body: focusAreaSchema } }, async (request, reply) => {
    reply.status(201);
    return createFocusArea(deps, whoOf(request), request.params.id, request.body);
  });
  r.post('/workshops/:id/participants', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Bjud in en deltagare', params, body: inviteSchema } }, async (request, reply) => {
    reply.status(201);
    return invite(deps, whoOf(request), request.params.id, request.body);
  });
  r.post('/workshops/:id/draft-plan', { schema: { tags: ['workshops'], summary: 'Gör förbundets utkast till gemensam plan', params, body: z.object({}).strict() } }, async (request, reply) => {
    reply.status(201);
    return createDraftPlan(deps, { ...whoOf(request), actor: requireActor(request) }, request.params.id);
  });
  r.get('/workshops/:id/traces', { config: guest, schema: { tags: ['workshops'], security: [], summary: 'Planutkastets spårbarhet: kort och organisationer', params } }, async (request) =>
    draftTraces(deps, whoOf(request), request.params.id),
  );
  for (const format of ['docx', 'pdf'] as const) {
    r.get(`/workshops/:id/documentation.${format}`, { config: guest, schema: { tags: ['workshops'], security: [], summary: `Workshoppens dokumentation (${format.toUpperCase()})`, params, querystring: docQuery } }, async (request, reply) => {
      const doc = await workshopDocument(deps, whoOf(request), request.params.id, format, request.query.lang);
      reply.header('content-type', doc.contentType).header('content-disposition', `attachment; filename="${doc.filename}"`);
      return reply.send(doc.body);
    });
  }
}
