/** The strategy workshop (issue 15, src/server/modules/workshops): its state, cards, votes, outputs. */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import {
  agendaStepSchema,
  ballotSchema,
  createCardSchema,
  createClusterSchema,
  createWorkshopSchema,
  EXERCISES,
  fetchConditionsSchema,
  focusAreaSchema,
  inviteSchema,
  joinSchema,
  moveCardSchema,
  positionSchema,
  QUADRANTS,
  revealSchema,
  settingsSchema,
  timerSchema,
} from '../workshop-types';
import { idParam, noContent } from './common';

const exerciseSchema = z.enum(EXERCISES);
const positionKind = z.enum(['agree', 'disagree', 'comment']);

export const workshopCardSchema = z.object({
  id: z.number(),
  exercise: exerciseSchema,
  organisationId: z.number(),
  organisationName: z.string(),
  /** Null while hidden from this viewer (silent writing). */
  text: z.string().nullable(),
  term: z.string().nullable(),
  quadrant: z.enum(QUADRANTS).nullable(),
  stage: z.enum(['today', 'target']).nullable(),
  perspective: z.string().nullable(),
  who: z.string().nullable(),
  when: z.string().nullable(),
  clusterId: z.number().nullable(),
  mine: z.boolean(),
});

export const workshopStateSchema = z.object({
  id: z.number(),
  federationId: z.number(),
  federationName: z.string(),
  title: z.string(),
  targetPicture: z.string(),
  perspectives: z.array(z.string()),
  agenda: z.array(z.object({ id: z.number(), day: z.number(), half: z.enum(['am', 'pm']), title: z.string(), exercise: exerciseSchema.nullable() })),
  /** The agenda step the room is on (chosen by the facilitator), or null before the start. */
  currentAgendaId: z.number().nullable(),
  organisations: z.array(z.object({ id: z.number(), name: z.string() })),
  participants: z.array(z.object({ id: z.number(), name: z.string(), organisationId: z.number(), facilitator: z.boolean() })),
  me: z.object({ participantId: z.number().nullable(), organisationId: z.number().nullable(), facilitator: z.boolean(), name: z.string() }),
  revealed: z.array(z.string()),
  cards: z.array(workshopCardSchema),
  clusters: z.array(z.object({ id: z.number(), exercise: exerciseSchema, name: z.string() })),
  voting: z.object({
    mode: z.enum(['dots', 'points']),
    dotsPerPerson: z.number(),
    revealed: z.boolean(),
    remaining: z.number(),
    voters: z.number(),
    cards: z.array(
      z.object({
        cardId: z.number(),
        total: z.number().nullable(),
        mine: z.number(),
        rank: z.number().nullable(),
        byOrganisation: z.array(z.object({ organisationId: z.number(), points: z.number() })),
      }),
    ),
  }),
  definitions: z.array(
    z.object({
      cardId: z.number(),
      state: z.enum(['agreed', 'disputed', 'open']),
      positions: z.array(z.object({ organisationId: z.number(), position: positionKind, comment: z.string() })),
      missing: z.array(z.number()),
    }),
  ),
  focusAreas: z.array(z.object({ id: z.number(), name: z.string(), cardIds: z.array(z.number()) })),
  timer: z.object({ endsAt: z.string().nullable(), label: z.string(), serverNow: z.string() }),
  draftPlanId: z.number().nullable(),
});

export const invitationSchema = z.object({
  participantId: z.number(),
  /** The link to join without an account (only when no user was named); shown once. */
  link: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

/** The shared conditions exercise: each member's key figures side by side (Kolada's values, "Källa: Kolada"). */
export const sharedConditionsSchema = z.object({
  members: z.array(z.object({ id: z.number(), name: z.string(), koladaId: z.string().nullable() })),
  rows: z.array(
    z.object({
      kpi: z.string(),
      /** The KPI's title in Kolada's catalogue. */
      title: z.string(),
      group: z.enum(['population', 'age', 'geography', 'costs', 'outlook']),
      format: z.enum(['count', 'percent', 'kronor', 'decimal']),
      /** The year compared (the latest any member has), null when no member has a value. */
      year: z.number().nullable(),
      /** One per member, in `members` order. */
      values: z.array(z.number().nullable()),
    }),
  ),
  fetchedAt: z.string().nullable(),
});

/** Where the draft plan's goals and activities came from: their cards and organisations. */
export const draftTraceSchema = z.object({
  objectType: z.enum(['node', 'activity']),
  objectId: z.number(),
  cards: z.array(z.object({ id: z.number(), text: z.string(), organisationId: z.number(), organisationName: z.string() })),
});

const created = z.object({ id: z.number() });
const params = z.object({ id: idParam });
const cardParams = z.object({ id: idParam, cardId: idParam });
const tags = ['workshops'];
/** The participant routes are open to invited guests (invitation cookie): no session is asked for. */
const guest = { security: [] as [] };

export const workshopEndpoints = defineEndpoints({
  'POST /api/workshops': { tags, summary: 'Sätt upp en workshop för förbundet', body: createWorkshopSchema, response: created, status: 201 },
  'POST /api/workshops/join': {
    tags,
    ...guest,
    summary: 'Gå med via inbjudningslänken',
    body: joinSchema,
    response: z.object({ workshopId: z.number(), expiresAt: z.string() }),
  },
  'GET /api/workshops/:id': { tags, ...guest, summary: 'Workshoppen som jag får se den', params, response: workshopStateSchema },
  'POST /api/workshops/:id/cards': { tags, ...guest, summary: 'Skriv ett kort', params, body: createCardSchema, response: created, status: 201 },
  'PUT /api/workshops/:id/cards/:cardId/cluster': { tags, ...guest, summary: 'Lägg kortet i en grupp', params: cardParams, body: moveCardSchema, response: noContent, status: 204 },
  'POST /api/workshops/:id/clusters': { tags, ...guest, summary: 'Ny grupp av kort', params, body: createClusterSchema, response: created, status: 201 },
  'PUT /api/workshops/:id/ballot': { tags, ...guest, summary: 'Mina prickar eller poäng', params, body: ballotSchema, response: noContent, status: 204 },
  'POST /api/workshops/:id/reveal': { tags, ...guest, summary: 'Visa rösterna eller en övnings kort', params, body: revealSchema, response: noContent, status: 204 },
  'PATCH /api/workshops/:id': { tags, ...guest, summary: 'Röstsätt, prickar, målbild', params, body: settingsSchema, response: noContent, status: 204 },
  'POST /api/workshops/:id/timer': { tags, ...guest, summary: 'Starta eller stoppa tiduret', params, body: timerSchema, response: z.object({ endsAt: z.string().nullable() }) },
  'PUT /api/workshops/:id/definitions/:cardId/position': {
    tags,
    ...guest,
    summary: 'Organisationens ställning till en definition',
    params: cardParams,
    body: positionSchema,
    response: z.object({ state: z.enum(['agreed', 'disputed', 'open']) }),
  },
  'PUT /api/workshops/:id/agenda/current': {
    tags,
    ...guest,
    summary: 'Gå till ett steg i agendan (alla skärmar följer)',
    params,
    body: agendaStepSchema,
    response: z.object({ currentAgendaId: z.number().nullable() }),
  },
  'GET /api/workshops/:id/conditions': {
    tags,
    ...guest,
    summary: 'Gemensamma förutsättningar: medlemmarnas nyckeltal sida vid sida (Källa: Kolada)',
    params,
    response: sharedConditionsSchema,
  },
  'POST /api/workshops/:id/conditions/fetch': {
    tags,
    ...guest,
    summary: 'Hämta medlemmarnas nyckeltal från Kolada nu (allt eller inget)',
    params,
    body: fetchConditionsSchema,
    response: sharedConditionsSchema,
  },
  'POST /api/workshops/:id/focus-areas': { tags, ...guest, summary: 'Nytt strategiskt fokusområde', params, body: focusAreaSchema, response: created, status: 201 },
  'POST /api/workshops/:id/participants': { tags, ...guest, summary: 'Bjud in en deltagare', params, body: inviteSchema, response: invitationSchema, status: 201 },
  'POST /api/workshops/:id/draft-plan': {
    tags,
    summary: 'Gör förbundets utkast till gemensam plan',
    params,
    body: z.object({}).strict(),
    response: z.object({ planId: z.number() }),
    status: 201,
  },
  'GET /api/workshops/:id/traces': { tags, ...guest, summary: 'Planutkastets spårbarhet: kort och organisationer', params, response: z.array(draftTraceSchema) },
});
