/** The scorecard and the plan's assignments (src/server/modules/plans). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { governanceModelResponseSchema, localizedSchema, periodOptionSchema, planParams, statusWithReasonSchema } from './common';

export const planSummarySchema = z.object({
  id: z.number(),
  organisationId: z.number(),
  title: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  targetYears: z.array(z.number()),
});

export const scorecardMeasureSchema = z.object({
  id: z.number(),
  name: z.string(),
  kindKey: z.string(),
  baselineText: z.string(),
  targetText: z.string().nullable(),
  targetYear: z.number().nullable(),
  /** Formatted observed value(s) for the period, e.g. "5,8 %" or "K 16,1 · M 17,0"; null if none. */
  valueText: localizedSchema.nullable(),
  /** Whether the value for the period was fetched from Kolada (credited "Källa: Kolada"). */
  valueFromKolada: z.boolean(),
  fulfilment: statusWithReasonSchema,
  reportedThisPeriod: z.boolean(),
  canEnterValues: z.boolean(),
  /** A target needs a better direction that nobody has set: shown to editors as "riktning saknas" and listed for them. */
  directionMissing: z.boolean().optional(),
  /** The value of the period the baseline names (`2021`), once entered; absent before. */
  baselineValueText: localizedSchema.optional(),
});

const statusCounts = z.object({
  met: z.number(),
  'partly-met': z.number(),
  'not-met': z.number(),
  'too-few-values': z.number(),
  'no-value': z.number(),
  'not-reported': z.number(),
  'not-measurable': z.number(),
});

export const scorecardNodeSchema = z.object({
  id: z.number(),
  levelKey: z.string(),
  title: z.string(),
  description: z.string(),
  longTermGoals: z.string(),
  bodies: z.array(z.string()),
  /** The node's edit version, to send with a change (PATCH /api/plan-nodes/:id). */
  version: z.number(),
  fulfilment: statusWithReasonSchema.extend({ counts: statusCounts }),
  get children(): z.ZodArray<typeof scorecardNodeSchema> {
    return z.array(scorecardNodeSchema);
  },
  measures: z.array(scorecardMeasureSchema),
});

export const scorecardSchema = z.object({
  plan: planSummarySchema,
  vision: z.string(),
  period: z.string(),
  periods: z.array(periodOptionSchema),
  model: governanceModelResponseSchema,
  nodes: z.array(scorecardNodeSchema),
});

export const assignmentSchema = z.object({ id: z.number(), position: z.number(), text: z.string(), bodies: z.array(z.string()) });

export const planEndpoints = defineEndpoints({
  'GET /api/plans/:planId/scorecard': {
    tags: ['plans'],
    summary: 'Styrkortet: planens träd med måluppfyllelse för en period',
    params: planParams,
    query: z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04, 2022-DÅ08 eller 2022 (ÅR)') }),
    response: scorecardSchema,
    // Kept serialised and compressed per data version (scorecard-answers.ts); the schema is checked by the tests.
    serialise: 'prebuilt',
  },
  'GET /api/plans/:planId/assignments': {
    tags: ['plans'],
    summary: 'Planens uppdrag med ansvariga organ',
    params: planParams,
    response: z.array(assignmentSchema),
  },
});
