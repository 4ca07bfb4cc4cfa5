/** The plan's dashboard and the comparison of one measure across org units (src/server/modules/dashboard). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { fulfilmentStatusSchema, idParam, localizedSchema, planParams, sexSchema } from './common';
import { spreadSchema } from './equality';
import { planSummarySchema, statusCountsSchema } from './plans';

const periodOption = z.object({ key: z.string(), label: localizedSchema });

/** One node's roll-up: its status and how many judged measures below it have each status (src/domain/dashboard). */
export const nodeFulfilmentSchema = z.object({
  nodeId: z.number(),
  parentId: z.number().nullable(),
  levelKey: z.string(),
  title: z.string(),
  depth: z.number(),
  status: fulfilmentStatusSchema,
  counts: statusCountsSchema,
});

/** A measure whose status changed since the previous period. */
export const statusChangeSchema = z.object({
  measureId: z.number(),
  name: z.string(),
  /** The titles of the nodes above it, top first. */
  path: z.array(z.string()),
  from: fulfilmentStatusSchema,
  to: fulfilmentStatusSchema,
});

export const dashboardSchema = z.object({
  plan: planSummarySchema,
  period: z.string(),
  periodLabel: localizedSchema,
  /** The plan period before `period`, which `changes` compare with; null for the first. */
  previousPeriod: periodOption.nullable(),
  periods: z.array(periodOption),
  /** The model's names of the levels in `nodes` (depth 0, 1): Perspektiv, Strategiskt mål. */
  levels: z.array(z.object({ key: z.string(), name: localizedSchema, plural: localizedSchema })),
  nodes: z.array(nodeFulfilmentSchema),
  /** From the plan's first period up to the later of `period` and the latest period with values. */
  trend: z.array(
    z.object({
      period: z.string(),
      counts: statusCountsSchema,
      nodes: z.array(z.object({ nodeId: z.number(), status: fulfilmentStatusSchema })),
      label: localizedSchema,
    }),
  ),
  changes: z.array(statusChangeSchema),
  /** Measures that have values by area, for the comparison across org units. */
  areaMeasures: z.array(z.object({ id: z.number(), name: z.string(), unit: z.string().nullable(), periods: z.array(z.string()) })),
  /** Measures linked to a Kolada KPI, in plan order, for the comparison across the 21 regions. */
  koladaMeasures: z.array(z.object({ id: z.number(), name: z.string(), kpi: z.string() })),
});

export const rankedAreaSchema = z.object({
  name: z.string(),
  value: z.number(),
  /** 1 for the best value (or the highest when the better direction is unknown); equal values share a rank. */
  rank: z.number(),
  /** Value minus the whole's value; null without a value for the whole. */
  fromWhole: z.number().nullable(),
});

export const areaComparisonResponseSchema = z.object({
  sex: sexSchema,
  /** The value for the whole region (area ''), when entered. */
  whole: z.number().nullable(),
  areas: z.array(rankedAreaSchema),
  /** How the ranking was ordered. */
  order: z.enum(['best-first', 'highest-first']),
  spread: spreadSchema.nullable(),
  measureId: z.number(),
  name: z.string(),
  unit: z.string().nullable(),
  betterDirection: z.enum(['increase', 'decrease']).nullable(),
  period: z.string(),
  periodLabel: localizedSchema,
  /** Periods that have values by area, newest first. */
  periods: z.array(periodOption),
  /** Sexes that have values by area in the period. */
  sexes: z.array(sexSchema),
});

export const dashboardEndpoints = defineEndpoints({
  'GET /api/plans/:planId/dashboard': {
    tags: ['dashboard'],
    summary: 'Översiktspanel: måluppfyllelse per perspektiv och mål, trend över perioder och mått som bytt status',
    params: planParams,
    query: z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ08; utan period den senaste med värden') }),
    response: dashboardSchema,
  },
  'GET /api/measures/:measureId/area-comparison': {
    tags: ['dashboard'],
    summary: 'Ett mått jämfört mellan områden (organisationsenheter), rangordnat, med helheten',
    params: z.object({ measureId: idParam }),
    query: z.object({
      period: z.string().optional(),
      sex: z.enum(['K', 'M', 'T'], { message: 'Kön ska vara K, M eller T' }).optional(),
    }),
    response: areaComparisonResponseSchema,
  },
});
