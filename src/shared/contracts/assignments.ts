/** The follow-up of the council's assignments (src/server/modules/assignments). */
import { z } from 'zod';
import { WORK_STATUSES } from '../../domain/plan-content/work-status';
import { defineEndpoints } from '../endpoint';
import { idParam, periodOptionSchema, planParams } from './common';

export const workStatusSchema = z.enum(WORK_STATUSES);
const overviewCounts = z.object({ 'not-started': z.number(), 'in-progress': z.number(), done: z.number(), cancelled: z.number(), 'not-reported': z.number() });

/** An assignment's status and comment in one reporting period, with who set it and when. */
export const assignmentFollowUpSchema = z.object({
  assignmentId: z.number(),
  period: z.string(),
  status: workStatusSchema,
  comment: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
});

export const assignmentWithStatusSchema = z.object({
  id: z.number(),
  position: z.number(),
  text: z.string(),
  bodies: z.array(z.string()),
  /** null: not followed up in this period. */
  followUp: assignmentFollowUpSchema.nullable(),
});

/** Assignments per body × status (src/domain/plan-content/assignment-overview.ts). */
export const assignmentOverviewSchema = z.object({
  rows: z.array(z.object({ body: z.string().nullable(), counts: overviewCounts, total: z.number() })),
  totals: overviewCounts,
  total: z.number(),
});

export const assignmentStatusReportSchema = z.object({
  period: z.string(),
  periods: z.array(periodOptionSchema),
  assignments: z.array(assignmentWithStatusSchema),
  overview: assignmentOverviewSchema,
  canEdit: z.boolean(),
});

export const assignmentEndpoints = defineEndpoints({
  'GET /api/plans/:planId/assignment-status': {
    tags: ['assignments'],
    summary: 'Uppdragens status i en period, med översikt per organ och status',
    params: planParams,
    query: z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04') }),
    response: assignmentStatusReportSchema,
  },
  'PUT /api/assignments/:assignmentId/follow-up': {
    tags: ['assignments'],
    summary: 'Sätt ett uppdrags status och kommentar för en period',
    params: z.object({ assignmentId: idParam }),
    body: z.object({
      period: z.string().min(1, 'Ange period'),
      // The status is checked by the domain, which names the allowed ones in Swedish.
      status: z.string(),
      comment: z.string().default(''),
    }),
    response: assignmentFollowUpSchema,
  },
});
