/** Goal fulfilment: the status of a measure against its target, and the roll-up to nodes above. */
export { evaluateMeasure, combineStatuses } from './evaluate-measure';
export { selectTarget } from './select-target';
export type { YearTarget } from './select-target';
export { countStatuses, rollUp, rollUpCounts } from './rollup';
export type { RollupResult } from './rollup';
export { statusLabel, statusPhrase } from './explain';
export { BENCHMARK_TOLERANCE } from './rules';
export { FULFILMENT_STATUSES } from './types';
export type {
  BetterDirection,
  EvaluateMeasureInput,
  FulfilmentRule,
  FulfilmentStatus,
  MeasureEvaluation,
  ObservedValue,
  ReferenceSource,
  ReferenceValue,
  ValuePoint,
} from './types';
