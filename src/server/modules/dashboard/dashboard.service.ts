import type { Db } from '../../../db/client';
import { compareAreas, nodeFulfilment, previousPeriod, statusChanges, trendSeries } from '../../../domain/dashboard';
import { comparePeriodKeys, isPeriodKey } from '../../../domain/periods';
import type { Sex } from '../../../domain/targets/types';
import type { AreaComparisonResponse, Dashboard } from '../../../shared/dashboard-types';
import type { Actor } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { getOrganisation } from '../organisations/organisations.queries';
import { periodLabel, planPeriods, readablePlan, toPlanSummary } from '../plans/plans.service';
import { judgedTrees, perDataVersion, planFacts } from '../plans/judged-trees';
import * as q from './dashboard.queries';

/** How many levels the dashboard counts: perspectives and strategic goals in Norrbotten's model. */
const DASHBOARD_LEVELS = 2;

/**
 * The dashboard of a plan for a period: counts per node of the top two levels, the trend over
 * the plan's periods and the measures whose status changed since the previous period. Every
 * status comes from the scorecard builder, on only the values its judgements read; the number of
 * queries does not grow with the number of measures or values (at most one more per plan period).
 */
export async function getDashboard(db: Db, actor: Actor, planId: number, period?: string): Promise<Dashboard> {
  const plan = await readablePlan(db, actor, planId);
  const periods = planPeriods(plan);
  if (period !== undefined && !periods.includes(period)) {
    throw fieldError('period', `Perioden ${period} hör inte till planen (${periods.join(', ')}).`);
  }
  const [org, facts, withAreas, koladaMeasures] = await Promise.all([
    getOrganisation(db, plan.organisation_id),
    planFacts(db, plan, periods),
    // Reads every value by area of the plan: seconds at national scale.
    perDataVersion(db, plan, 'area-measures', () => q.areaMeasures(db, planId)),
    q.koladaMeasures(db, planId),
  ]);
  const latest = facts.latest;
  const chosen = period ?? latest ?? periods[0]!;
  // The trend runs from the plan's first period to the chosen one or the latest with values, whichever is later.
  const lastShown = [chosen, ...(latest ? [latest] : [])].sort(comparePeriodKeys).at(-1)!;
  const trendPeriods = periods.filter((p) => comparePeriodKeys(p, lastShown) <= 0);
  const previous = previousPeriod(periods, chosen);
  const shown = [...trendPeriods, chosen, ...(previous ? [previous] : [])];
  const model = org!.definition;
  const built = await judgedTrees(db, plan, model, shown);
  const treeAt = (p: string) => built[shown.indexOf(p)]!;

  return {
    plan: toPlanSummary(plan),
    period: chosen,
    periodLabel: periodLabel(chosen),
    previousPeriod: previous ? { key: previous, label: periodLabel(previous) } : null,
    periods: periods.map((key) => ({ key, label: periodLabel(key) })),
    levels: model.levels.slice(0, DASHBOARD_LEVELS).map((l) => ({ key: l.key, name: l.name, plural: l.plural })),
    nodes: nodeFulfilment(treeAt(chosen), DASHBOARD_LEVELS),
    trend: trendSeries(trendPeriods.map((p) => ({ period: p, tree: treeAt(p) }))).map((t) => ({ ...t, label: periodLabel(t.period) })),
    changes: previous ? statusChanges(treeAt(previous), treeAt(chosen)) : [],
    areaMeasures: withAreas.map((m) => ({ id: m.id, name: m.name, unit: m.unit, periods: m.periods })),
    koladaMeasures,
  };
}

const SEX_ORDER: Sex[] = ['T', 'K', 'M'];

/**
 * One measure compared across org units: its values by area for a period and sex, ranked, with
 * the whole region's value beside them. Without a period, the latest that has values by area;
 * without a sex, the whole population when it has area values, else the first sex that has.
 */
export async function getAreaComparison(db: Db, actor: Actor, measureId: number, input: { period?: string; sex?: Sex }): Promise<AreaComparisonResponse> {
  const m = await q.getMeasure(db, measureId);
  if (!m) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
  await readablePlan(db, actor, m.plan_id);
  if (input.period !== undefined && !isPeriodKey(input.period)) throw fieldError('period', `Okänd period "${input.period}".`);
  const rows = await q.measureAreaValues(db, measureId);
  const areaPeriods = [...new Set(rows.filter((r) => r.area !== '').map((r) => r.period))].sort(comparePeriodKeys).reverse();
  const period = input.period ?? areaPeriods[0];
  if (!period) throw new AppError('not-found', `Måttet ${measureId} har inga värden per område.`);
  const inPeriod = rows.filter((r) => r.period === period);
  const sexes = SEX_ORDER.filter((s) => inPeriod.some((r) => r.sex === s && r.area !== ''));
  const sex = input.sex ?? sexes[0] ?? 'T';
  const comparison = compareAreas(
    inPeriod.map((r) => ({ sex: r.sex, ageBand: null, area: r.area || null, value: r.value })),
    sex,
    m.better_direction,
  );
  return {
    ...comparison,
    measureId,
    name: m.name,
    unit: m.unit,
    betterDirection: m.better_direction,
    period,
    periodLabel: periodLabel(period),
    periods: areaPeriods.map((key) => ({ key, label: periodLabel(key) })),
    sexes,
  };
}
