/**
 * Forecasts as the scorecard, the follow-up report and the Excel export show them: each with the
 * statement whether it meets the year's target (domain/scorecard/forecast-status.ts), judged on
 * the same values as the measure's own status.
 */
import type { Db } from '../../../db/client';
import { LANGS, type Localized } from '../../../domain/i18n/lang';
import { formatQuantity } from '../../../domain/numbers';
import { forecastStatus, forecastYearKey, isForecastPeriod } from '../../../domain/scorecard/forecast-status';
import { parseMeasure } from '../../../domain/scorecard/measure-status';
import type { Unit } from '../../../domain/targets/types';
import type { ScorecardNode } from '../../../shared/api-types';
import type { MeasureForecast } from '../../../shared/forecast-types';
import * as pq from '../plans/plans.queries';
import { judgingData } from '../plans/scorecard-inputs';
import { seriesByMeasure } from '../plans/series';
import * as q from './forecasts.queries';

/** The forecasts of `plan`'s measures for `period` (DÅ 04 or DÅ 08; none for other periods), by measure id. */
export async function judgedForecasts(db: Db, plan: pq.PlanRow, period: string, only?: number[]): Promise<Map<number, MeasureForecast>> {
  if (!isForecastPeriod(period)) return new Map();
  const rows = (await q.planForecasts(db, plan.id, period)).filter((r) => !only || only.includes(r.measure_id));
  if (rows.length === 0) return new Map();
  const measures = await pq.planMeasuresByIds(db, plan.id, rows.map((r) => r.measure_id));
  const yearKey = forecastYearKey(period);
  const { values, benchmarks } = await judgingData(db, measures, [yearKey]);
  const series = seriesByMeasure(values);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const out = new Map<number, MeasureForecast>();
  for (const r of rows) {
    const m = byId.get(r.measure_id);
    if (!m) continue;
    const parsed = parseMeasure({ name: m.name, baselineText: m.baseline_text, targets: m.targets, betterDirection: m.better_direction, unit: m.unit, valueNature: m.value_nature });
    const bench = benchmarks.get(m.id);
    const forecast = r.forecast === null ? null : Number(r.forecast);
    out.set(m.id, {
      measureId: m.id,
      period: r.period,
      forecast,
      forecastText: forecast === null ? null : (Object.fromEntries(LANGS.map((l) => [l, formatQuantity({ value: forecast, unit: m.unit as Unit }, l)])) as Localized),
      comment: r.comment,
      status:
        forecast === null
          ? null
          : forecastStatus(parsed, series.get(m.id) ?? new Map(), period, forecast, {
              ...(bench && bench.size > 0 ? { benchmarks: bench } : {}),
              planYears: { from: plan.start_year, to: plan.end_year },
              targetBetweenYears: plan.target_between_years,
            }),
      version: r.version,
      enteredBy: r.entered_by,
      enteredAt: r.entered_at,
    });
  }
  return out;
}

/** A judged tree with each measure's forecast set (the tree is shared and frozen: this copies what it changes). */
export function withForecasts(tree: readonly ScorecardNode[], forecasts: Map<number, MeasureForecast>): ScorecardNode[] {
  if (forecasts.size === 0) return tree as ScorecardNode[];
  return tree.map((n) => ({
    ...n,
    measures: n.measures.map((m) => {
      const f = forecasts.get(m.id);
      return f ? { ...m, forecast: f } : m;
    }),
    children: withForecasts(n.children, forecasts),
  }));
}
