/** Dashboards: fulfilment counts per node and period, trends, changed statuses, one measure across areas. */
export { emptyCounts, isImprovement, nodeFulfilment, planCounts, previousPeriod, statusChanges, trendSeries } from './fulfilment-summary';
export type { NodeFulfilment, StatusChange, StatusCounts, TrendPoint } from './fulfilment-summary';
export { compareAreas } from './area-comparison';
export type { AreaComparison, AreaPoint, RankedArea } from './area-comparison';
