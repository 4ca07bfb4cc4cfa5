/**
 * Which periods of a series judging one period can look at. The scorecard of a national-scale
 * plan cannot load every value of 2 000 measures for ten years on each request; it loads what
 * these functions name. They mirror references.ts, and a property test holds them to it: an
 * evaluation on the full series equals the evaluation on the periods named here.
 */
import { closingMonth } from '../periods/derive-report-values';
import { parsePeriodKey, samePeriodPreviousYear } from '../periods/period';
import type { Baseline, Reference, Target } from '../targets/types';
import { baselinePeriodKey } from './references';
import { averagedPeriods } from './rules-more';
import type { YearTarget } from './select-target';

/**
 * What one evaluation may read: exact keys and, for "Tidigare mätning", every earlier period of
 * the judged kind: the keys of a year before `beforeYear` that end in one of `suffixes` (what
 * follows the year: `-DÅ04` and its closing month's `-04`; for a year report, `` and `-12`).
 * Keys are described this way so the database can select them (plans.queries planTotalValues).
 */
export interface PeriodsRead {
  keys: Set<string>;
  earlier: { beforeYear: number; suffixes: string[] } | null;
}

function references(t: Target, out: Reference[]): Reference[] {
  switch (t.kind) {
    case 'direction':
    case 'relative-change':
    case 'absolute-change':
    case 'same-as':
    case 'gap':
    case 'benchmark':
      out.push(t.reference);
      break;
    case 'per-sex':
    case 'per-report-period':
      for (const sub of Object.values(t.targets)) if (sub) references(sub, out);
      break;
    case 'compound':
      for (const part of t.parts) references(part, out);
      break;
    case 'average':
      references(t.target, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * The periods that judging `period` against any of the measure's targets may read, each with
 * the closing month a delår or year report can be derived from (derive-report-values.ts).
 */
export function periodsRead(baseline: Baseline, targets: readonly YearTarget[], period: string): PeriodsRead {
  const keys = new Set<string>([period]);
  const previous = samePeriodPreviousYear(period);
  // The baseline is read by level targets (partly met = better than the baseline) as well as by references to it.
  if (previous) keys.add(previous);
  if (baseline.kind === 'reference-period') {
    const key = baselinePeriodKey(baseline.year, baseline.subPeriod);
    if (key) keys.add(key);
  }
  for (const t of targets) {
    for (const r of references(t.target, [])) if (r.type === 'period') keys.add(r.period);
    for (const key of averaged(t.target, period)) keys.add(key);
  }
  for (const k of [...keys]) {
    const month = closingMonth(k);
    if (month) keys.add(month);
  }
  return { keys, earlier: baseline.kind === 'previous-measurement' ? earlierOfSameKind(period) : null };
}

/** The periods an average over named years reads (an average over the plan period needs the plan's years, which come with the input). */
function averaged(t: Target, period: string): string[] {
  if (t.kind === 'average') return averagedPeriods(t.over, period) ?? [];
  if (t.kind === 'compound') return t.parts.flatMap((p) => averaged(p, period));
  return [];
}

/** Every earlier period of the same kind as `period` (`2022-DÅ04`: `2021-DÅ04`, `2020-DÅ04`, …), with the closing months they may be read off. */
function earlierOfSameKind(period: string): PeriodsRead['earlier'] {
  const suffix = period.slice(4);
  const closing = closingMonth(period);
  return { beforeYear: Number(period.slice(0, 4)), suffixes: closing ? [suffix, closing.slice(4)] : [suffix] };
}

/** Whether a series key is one an evaluation described by `read` may look at. */
export function isRead(read: PeriodsRead, key: string): boolean {
  if (read.keys.has(key)) return true;
  if (!read.earlier) return false;
  const p = parsePeriodKey(key);
  return p !== null && p.year < read.earlier.beforeYear && read.earlier.suffixes.includes(key.slice(4));
}
