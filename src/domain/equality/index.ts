/** Equality analysis (jämlikhet, jämställdhet): gaps by sex, area and age band, thresholds, flags and trends. */
export { gapRatio, sexGap, spread } from './gaps';
export type { Direction, NamedValue, SexGap, Spread } from './gaps';
export { DEFAULT_THRESHOLDS, exceededRules } from './thresholds';
export type { EqualityThresholds, ExceededRule } from './thresholds';
export { analyseMeasure, analysePeriod, gapTrend, hasBreakdowns } from './analyse';
export type { BreakdownPoint, EqualityFlag, GapChange, GapTrend, PeriodEquality } from './analyse';
