import { comparePeriodKeys, isPeriodKey, reportPeriodsForYears } from '../periods';
import type { Target } from '../targets/types';

/** Years before the plan whose values a measure may be compared with ("jmf 2020", the same period last year). */
const YEARS_BEFORE_PLAN = 3;

/**
 * The periods a person may enter a value for: the plan's follow-up periods, the same periods
 * of the years before the plan (for comparisons with earlier years), and every period a
 * target names (`Öka utifrån 202012` needs a value for December 2020).
 */
export function entryPeriods(startYear: number, endYear: number, targets: Target[]): string[] {
  const keys = new Set(reportPeriodsForYears(startYear - YEARS_BEFORE_PLAN, endYear));
  for (const t of targets) for (const key of namedPeriods(t)) if (isPeriodKey(key)) keys.add(key);
  return [...keys].sort(comparePeriodKeys).reverse();
}

function namedPeriods(t: Target): string[] {
  switch (t.kind) {
    case 'direction':
    case 'relative-change':
    case 'same-as':
    case 'gap':
    case 'benchmark':
      return t.reference.type === 'period' ? [t.reference.period] : [];
    case 'per-sex':
    case 'per-report-period':
      return Object.values(t.targets).flatMap((inner) => (inner ? namedPeriods(inner) : []));
    default:
      return [];
  }
}
