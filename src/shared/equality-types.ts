/** Response shapes of the equality analysis API (/api/plans/:id/equality, /api/measures/:id/equality). */
import type { Localized } from '../domain/i18n/lang';
import type { EqualityThresholds, GapTrend, PeriodEquality } from '../domain/equality';
import type { PlanSummary } from './api-types';

export type { EqualityFlag, EqualityThresholds, GapChange, GapTrend, PeriodEquality, SexGap, Spread } from '../domain/equality';

/** A plan's thresholds as they apply, whether the plan set them, and whether the reader may change them. */
export interface EqualityThresholdsView extends EqualityThresholds {
  isDefault: boolean;
  canEdit: boolean;
}

/** One period's analysis with the period's name. */
export type LabelledPeriodEquality = PeriodEquality & { label: Localized };

/** The equality panel of a measure: every period with breakdowns, oldest first, and the gaps' trend. */
export interface MeasureEquality {
  measureId: number;
  unit: string | null;
  betterDirection: 'increase' | 'decrease' | null;
  thresholds: EqualityThresholdsView;
  periods: LabelledPeriodEquality[];
  trend: GapTrend;
  /** Whether the latest analysed period has a gap over a threshold. */
  flagged: boolean;
}

/** One measure in the plan-wide equality view: the analysis of the chosen (or latest) period. */
export interface PlanEqualityMeasure {
  measureId: number;
  name: string;
  /** The node the measure hangs on (a success factor in Norrbotten's model). */
  nodeTitle: string;
  unit: string | null;
  betterDirection: 'increase' | 'decrease' | null;
  analysis: LabelledPeriodEquality;
  trend: GapTrend;
  flagged: boolean;
}

export interface PlanEquality {
  plan: PlanSummary;
  thresholds: EqualityThresholdsView;
  /** The period asked for; null = each measure's latest period with breakdowns. */
  period: string | null;
  periods: { key: string; label: Localized }[];
  measures: PlanEqualityMeasure[];
}

export interface UpdateEqualityThresholdsRequest {
  /** 0.1 = 10 %. */
  relativeGap: number;
  absolutePoints: number | null;
}
