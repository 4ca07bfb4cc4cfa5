/** "Vad saknas": what each responsible person still has to deliver, per period, with deadlines. */
import type { Db } from '../../../db/client';
import { isForecastPeriod } from '../../../domain/scorecard/forecast-status';
import { computeMissing, type MissingNodeInput, type OwnerMissing, todayIso } from '../../../domain/followup';
import type { MissingView, PersonRef } from '../../../shared/followup-types';
import { type Actor, can } from '../../access/can';
import { getOrganisation } from '../organisations/organisations.queries';
import { judgedTrees } from '../plans/judged-trees';
import { getScorecard, readablePlan, toPlanSummary } from '../plans/plans.service';
import { planMeasures } from '../plans/plans.queries';
import * as q from './followup.queries';
import { followupPeriods, requirePlanPeriod } from './followup.service';
import { allMeasures, judgedNodes } from './followup.tree';

/** What is missing in one period of the plan, grouped by owner (also read by the reminders). */
export async function missingInPeriod(
  db: Db,
  actor: Actor,
  planId: number,
  period: string,
  overdue: boolean,
  owners: { nodeOwners: Map<number, number>; measureOwners: Map<number, number | null> },
): Promise<OwnerMissing[]> {
  const [scorecard, judgements] = await Promise.all([getScorecard(db, actor, planId, period), q.planJudgements(db, planId, [period])]);
  const nodes: MissingNodeInput[] = judgedNodes(scorecard).map((j) => {
    const row = judgements.find((r) => r.node_id === j.node.id);
    return {
      id: j.node.id,
      title: j.node.title,
      levelKey: j.node.levelKey,
      ownerUserId: owners.nodeOwners.get(j.node.id) ?? null,
      proposal: j.proposal,
      judgement: row ? { status: row.status, judgement: row.judgement, analysis: row.analysis, actions: row.actions } : null,
    };
  });
  // At DÅ 04/08 each targeted measure reported in the period needs its full-year forecast too.
  const targeted = new Set(scorecard.model.measureKinds.filter((k) => k.targeted).map((k) => k.key));
  const interim = isForecastPeriod(period);
  const measures = allMeasures(scorecard).map(({ measure, nodeId }) => ({
    id: measure.id,
    name: measure.name,
    nodeId,
    ownerUserId: owners.measureOwners.get(measure.id) ?? null,
    reportedThisPeriod: measure.reportedThisPeriod,
    hasValue: measure.valueText !== null,
    needsForecast: interim && measure.reportedThisPeriod && targeted.has(measure.kindKey) && measure.targetText !== null,
    hasForecast: measure.forecast?.forecast != null,
  }));
  return computeMissing({ measures, nodes, overdue });
}

/**
 * What is missing for every period of the plan (counted) and, for the chosen period, item by
 * item per owner; `ownerUserId` narrows the items to one person (0: the unowned).
 */
export async function getMissing(db: Db, actor: Actor, planId: number, period?: string, ownerUserId?: number): Promise<MissingView> {
  const plan = await readablePlan(db, actor, planId);
  if (period !== undefined) requirePlanPeriod(plan, period);
  const today = todayIso();
  const [periods, nodeOwnerRows, measureRows] = await Promise.all([followupPeriods(db, plan, today), q.planNodeOwners(db, planId), planMeasures(db, planId)]);
  const names = new Map<number, string>(nodeOwnerRows.map((o) => [o.user_id, o.name]));
  const measureOwnerNames = await q.userNames(db, [...new Set(measureRows.map((m) => m.owner_user_id).filter((id): id is number => id !== null))]);
  for (const [id, name] of measureOwnerNames) names.set(id, name);
  const owners = {
    nodeOwners: new Map(nodeOwnerRows.map((o) => [o.node_id, o.user_id])),
    measureOwners: new Map(measureRows.map((m) => [m.id, m.owner_user_id])),
  };

  // Every period's judged tree in one build, on one read of the values; the scorecards below take them from there.
  const org = (await getOrganisation(db, plan.organisation_id))!;
  await judgedTrees(db, plan, org.definition, periods.map((p) => p.key));
  const perPeriod: OwnerMissing[][] = [];
  for (const p of periods) perPeriod.push(await missingInPeriod(db, actor, planId, p.key, p.overdue, owners));
  // Without a period: the first whose deadline has not passed, else the last one.
  const open = periods.findIndex((p) => !p.overdue);
  const chosenIndex = period !== undefined ? periods.findIndex((p) => p.key === period) : open >= 0 ? open : periods.length - 1;
  const chosen = periods[chosenIndex]!;
  const person = (id: number | null): PersonRef | null => (id === null ? null : { id, name: names.get(id) ?? '' });
  const selected = perPeriod[chosenIndex]!.filter((o) => ownerUserId === undefined || (ownerUserId === 0 ? o.ownerUserId === null : o.ownerUserId === ownerUserId));
  return {
    plan: toPlanSummary(plan),
    period: chosen.key,
    periods: periods.map((p, i) => ({ ...p, missing: perPeriod[i]!.reduce((n, o) => n + o.items.length, 0) })),
    deadline: chosen.deadline,
    overdue: chosen.overdue,
    owners: selected.map((o) => ({ owner: person(o.ownerUserId), items: o.items })),
    canEditDeadlines: can(actor, 'plan:edit', { organisationId: plan.organisation_id }),
  };
}
