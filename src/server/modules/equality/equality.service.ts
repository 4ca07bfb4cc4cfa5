import type { Db } from '../../../db/client';
import {
  analyseMeasure,
  type BreakdownPoint,
  DEFAULT_THRESHOLDS,
  type EqualityThresholds,
  gapTrend,
  type PeriodEquality,
} from '../../../domain/equality';
import { comparePeriodKeys, isPeriodKey } from '../../../domain/periods';
import type {
  EqualityThresholdsView,
  LabelledPeriodEquality,
  MeasureEquality,
  PlanEquality,
  PlanEqualityMeasure,
  UpdateEqualityThresholdsRequest,
} from '../../../shared/equality-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { periodLabel, planPeriods, readablePlan, toPlanSummary } from '../plans/plans.service';
import * as q from './equality.queries';

/** Groups breakdown rows into one series (period -> points) per measure. */
function seriesOf(rows: q.BreakdownValueRow[]): Map<number, Map<string, BreakdownPoint[]>> {
  const out = new Map<number, Map<string, BreakdownPoint[]>>();
  for (const r of rows) {
    let s = out.get(r.measure_id);
    if (!s) out.set(r.measure_id, (s = new Map()));
    const points = s.get(r.period) ?? [];
    points.push({ sex: r.sex, ageBand: r.age_band || null, area: r.area || null, value: r.value });
    s.set(r.period, points);
  }
  return out;
}

async function thresholdsOf(db: Db, planId: number): Promise<{ thresholds: EqualityThresholds; isDefault: boolean }> {
  const row = await q.getThresholds(db, planId);
  if (!row) return { thresholds: DEFAULT_THRESHOLDS, isDefault: true };
  return { thresholds: { relativeGap: row.relative_gap, absolutePoints: row.absolute_points }, isDefault: false };
}

function view(t: { thresholds: EqualityThresholds; isDefault: boolean }, canEdit: boolean): EqualityThresholdsView {
  return { ...t.thresholds, isDefault: t.isDefault, canEdit };
}

const labelled = (p: PeriodEquality): LabelledPeriodEquality => ({ ...p, label: periodLabel(p.period) });

/**
 * The plan-wide equality view: every measure with breakdowns, analysed for the chosen period,
 * or for its own latest period with breakdowns when none is chosen. Two queries for the whole plan.
 */
export async function getPlanEquality(db: Db, actor: Actor, planId: number, period?: string): Promise<PlanEquality> {
  const plan = await readablePlan(db, actor, planId);
  if (period !== undefined && !isPeriodKey(period)) throw fieldError('period', `Okänd period "${period}". Använd t.ex. 2022-DÅ04, 2022-DÅ08 eller 2022.`);
  const [measures, values, t] = await Promise.all([q.planMeasures(db, planId), q.planBreakdownValues(db, planId), thresholdsOf(db, planId)]);
  const series = seriesOf(values);
  const rows: PlanEqualityMeasure[] = [];
  for (const m of measures) {
    const s = series.get(m.id);
    if (!s) continue;
    const periods = analyseMeasure(s, m.better_direction, m.unit, t.thresholds);
    const shown = period === undefined ? periods.at(-1) : periods.find((p) => p.period === period);
    if (!shown) continue;
    // The trend looks only at periods up to the one shown, so that an old period is not judged by later data.
    const upTo = periods.filter((p) => comparePeriodKeys(p.period, shown.period) <= 0);
    rows.push({
      measureId: m.id,
      name: m.name,
      nodeTitle: m.node_title,
      unit: m.unit,
      betterDirection: m.better_direction,
      analysis: labelled(shown),
      trend: gapTrend(upTo),
      flagged: shown.flags.length > 0,
    });
  }
  const withData = [...new Set(values.map((v) => v.period))];
  const periodKeys = [...new Set([...planPeriods(plan), ...withData])].filter(isPeriodKey).sort(comparePeriodKeys);
  return {
    plan: toPlanSummary(plan),
    thresholds: view(t, can(actor, 'plan:edit', { organisationId: plan.organisation_id })),
    period: period ?? null,
    periods: periodKeys.map((key) => ({ key, label: periodLabel(key) })),
    measures: rows,
  };
}

/** One measure's gaps per period, for the panel on its page. */
export async function getMeasureEquality(db: Db, actor: Actor, measureId: number): Promise<MeasureEquality> {
  const m = await q.getMeasure(db, measureId);
  if (!m) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
  const plan = await readablePlan(db, actor, m.plan_id);
  const [values, t] = await Promise.all([q.measureBreakdownValues(db, measureId), thresholdsOf(db, plan.id)]);
  const periods = analyseMeasure(seriesOf(values).get(measureId) ?? new Map(), m.better_direction, m.unit, t.thresholds);
  return {
    measureId,
    unit: m.unit,
    betterDirection: m.better_direction,
    thresholds: view(t, can(actor, 'plan:edit', { organisationId: plan.organisation_id })),
    periods: periods.map(labelled),
    trend: gapTrend(periods),
    flagged: (periods.at(-1)?.flags.length ?? 0) > 0,
  };
}

/** Sets when the plan's gaps are flagged. Editors and admins only. */
export async function setEqualityThresholds(db: Db, actor: Actor, planId: number, input: UpdateEqualityThresholdsRequest): Promise<EqualityThresholdsView> {
  const plan = await readablePlan(db, actor, planId);
  authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
  await db.transaction((tx) => q.saveThresholds(tx, planId, { relative_gap: input.relativeGap, absolute_points: input.absolutePoints }, actor.id));
  return view({ thresholds: { relativeGap: input.relativeGap, absolutePoints: input.absolutePoints }, isDefault: false }, true);
}
