/** The JSON shapes of a plan's publication and the public portal, inferred from their contracts (src/shared/contracts/publication.ts). */
import type { z } from 'zod';
import type { publicationSchema, publicJudgementSchema, publicMeasureSchema, publicNodeSchema, publicPeriodSchema, publicPlanSchema, publicPlanSummarySchema } from './contracts/publication';

/** A plan's publication as its organisation set it (`POST /api/plans/:id/publication`). */
export type Publication = z.infer<typeof publicationSchema>;

/** A measure as the public sees it: the value and the status of one published period, with its rule. */
export type PublicMeasure = z.infer<typeof publicMeasureSchema>;

/** An approved judgement with its analysis; drafts and submitted judgements are never public. */
export type PublicJudgement = z.infer<typeof publicJudgementSchema>;

export type PublicNode = z.infer<typeof publicNodeSchema>;

export type PublicPeriod = z.infer<typeof publicPeriodSchema>;

/** `GET /api/public/plans/:id`: what an organisation published of a plan. */
export type PublicPlan = z.infer<typeof publicPlanSchema>;

/** `GET /api/public/plans`: the published plans, for the portal's first page. */
export type PublicPlanSummary = z.infer<typeof publicPlanSummarySchema>;
