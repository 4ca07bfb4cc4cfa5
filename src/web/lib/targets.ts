import type { MeasureDetail } from '../../shared/api-types';
import type { Target } from '../../domain/targets/types';
import { selectTarget } from '../../domain/fulfilment';
import { parsePeriodKey } from '../../domain/periods';

export { targetLevel } from '../../domain/targets/target-level';

/** The target that applies to a period, chosen as the server judges it (src/domain/fulfilment/select-target). */
export function targetForPeriod(targets: MeasureDetail['targets'], periodKey: string): MeasureDetail['targets'][number] | null {
  const year = parsePeriodKey(periodKey)?.year;
  if (year === undefined) return null;
  const chosen = selectTarget(targets, year);
  return chosen ? (targets.find((t) => t.year === chosen.year) ?? null) : null;
}

/** Whether the target differs by sex, so that the chart draws one target line per sex. */
export function isPerSex(target: Target): boolean {
  if (target.kind === 'per-sex') return true;
  if (target.kind === 'per-report-period') return Object.values(target.targets).some((t) => t && isPerSex(t));
  return false;
}
