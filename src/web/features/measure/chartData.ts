import type { Sex } from '../../../domain/targets/types';
import type { MeasureDetail, MeasureValue } from '../../../shared/api-types';
import { sortPeriods } from '../../lib/periods';
import { isPerSex, targetForPeriod, targetLevel } from '../../lib/targets';

export const SEXES: Sex[] = ['K', 'M', 'T'];

/**
 * Whether a value is for the whole population: no age band and no area. Only these values are
 * judged for goal fulfilment (as the server does) and drawn in the chart; breakdowns are in the table.
 */
export function isWholePopulation(v: Pick<MeasureValue, 'ageBand' | 'area'>): boolean {
  return v.ageBand.trim() === '' && v.area.trim() === '';
}

export interface ChartSeries {
  sex: Sex;
  points: { period: string; value: number }[];
}

export interface TargetSegment {
  sex: Sex | null;
  period: string;
  value: number;
}

export interface ChartData {
  periods: string[];
  series: ChartSeries[];
  targets: TargetSegment[];
}

/** Whole-population values per sex over the periods, and the target level per period where the target names one. */
export function buildChartData(measure: MeasureDetail): ChartData {
  const values = measure.values.filter(isWholePopulation);
  const periods = sortPeriods([...values.map((v) => v.period), ...measure.fulfilment.map((f) => f.period)]);

  const series: ChartSeries[] = [];
  for (const sex of SEXES) {
    const bySex = new Map<string, number>();
    for (const v of values) if (v.sex === sex && !bySex.has(v.period)) bySex.set(v.period, v.value);
    const points = periods.filter((p) => bySex.has(p)).map((p) => ({ period: p, value: bySex.get(p) as number }));
    if (points.length > 0) series.push({ sex, points });
  }

  const targets: TargetSegment[] = [];
  for (const period of periods) {
    const applying = targetForPeriod(measure.targets, period, measure.targetBetweenYears);
    if (!applying) continue;
    if (isPerSex(applying.target)) {
      for (const sex of SEXES) {
        const value = targetLevel(applying.target, sex, period);
        if (value !== null) targets.push({ sex, period, value });
      }
    } else {
      const value = targetLevel(applying.target, 'T', period);
      if (value !== null) targets.push({ sex: null, period, value });
    }
  }
  return { periods, series, targets };
}

/** Round tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let i = 0; i < 50; i++) {
    const v = Math.round((start + i * step) / step) * step;
    ticks.push(v);
    if (v >= max - step * 1e-9) break;
  }
  return ticks;
}
