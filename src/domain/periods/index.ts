/** Period keys, the delår reporting cycle and the nature of period values. */
export {
  comparePeriodKeys,
  formatPeriod,
  isPeriodKey,
  parsePeriodKey,
  periodEnd,
  periodStart,
  reportKindOf,
  samePeriodPreviousYear,
  toPeriodKey,
} from './period';
export type { ParsedPeriod, PeriodKind, PeriodLabel } from './period';
export { localIsoDate, periodHasEnded } from './local-date';
export { REPORT_KINDS, parseReportingPeriods, reportPeriodKey, reportPeriodsForYears } from './reporting-periods';
export { VALUE_NATURES, VALUE_NATURE_EXPLANATION, explainValueNature } from './value-nature';
export type { ValueNature } from './value-nature';
export { parseWrittenPeriod } from './written-period';
