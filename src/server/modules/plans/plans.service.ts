import type { Db } from '../../../db/client';
import { LANGS, type Localized } from '../../../domain/i18n/lang';
import { comparePeriodKeys, formatPeriod, reportPeriodsForYears } from '../../../domain/periods';
import { periodsRead } from '../../../domain/fulfilment/periods-read';
import { closingMonth } from '../../../domain/periods/derive-report-values';
import { buildScorecard } from '../../../domain/scorecard/build-scorecard';
import { parseMeasure } from '../../../domain/scorecard/measure-status';
import type { Assignment, PlanSummary, Scorecard } from '../../../shared/api-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { getOrganisation } from '../organisations/organisations.queries';
import * as q from './plans.queries';
import { seriesByMeasure } from './series';

export function toPlanSummary(p: q.PlanRow): PlanSummary {
  return { id: p.id, organisationId: p.organisation_id, title: p.title, startYear: p.start_year, endYear: p.end_year, targetYears: p.target_years };
}

/** A period key's label in every language. */
export function periodLabel(key: string): Localized {
  return Object.fromEntries(LANGS.map((l) => [l, formatPeriod(key, l).long])) as Localized;
}

/** The plan's follow-up periods (DÅ 04, DÅ 08, ÅR for each plan year). */
export function planPeriods(plan: q.PlanRow): string[] {
  return reportPeriodsForYears(plan.start_year, plan.end_year);
}

/** The plan's assignments (uppdrag) in document order. */
export async function getAssignments(db: Db, actor: Actor, planId: number): Promise<Assignment[]> {
  await readablePlan(db, actor, planId);
  return q.planAssignments(db, planId);
}

/** Loads a plan the actor may read, or throws 404/403. */
export async function readablePlan(db: Db, actor: Actor, planId: number): Promise<q.PlanRow> {
  const plan = await q.getPlan(db, planId);
  if (!plan) throw new AppError('not-found', `Planen ${planId} finns inte.`);
  authorize(actor, 'plan:read', { organisationId: plan.organisation_id });
  return plan;
}

/** The latest of the plan's periods that has any value (a state's or cumulative closing month counts), or null. */
async function latestPeriodWithValues(db: Db, planId: number, periods: string[]): Promise<string | null> {
  // Newest first: the answer is usually the current or previous report, found in a query or two.
  for (const p of [...periods].sort(comparePeriodKeys).reverse()) {
    if (await q.hasValuesFor(db, planId, p, closingMonth(p))) return p;
  }
  return null;
}

/** The whole-population values that judging every measure of the plan in `period` reads, and no others. */
async function valuesJudged(db: Db, measures: q.MeasureRow[], period: string): Promise<q.ValueRow[]> {
  const wanted = { measureIds: [] as number[], periods: [] as string[] };
  const allPeriodsOf: number[] = [];
  for (const m of measures) {
    const parsed = parseMeasure({ baselineText: m.baseline_text, targets: m.targets, betterDirection: m.better_direction, unit: m.unit });
    const read = periodsRead(parsed.baseline, parsed.targets, period);
    if (read.earlierOfSameKind) allPeriodsOf.push(m.id);
    else for (const key of read.keys) wanted.measureIds.push(m.id), wanted.periods.push(key);
  }
  return q.planTotalValues(db, wanted, allPeriodsOf);
}

/** The whole plan with statuses for one period; without a period, the latest period that has values. */
export async function getScorecard(db: Db, actor: Actor, planId: number, period?: string): Promise<Scorecard> {
  const plan = await readablePlan(db, actor, planId);
  const org = (await getOrganisation(db, plan.organisation_id))!;
  const periods = planPeriods(plan);
  if (period !== undefined && !periods.includes(period)) {
    throw fieldError('period', `Perioden ${period} hör inte till planen (${periods.join(', ')}).`);
  }
  const [nodes, measures] = await Promise.all([q.planNodes(db, planId), q.planMeasures(db, planId)]);
  const chosen = period ?? (await latestPeriodWithValues(db, planId, periods)) ?? periods[0]!;
  const values = await valuesJudged(db, measures, chosen);
  const tree = buildScorecard(
    org.definition,
    chosen,
    nodes.map((n) => ({
      id: n.id,
      parentId: n.parent_id,
      levelKey: n.level_key,
      title: n.title,
      description: n.description,
      longTermGoals: n.long_term_goals,
      bodies: n.bodies,
    })),
    measures.map((m) => ({
      id: m.id,
      nodeId: m.node_id,
      name: m.name,
      kindKey: m.kind_key,
      baselineText: m.baseline_text,
      targets: m.targets,
      betterDirection: m.better_direction,
      unit: m.unit,
      valueNature: m.value_nature,
      reportingPeriods: m.reporting_periods,
      canEnterValues: can(actor, 'value:enter', { organisationId: plan.organisation_id, ownerUserId: m.owner_user_id }),
    })),
    seriesByMeasure(values),
  );
  return {
    plan: toPlanSummary(plan),
    vision: plan.vision,
    period: chosen,
    periods: periods.map((key) => ({ key, label: periodLabel(key) })),
    model: org.definition,
    nodes: tree,
  };
}
