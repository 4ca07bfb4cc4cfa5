/** Response shapes of the dashboard API (/api/plans/:id/dashboard, /api/measures/:id/area-comparison). */
import type { Localized } from '../domain/i18n/lang';
import type { AreaComparison, NodeFulfilment, StatusChange, TrendPoint } from '../domain/dashboard';
import type { Sex } from '../domain/targets/types';
import type { PlanSummary } from './api-types';

export type { AreaComparison, NodeFulfilment, RankedArea, StatusChange, StatusCounts, TrendPoint } from '../domain/dashboard';

export interface Dashboard {
  plan: PlanSummary;
  period: string;
  periodLabel: Localized;
  /** The plan period before `period`, which `changes` compare with; null for the first. */
  previousPeriod: { key: string; label: Localized } | null;
  periods: { key: string; label: Localized }[];
  /** The model's names of the levels in `nodes` (depth 0, 1): Perspektiv, Strategiskt mål. */
  levels: { key: string; name: Localized; plural: Localized }[];
  nodes: NodeFulfilment[];
  /** From the plan's first period up to the later of `period` and the latest period with values. */
  trend: (TrendPoint & { label: Localized })[];
  changes: StatusChange[];
  /** Measures that have values by area, for the comparison across org units. */
  areaMeasures: { id: number; name: string; unit: string | null; periods: string[] }[];
  /** Measures linked to a Kolada KPI, in plan order, for the comparison across the 21 regions. */
  koladaMeasures: { id: number; name: string; kpi: string }[];
}

export interface AreaComparisonResponse extends AreaComparison {
  measureId: number;
  name: string;
  unit: string | null;
  betterDirection: 'increase' | 'decrease' | null;
  period: string;
  periodLabel: Localized;
  /** Periods that have values by area, newest first. */
  periods: { key: string; label: Localized }[];
  /** Sexes that have values by area in the period. */
  sexes: Sex[];
}
