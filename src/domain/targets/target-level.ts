import { reportKindOf } from '../periods';
import type { Sex, Target } from './types';

/**
 * The numeric level a target asks for, for one sex in one period, if the target names one.
 * Directions (`Öka`), comparisons with other series and qualitative targets have no level.
 * Used by the measure chart in the web app and the charts of the follow-up report.
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
