/** Response shapes of the equality analysis API (/api/plans/:id/equality, /api/measures/:id/equality); their schemas: contracts/equality.ts. */
import type { z } from 'zod';
import type {
  equalityThresholdsViewSchema,
  labelledPeriodEqualitySchema,
  measureEqualitySchema,
  planEqualityMeasureSchema,
  planEqualitySchema,
  updateEqualityThresholdsSchema,
} from './contracts/equality';

export type { EqualityFlag, EqualityThresholds, GapChange, GapTrend, PeriodEquality, SexGap, Spread } from '../domain/equality';

/** A plan's thresholds as they apply, whether the plan set them, and whether the reader may change them. */
export type EqualityThresholdsView = z.infer<typeof equalityThresholdsViewSchema>;

/** One period's analysis with the period's name. */
export type LabelledPeriodEquality = z.infer<typeof labelledPeriodEqualitySchema>;

/** The equality panel of a measure: every period with breakdowns, oldest first, and the gaps' trend. */
export type MeasureEquality = z.infer<typeof measureEqualitySchema>;

/** One measure in the plan-wide equality view: the analysis of the chosen (or latest) period. */
export type PlanEqualityMeasure = z.infer<typeof planEqualityMeasureSchema>;

export type PlanEquality = z.infer<typeof planEqualitySchema>;

export type UpdateEqualityThresholdsRequest = z.infer<typeof updateEqualityThresholdsSchema>;
