/** Action plans: activities with who, what, how and when, linked to the nodes they serve (src/server/modules/activities). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { workStatusSchema } from './assignments';
import { idParam, noContent, planParams } from './common';

export const activityNodeSchema = z.object({ id: z.number(), levelKey: z.string(), title: z.string() });

/** An action-plan item: who does what, how and when. Dates are YYYY-MM-DD. */
export const activitySchema = z.object({
  id: z.number(),
  planId: z.number(),
  title: z.string(),
  description: z.string(),
  owner: z.object({ id: z.number(), name: z.string() }).nullable(),
  ownerUnit: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: workStatusSchema,
  progress: z.number(),
  nodes: z.array(activityNodeSchema),
  /** Past its end date (as of `today`) and neither done nor cancelled. */
  late: z.boolean(),
  /** Sent back with a status report: a report made against an older version is refused (409). */
  version: z.string(),
});

export const activitiesReportSchema = z.object({
  activities: z.array(activitySchema),
  /** The plan's years, which the timeline shows. */
  startYear: z.number(),
  endYear: z.number(),
  /** The server's date, which "late" was judged against. */
  today: z.string(),
  canEdit: z.boolean(),
});

// Ranges, dates and statuses are checked by the domain's validation, which explains them in Swedish.
export const activityInputSchema = z.object({
  title: z.string().max(300, 'Namnet får vara högst 300 tecken'),
  description: z.string().max(10_000, 'Beskrivningen får vara högst 10 000 tecken').default(''),
  ownerUserId: z.number().int().positive().nullable().default(null),
  ownerUnit: z.string().max(200, 'Enheten får vara högst 200 tecken').default(''),
  startDate: z.string(),
  endDate: z.string(),
  status: z.string().default('not-started'),
  progress: z.number().default(0),
  nodeIds: z.array(z.number().int()).max(100),
});

const activityParams = z.object({ activityId: idParam });

export const activityEndpoints = defineEndpoints({
  'GET /api/plans/:planId/activities': {
    tags: ['activities'],
    summary: 'Planens handlingsplan: aktiviteter med ansvarig, tid, status och framsteg',
    params: planParams,
    response: activitiesReportSchema,
  },
  'POST /api/plans/:planId/activities': {
    tags: ['activities'],
    summary: 'Lägg till en aktivitet',
    params: planParams,
    body: activityInputSchema,
    response: activitySchema,
    status: 201,
  },
  'PUT /api/activities/:activityId': {
    tags: ['activities'],
    summary: 'Ändra en aktivitet',
    params: activityParams,
    body: activityInputSchema,
    response: activitySchema,
  },
  'PUT /api/activities/:activityId/status': {
    tags: ['activities'],
    summary: 'Rapportera en aktivitets status och framsteg (dess ansvarige eller en redaktör)',
    params: activityParams,
    body: z.object({ status: z.string(), progress: z.number(), version: z.string().optional() }),
    response: activitySchema,
  },
  'DELETE /api/activities/:activityId': {
    tags: ['activities'],
    summary: 'Ta bort en aktivitet',
    params: activityParams,
    response: noContent,
    status: 204,
  },
});
