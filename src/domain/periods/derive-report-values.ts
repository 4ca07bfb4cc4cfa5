/**
 * Report values from monthly ones. Regions often load monthly series (Datalager exports one
 * row per month), while plans are followed up per delår (DÅ 04, DÅ 08) and year. For a value
 * that is a state at a date, or a flow accumulated from 1 January, the report's value *is*
 * the value of its closing month: April for DÅ 04, August for DÅ 08, December for the year.
 * A flow per period cannot be read off one month (it is a sum, and only for additive units),
 * so nothing is derived for flows.
 */
import { parsePeriodKey } from './period';
import type { ValueNature } from './value-nature';

/** The month whose value a delår or year report takes for state and cumulative values (`2022-DÅ08` -> `2022-08`); null otherwise. */
export function closingMonth(key: string): string | null {
  const p = parsePeriodKey(key);
  if (!p) return null;
  if (p.kind === 'year') return `${p.year}-12`;
  if (p.kind === 'delar') return `${p.year}-${p.n === 4 ? '04' : '08'}`;
  return null;
}

/** Whether report values are read off closing months for values of this nature. */
export const derivesFromClosingMonth = (nature: ValueNature): boolean => nature !== 'flow';

/** The report keys (`YYYY-DÅ04`, `YYYY-DÅ08`, `YYYY`) whose value a month key stands for; empty for other months. */
function reportKeysClosedBy(key: string): string[] {
  const p = parsePeriodKey(key);
  if (p?.kind !== 'month') return [];
  if (p.n === 4) return [`${p.year}-DÅ04`];
  if (p.n === 8) return [`${p.year}-DÅ08`];
  if (p.n === 12) return [String(p.year)];
  return [];
}

/**
 * The series with every delår and year report that has no value of its own filled from its
 * closing month, for state and cumulative values. Values entered for the report itself always
 * win. Returns the same map when there is nothing to derive.
 */
export function withReportValues<P>(series: Map<string, P[]>, nature: ValueNature): Map<string, P[]> {
  if (!derivesFromClosingMonth(nature)) return series;
  let out: Map<string, P[]> | null = null;
  for (const [key, points] of series) {
    for (const report of reportKeysClosedBy(key)) {
      if (series.has(report)) continue;
      out ??= new Map(series);
      out.set(report, points);
    }
  }
  return out ?? series;
}
