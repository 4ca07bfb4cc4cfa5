import type { Db } from '../../../db/client';
import { LANGS, type Localized } from '../../../domain/i18n/lang';
import { formatPeriod, reportPeriodsForYears } from '../../../domain/periods';
import type { Assignment, PlanSummary, Scorecard } from '../../../shared/api-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { getOrganisation } from '../organisations/organisations.queries';
import * as q from './plans.queries';
import { judgedTrees, planFacts, withEntryRights } from './judged-trees';

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
  const facts = await planFacts(db, plan, periods);
  const chosen = period ?? facts.latest ?? periods[0]!;
  const [tree] = await judgedTrees(db, plan, org.definition, [chosen]);
  const mayEnter = (measureId: number) =>
    can(actor, 'value:enter', { organisationId: plan.organisation_id, ownerUserId: facts.measureOwners.get(measureId) ?? null });
  return {
    plan: toPlanSummary(plan),
    vision: plan.vision,
    period: chosen,
    periods: periods.map((key) => ({ key, label: periodLabel(key) })),
    model: org.definition,
    nodes: withEntryRights(tree!, mayEnter),
  };
}
