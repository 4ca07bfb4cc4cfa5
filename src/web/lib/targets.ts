import type { MeasureDetail } from '../../shared/api-types';
import type { Sex, Target } from '../../domain/targets/types';
import { reportKindOf, yearOf } from './periods';

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

/** The target that applies to a period: the one for its year, else the next target year, else the last. */
export function targetForPeriod(targets: MeasureDetail['targets'], periodKey: string): MeasureDetail['targets'][number] | null {
  const year = yearOf(periodKey);
  if (targets.length === 0 || year === null) return null;
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((t) => t.year === year) ?? sorted.find((t) => t.year > year) ?? sorted[sorted.length - 1] ?? null;
}

/** Whether the target differs by sex, so that the chart draws one target line per sex. */
export function isPerSex(target: Target): boolean {
  if (target.kind === 'per-sex') return true;
  if (target.kind === 'per-report-period') return Object.values(target.targets).some((t) => t && isPerSex(t));
  return false;
}
