/** Public surface of the targets module: understanding and describing baselines and targets. */
export type {
  Baseline,
  BaselinePoint,
  Quantity,
  Reference,
  ReportKind,
  Sex,
  Target,
  Unit,
} from './types';
export { parseTarget } from './parse-target';
export { parseBaseline } from './parse-baseline';
export { describeBaseline, describeTarget } from './describe';
export { parsePeriodKey } from './text';
