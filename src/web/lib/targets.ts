import type { MeasureDetail } from '../../shared/api-types';
import type { Sex, Target } from '../../domain/targets/types';
import { selectTarget } from '../../domain/fulfilment';
import { parsePeriodKey, reportKindOf } from '../../domain/periods';

/**
 * The numeric level a target asks for, for one sex in one period, if the target names one.
 * Directions (`Öka`), comparisons with other series and qualitative targets have no level.
 */
export function targetLevel(target: Target, sex: Sex, periodKey: string): number | null {
  switch (target.kind) {
    case 'level':
      return target.quantity.value;
    case 'fraction':
      return target.numerator;
    case 'per-sex': {
      const own = target.targets[sex];
      return own ? targetLevel(own, sex, periodKey) : null;
    }
    case 'per-report-period': {
      const kind = reportKindOf(periodKey);
      const own = kind ? target.targets[kind] : undefined;
      return own ? targetLevel(own, sex, periodKey) : null;
    }
    default:
      return null;
  }
}

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
