import type { Db } from '../../../db/client';
import { LANGS, type Localized } from '../../../domain/i18n/lang';
import { formatPeriod, reportPeriodsForYears } from '../../../domain/periods';
import { buildScorecard } from '../../../domain/scorecard/build-scorecard';
import type { Assignment, PlanSummary, Scorecard } from '../../../shared/api-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { getOrganisation } from '../organisations/organisations.queries';
import * as q from './plans.queries';
import { latestPeriodWithValues, scorecardMeasureInputs, scorecardNodeInputs, valuesJudged } from './scorecard-inputs';
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
  const values = await valuesJudged(db, measures, [chosen]);
  const tree = buildScorecard(
    org.definition,
    chosen,
    scorecardNodeInputs(nodes),
    scorecardMeasureInputs(measures, (m) => can(actor, 'value:enter', { organisationId: plan.organisation_id, ownerUserId: m.owner_user_id })),
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
