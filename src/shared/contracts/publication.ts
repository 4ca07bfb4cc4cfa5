/** Publishing a plan, and the public portal that shows published plans without signing in (src/server/modules/publication). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { scorecardMeasureSchema } from './plans';
import { fileBody, governanceModelResponseSchema, langSchema, localizedSchema, planParams, statusWithReasonSchema } from './common';

/** A plan's publication as its organisation set it. */
export const publicationSchema = z.object({
  planId: z.number(),
  published: z.boolean(),
  periods: z.array(z.string()),
  publishedAt: z.string().nullable(),
});

/** A measure as the public sees it: the value and the status of one published period, with its rule. */
export const publicMeasureSchema = scorecardMeasureSchema.pick({
  id: true,
  name: true,
  baselineText: true,
  targetText: true,
  targetYear: true,
  valueText: true,
  valueFromKolada: true,
  fulfilment: true,
});
/** An approved judgement with its analysis; drafts and submitted judgements are never public. */
export const publicJudgementSchema = z.object({
  judgement: z.enum(['met', 'partly', 'not-met', 'not-assessed']).nullable(),
  analysis: z.string(),
  actions: z.string(),
  approvedAt: z.string().nullable(),
});

export const publicNodeSchema = z.object({
  id: z.number(),
  levelKey: z.string(),
  title: z.string(),
  description: z.string(),
  fulfilment: statusWithReasonSchema,
  judgement: publicJudgementSchema.nullable(),
  measures: z.array(publicMeasureSchema),
  get children(): z.ZodArray<typeof publicNodeSchema> {
    return z.array(publicNodeSchema);
  },
});

export const publicPeriodSchema = z.object({ key: z.string(), label: localizedSchema, nodes: z.array(publicNodeSchema) });

/** What an organisation published of a plan. */
export const publicPlanSchema = z.object({
  plan: z.object({ id: z.number(), title: z.string(), startYear: z.number(), endYear: z.number(), organisationName: z.string() }),
  vision: z.string(),
  model: governanceModelResponseSchema,
  publishedAt: z.string(),
  periods: z.array(publicPeriodSchema),
});

/** The published plans, for the portal's first page. */
export const publicPlanSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  organisationName: z.string(),
  startYear: z.number(),
  endYear: z.number(),
});

export const accessibilityReportSchema = z.object({
  page: z.string().trim().max(500).default(''),
  description: z.string().trim().min(1, 'Beskriv problemet').max(5000, 'Högst 5 000 tecken'),
  contact: z.string().trim().max(200).optional(),
});

export const publicationEndpoints = defineEndpoints({
  'GET /api/plans/:planId/publication': {
    tags: ['publication'],
    summary: 'Om planen är publicerad och vilka perioder',
    params: planParams,
    response: publicationSchema,
  },
  'POST /api/plans/:planId/publication': {
    tags: ['publication'],
    summary: 'Publicera planen med valda uppföljningsperioder, eller dra tillbaka publiceringen',
    params: planParams,
    body: z.object({ published: z.boolean(), periods: z.array(z.string().max(20)).max(100) }),
    response: publicationSchema,
  },
  'GET /api/public/plans': {
    tags: ['public'],
    summary: 'Publicerade planer',
    security: [],
    response: z.array(publicPlanSummarySchema),
  },
  'GET /api/public/plans/:planId': {
    tags: ['public'],
    summary: 'En publicerad plan: vision, träd, mått med värden och status, godkända bedömningar',
    security: [],
    params: planParams,
    response: publicPlanSchema,
  },
  'GET /api/public/plans/:planId/download': {
    tags: ['public'],
    summary: 'En publicerad plan som CSV eller JSON',
    security: [],
    params: planParams,
    query: z.object({ format: z.enum(['csv', 'json']).default('csv'), lang: langSchema.default('sv') }),
    response: fileBody,
    produces: { 'text/csv': fileBody, 'application/json': publicPlanSchema },
  },
  'POST /api/public/accessibility-reports': {
    tags: ['public'],
    summary: 'Anmäl en brist i tillgängligheten (DOS-lagen)',
    security: [],
    body: accessibilityReportSchema,
    response: z.object({ id: z.number() }),
    status: 201,
  },
});
