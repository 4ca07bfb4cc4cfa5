import type { Series } from '../../../domain/scorecard/measure-status';
import type { TotalValueRow } from './plans.queries';

/** Groups whole-population value rows into one series (period -> points) per measure. */
export function seriesByMeasure(values: TotalValueRow[]): Map<number, Series> {
  const out = new Map<number, Series>();
  for (const v of values) {
    let series = out.get(v.measure_id);
    if (!series) out.set(v.measure_id, (series = new Map()));
    const points = series.get(v.period) ?? [];
    points.push({ sex: v.sex, ageBand: null, area: null, value: v.value, source: v.source });
    series.set(v.period, points);
  }
  return out;
}
