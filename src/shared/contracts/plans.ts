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

/** A measure's full-year forecast and comment entered at DÅ 04 or DÅ 08 (issue 12, item 6). */
export const measureForecastSchema = z.object({
  measureId: z.number(),
  period: z.string(),
  /** The full-year value expected, in the measure's unit; null when only a comment is given. */
  forecast: z.number().nullable(),
  /** The forecast formatted in every language ("45 000", "6,1 %"); null without one. */
  forecastText: localizedSchema.nullable(),
  comment: z.string(),
  /** Whether the forecast meets the year's target, and the sentence that says by which rule; null without a forecast. */
  status: z.object({ verdict: z.enum(['meets', 'misses', 'unknown']), explanation: localizedSchema }).nullable(),
  /** Sent back with the next save: a forecast changed since is not overwritten (409). */
  version: z.number(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string(),
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
  /** The period's total (sex T) as a number, for the compact view's trend; absent without one. */
  value: z.number().optional(),
  /** The trend compares with the same period a year earlier (a count or amount that adds up over the year), not the previous report. */
  trendYearEarlier: z.literal(true).optional(),
  /** At DÅ 04 and DÅ 08: the full-year forecast and comment, when one is entered (its own statement beside `fulfilment`). */
  forecast: measureForecastSchema.optional(),
});

/** The editors' list of measures whose targets need a better direction nobody has set. */
export const measuresWithoutDirectionSchema = z.object({
  planId: z.number(),
  measures: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      /** The titles of the nodes above the measure, from the top. */
      nodePath: z.array(z.string()),
      targets: z.array(z.object({ year: z.number(), text: z.string() })),
      version: z.number(),
    }),
  ),
});

export const statusCountsSchema = z.object({
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
  fulfilment: statusWithReasonSchema.extend({ counts: statusCountsSchema }),
  get children(): z.ZodArray<typeof scorecardNodeSchema> {
    return z.array(scorecardNodeSchema);
  },
  measures: z.array(scorecardMeasureSchema),
  /** Only in the first-view form (?form=first-view): the node's own measures left out, per status. */
  measuresLeftOut: statusCountsSchema.partial().optional(),
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
    query: z.object({
      period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04, 2022-DÅ08 eller 2022 (ÅR)'),
      form: z
        .enum(['first-view'])
        .optional()
        .describe(
          'first-view: styrkortssidans första vy – alla noder, men måtten under de noder som visas stängda är utelämnade och räknade per status i measuresLeftOut. Utan form: hela styrkortet.',
        ),
    }),
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
  'GET /api/plans/:planId/measures-without-direction': {
    tags: ['plans'],
    summary: 'Mått utan riktning: mått vars mål behöver en bättre riktning som ingen har angett (för redaktörer)',
    params: planParams,
    response: measuresWithoutDirectionSchema,
  },
});
