/** The rest of the plan: chapters, Agenda 2030 goals, advocacy issues and the organisation's divisions (src/server/modules/plan-content). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { idParam, localizedSchema, orgParams, planParams } from './common';

export const chapterSchema = z.object({
  id: z.number(),
  position: z.number(),
  title: z.string(),
  /** Restricted markup; render with the rich-text parser, never as HTML. */
  body: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
  /** Sent back with a save: an edit made against an older version is refused (409) naming what changed. */
  version: z.number(),
});

export const chaptersReportSchema = z.object({ chapters: z.array(chapterSchema), canEdit: z.boolean() });

export const advocacyIssueSchema = z.object({
  id: z.number(),
  position: z.number(),
  kind: z.enum(['issue', 'note']),
  area: z.string(),
  text: z.string(),
  arena: z.enum(['national', 'international']).nullable(),
  decisionMaker: z.string(),
});

export const organisationUnitSchema = z.object({
  id: z.number(),
  kind: z.enum(['division', 'common']),
  name: z.string(),
  description: z.string(),
  staffApprox: z.number().nullable(),
});

export const planAgendaGoalSchema = z.object({ goal: z.number(), dimension: z.string(), name: localizedSchema });

export const agendaGoalsReportSchema = z.object({
  /** The goals the plan names as its own. */
  planGoals: z.array(planAgendaGoalSchema),
  /** Goals linked to nodes of the plan, node by node (only nodes with links). */
  nodeGoals: z.array(z.object({ nodeId: z.number(), goals: z.array(z.number()) })),
  canEdit: z.boolean(),
});

export const saveChapterSchema = z.object({
  title: z.string().max(200, 'Rubriken får vara högst 200 tecken'),
  body: z.string().max(100_000, 'Texten får vara högst 100 000 tecken'),
  version: z.number().int().positive().optional(),
});

export const planContentEndpoints = defineEndpoints({
  'GET /api/plans/:planId/chapters': {
    tags: ['plan content'],
    summary: 'Planens kapitel (vision, uppdrag, inriktning, …) som begränsad märkning',
    params: planParams,
    response: chaptersReportSchema,
  },
  'PUT /api/chapters/:chapterId': {
    tags: ['plan content'],
    summary: 'Ändra ett kapitels rubrik och text (redaktör)',
    params: z.object({ chapterId: idParam }),
    body: saveChapterSchema,
    response: chapterSchema,
  },
  'GET /api/plans/:planId/advocacy-issues': {
    tags: ['plan content'],
    summary: 'Påverkansfrågor med arena',
    params: planParams,
    response: z.array(advocacyIssueSchema),
  },
  'GET /api/organisations/:orgId/units': {
    tags: ['plan content'],
    summary: 'Organisationens divisioner och regiongemensamma enheter',
    params: orgParams,
    response: z.array(organisationUnitSchema),
  },
  'GET /api/plans/:planId/agenda-goals': {
    tags: ['plan content'],
    summary: 'Agenda 2030-mål för planen och per nod',
    params: planParams,
    response: agendaGoalsReportSchema,
  },
  'PUT /api/nodes/:nodeId/agenda-goals': {
    tags: ['plan content'],
    summary: 'Sätt de Agenda 2030-mål en nod bidrar till',
    params: z.object({ nodeId: idParam }),
    body: z.object({ goals: z.array(z.number()).max(17) }),
    response: z.object({ nodeId: z.number(), goals: z.array(z.number()) }),
  },
});
