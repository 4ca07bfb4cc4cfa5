/** Equality analysis: gaps between women and men, areas and age bands, and the plan's thresholds (src/server/modules/equality). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { idParam, localizedSchema, planParams, sexSchema } from './common';
import { planSummarySchema } from './plans';

const direction = z.enum(['increase', 'decrease']).nullable();

/** The gap between women (K) and men (M) for one measure and period (src/domain/equality/gaps.ts). */
export const sexGapSchema = z.object({
  women: z.number(),
  men: z.number(),
  /** |K − M| in the measure's unit (procentenheter for a measure in %). */
  absolute: z.number(),
  /** K − M: positive when women have the higher value. */
  signed: z.number(),
  /** Larger over smaller (≥ 1); null when a value is zero or the two have different signs. */
  ratio: z.number().nullable(),
  /** ratio − 1: 0,12 means the higher value is 12 % above the lower. */
  relative: z.number().nullable(),
  /** The sex with the worse value given the better direction; null when equal or the direction is unknown. */
  worseOff: z.enum(['K', 'M']).nullable(),
});

const namedValue = z.object({ name: z.string(), value: z.number() });

/** The spread between the lowest and highest of several areas or age bands. */
export const spreadSchema = z.object({
  /** Which sex the values are for (T for the whole population). */
  sex: sexSchema,
  lowest: namedValue,
  highest: namedValue,
  /** How many areas or bands were compared (at least two). */
  count: z.number(),
  absolute: z.number(),
  ratio: z.number().nullable(),
  relative: z.number().nullable(),
  /** The area or band with the worse value given the better direction; null when unknown or all equal. */
  worst: namedValue.nullable(),
});

/** A gap that exceeded a threshold. */
export const equalityFlagSchema = z.object({
  dimension: z.enum(['sex', 'area', 'age']),
  /** For areas and age bands: whose values were compared (T = the whole population). */
  sex: sexSchema.nullable(),
  rules: z.array(z.enum(['relative', 'absolute'])),
});

/** One period's analysis with the period's name. */
export const labelledPeriodEqualitySchema = z.object({
  period: z.string(),
  /** Women against men for the whole population; null without both values. */
  sex: sexGapSchema.nullable(),
  /** Lowest against highest area, once per sex that has at least two areas (T first). */
  areas: z.array(spreadSchema),
  /** Lowest against highest age band, per sex. */
  ageBands: z.array(spreadSchema),
  flags: z.array(equalityFlagSchema),
  label: localizedSchema,
});

const gapChange = z.object({
  fromPeriod: z.string(),
  toPeriod: z.string(),
  from: z.number(),
  to: z.number(),
  /** to − from: negative when the gap narrowed. */
  change: z.number(),
  direction: z.enum(['narrowing', 'widening', 'unchanged']),
});
const since = z.object({ sincePrevious: gapChange.nullable(), sinceFirst: gapChange.nullable() });

/** How the gaps moved: between women and men, and the whole population's area spread (or the first sex that has one). */
export const gapTrendSchema = z.object({ sex: since, area: since });

/** A plan's thresholds as they apply, whether the plan set them, and whether the reader may change them. */
export const equalityThresholdsViewSchema = z.object({
  /** Flag when the higher value is at least this much above the lower: 0.1 = 10 %. */
  relativeGap: z.number(),
  /** For measures in percent: flag a gap of at least this many percentage points; null for the relative rule alone. */
  absolutePoints: z.number().nullable(),
  isDefault: z.boolean(),
  canEdit: z.boolean(),
});

/** The equality panel of a measure: every period with breakdowns, oldest first, and the gaps' trend. */
export const measureEqualitySchema = z.object({
  measureId: z.number(),
  unit: z.string().nullable(),
  betterDirection: direction,
  thresholds: equalityThresholdsViewSchema,
  periods: z.array(labelledPeriodEqualitySchema),
  trend: gapTrendSchema,
  /** Whether the latest analysed period has a gap over a threshold. */
  flagged: z.boolean(),
});

/** One measure in the plan-wide equality view: the analysis of the chosen (or latest) period. */
export const planEqualityMeasureSchema = z.object({
  measureId: z.number(),
  name: z.string(),
  /** The node the measure hangs on (a success factor in Norrbotten's model). */
  nodeTitle: z.string(),
  unit: z.string().nullable(),
  betterDirection: direction,
  analysis: labelledPeriodEqualitySchema,
  trend: gapTrendSchema,
  flagged: z.boolean(),
});

export const planEqualitySchema = z.object({
  plan: planSummarySchema,
  thresholds: equalityThresholdsViewSchema,
  /** The period asked for; null = each measure's latest period with breakdowns. */
  period: z.string().nullable(),
  periods: z.array(z.object({ key: z.string(), label: localizedSchema })),
  measures: z.array(planEqualityMeasureSchema),
});

export const updateEqualityThresholdsSchema = z.object({
  /** 0.1 = 10 %. */
  relativeGap: z
    .number({ message: 'Ange den relativa skillnaden som ett tal, t.ex. 0.1 för 10 %' })
    .min(0, 'Den relativa skillnaden kan inte vara negativ')
    .max(10, 'Den relativa skillnaden får vara högst 1 000 %'),
  absolutePoints: z.number({ message: 'Ange procentenheterna som ett tal' }).min(0, 'Procentenheterna kan inte vara negativa').max(100, 'Högst 100 procentenheter').nullable(),
});

export const equalityEndpoints = defineEndpoints({
  'GET /api/plans/:planId/equality': {
    tags: ['equality'],
    summary: 'Jämlikhetsanalys: skillnader mellan kvinnor och män, områden och åldersgrupper för planens mått',
    params: planParams,
    query: z.object({ period: z.string().optional().describe('Periodnyckel; utan period visas varje måtts senaste period med uppdelade värden') }),
    response: planEqualitySchema,
  },
  'PUT /api/plans/:planId/equality/thresholds': {
    tags: ['equality'],
    summary: 'Ange när en skillnad flaggas (relativ skillnad, och procentenheter för mått i procent)',
    params: planParams,
    body: updateEqualityThresholdsSchema,
    response: equalityThresholdsViewSchema,
  },
  'GET /api/measures/:measureId/equality': {
    tags: ['equality'],
    summary: 'Ett mått: skillnader per period mellan kvinnor och män, områden och åldersgrupper',
    params: z.object({ measureId: idParam }),
    response: measureEqualitySchema,
  },
});
