import type { MeasureDetail } from '../../shared/api-types';
import type { Target } from '../../domain/targets/types';
import { targetForYear } from '../../domain/fulfilment/target-for-year';
import { parsePeriodKey } from '../../domain/periods';

export { targetLevel } from '../../domain/targets/target-level';

/**
 * The target that applies to a period, chosen as the server judges it
 * (src/domain/fulfilment/target-for-year): the year's own target, else the next target year's or,
 * when the plan asks for a straight line, the level read off the line between the targets around the year.
 */
export function targetForPeriod(
  targets: MeasureDetail['targets'],
  periodKey: string,
  mode: MeasureDetail['targetBetweenYears'] = 'next-target',
): { year: number; target: Target } | null {
  const year = parsePeriodKey(periodKey)?.year;
  if (year === undefined) return null;
  const chosen = targetForYear(targets, year, mode);
  return chosen ? { year: chosen.year, target: chosen.target } : null;
}

/** Whether the target differs by sex, so that the chart draws one target line per sex. */
export function isPerSex(target: Target): boolean {
  if (target.kind === 'per-sex') return true;
  if (target.kind === 'per-report-period') return Object.values(target.targets).some((t) => t && isPerSex(t));
  return false;
}
