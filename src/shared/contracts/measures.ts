/** A measure's page, its values (src/server/modules/measures). */
import { z } from 'zod';
import { updateMeasureSchema } from '../authoring-schemas';
import { defineEndpoints } from '../endpoint';
import { measureForecastSchema } from './plans';
import { baselineSchema, idParam, localizedSchema, noContent, periodOptionSchema, sexSchema, statusWithReasonSchema, targetSchema } from './common';

/** The longest comment beside a forecast. */
export const MAX_FORECAST_COMMENT = 4000;

export const measureValueSchema = z.object({
  id: z.number(),
  period: z.string(),
  sex: sexSchema,
  ageBand: z.string(),
  area: z.string(),
  value: z.number(),
  status: z.enum(['preliminary', 'final']),
  source: z.string().nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string(),
  /** Sent back when replacing it: a value changed since is not overwritten (409). */
  version: z.number(),
});

export const measureDetailSchema = z.object({
  id: z.number(),
  planId: z.number(),
  name: z.string(),
  kindKey: z.string(),
  definition: z.string(),
  unit: z.string().nullable(),
  betterDirection: z.enum(['increase', 'decrease']).nullable(),
  valueNature: z.enum(['flow', 'cumulative', 'state']),
  baselineText: z.string(),
  baseline: baselineSchema,
  baselineDescription: localizedSchema,
  /** `needsRevision`: copied from the previous plan for a year outside this plan's years. */
  targets: z.array(z.object({ year: z.number(), text: z.string(), target: targetSchema, description: localizedSchema, needsRevision: z.boolean() })),
  method: z.string(),
  breakdowns: z.object({ sex: z.boolean(), ageBands: z.array(z.string()), areas: z.array(z.string()) }),
  koladaKpi: z.string().nullable(),
  /** The version to send back with an edit (PATCH /api/measures/:id). */
  version: z.number(),
  /** Whether the plan's structure (names, targets) may change now: a draft or an open revision. */
  structureOpen: z.boolean(),
  /** How the plan judges years between target years (plans.target_between_years); the chart's target line follows it. */
  targetBetweenYears: z.enum(['next-target', 'straight-line']),
  source: z.string(),
  periodsText: z.string(),
  reportingPeriods: z.array(z.string()),
  footnotes: z.array(z.object({ mark: z.string(), text: z.string() })),
  /** Path of ancestor nodes, top first. */
  path: z.array(z.object({ id: z.number(), levelKey: z.string(), title: z.string() })),
  values: z.array(measureValueSchema),
  /** Status per reporting period of the plan that has a value or is current. */
  fulfilment: z.array(z.object({ period: z.string(), label: localizedSchema, fulfilment: statusWithReasonSchema })),
  owner: z.object({ id: z.number(), name: z.string() }).nullable(),
  canEnterValues: z.boolean(),
  /** Periods a value may be entered for: the plan's follow-up periods, earlier years' for comparisons, and named reference periods. */
  entryPeriods: z.array(periodOptionSchema),
  /** Whether the signed-in user may change definition, owner and direction (PATCH /api/measures/:id). */
  canEdit: z.boolean(),
});

export const enterValueSchema = z.object({
  period: z.string().min(1, 'Ange period'),
  sex: z.enum(['K', 'M', 'T'], { message: 'Kön ska vara K, M eller T' }),
  ageBand: z.string().max(40, 'Åldersgruppen får vara högst 40 tecken').optional(),
  area: z.string().max(120, 'Området får vara högst 120 tecken').optional(),
  /** A number, or a string typed by a person in Swedish, Danish or English format ("6,5"). */
  value: z.union([z.number(), z.string().min(1, 'Ange ett värde')]),
  status: z.enum(['preliminary', 'final']).default('preliminary'),
  /** The version of the value the person saw for this period and breakdown (0: none); omitted, nothing is checked. */
  version: z.number().int().min(0).optional(),
});

/** A full-year forecast and its comment at DÅ 04 or DÅ 08. */
export const saveForecastSchema = z.object({
  /** A number, or a string typed in Swedish, Danish or English format ("45 000"); null or "" for none. */
  forecast: z.union([z.number(), z.string().max(40, 'Prognosen får vara högst 40 tecken'), z.null()]),
  comment: z.string().max(MAX_FORECAST_COMMENT, `Kommentaren får vara högst ${MAX_FORECAST_COMMENT} tecken`).default(''),
  /** The version the person saw (0: none yet); omitted, nothing is checked. */
  version: z.number().int().min(0).optional(),
});

const measureParams = z.object({ measureId: idParam });

export const measureEndpoints = defineEndpoints({
  'GET /api/measures/:measureId': {
    tags: ['measures'],
    summary: 'Ett mått med mål, värden och status per period',
    params: measureParams,
    response: measureDetailSchema,
  },
  'PATCH /api/measures/:measureId': {
    tags: ['measures'],
    summary: 'Ändra ett mått: alla fält, mål per år inräknade (If-Match eller version skyddar mot samtidiga ändringar)',
    params: measureParams,
    body: updateMeasureSchema,
    response: measureDetailSchema,
  },
  'PUT /api/measures/:measureId/forecasts/:period': {
    tags: ['measures'],
    summary: 'Lämna prognos för helåret och kommentar vid DÅ 04 eller DÅ 08 (version eller If-Match skyddar mot samtidiga ändringar)',
    params: z.object({ measureId: idParam, period: z.string().min(1) }),
    body: saveForecastSchema,
    response: measureForecastSchema,
  },
  'POST /api/measures/:measureId/values': {
    tags: ['measures'],
    summary: 'Registrera ett värde (ersätter värdet för samma period och uppdelning)',
    params: measureParams,
    body: enterValueSchema,
    response: measureValueSchema,
    status: 201,
  },
  'DELETE /api/measures/:measureId/values/:valueId': {
    tags: ['measures'],
    summary: 'Ta bort ett värde',
    params: measureParams.extend({ valueId: idParam }),
    response: noContent,
    status: 204,
  },
});
