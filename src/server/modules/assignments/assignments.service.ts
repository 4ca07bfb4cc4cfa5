import type { Db } from '../../../db/client';
import { assignmentOverview } from '../../../domain/plan-content/assignment-overview';
import { validateFollowUp } from '../../../domain/plan-content/validation';
import type { WorkStatus } from '../../../domain/plan-content/work-status';
import { comparePeriodKeys } from '../../../domain/periods';
import type { AssignmentFollowUp, AssignmentStatusReport } from '../../../shared/plan-content-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { getOrganisation } from '../organisations/organisations.queries';
import { assignmentStatuses } from '../plan-content/plan-document';
import { periodLabel, planPeriods, readablePlan } from '../plans/plans.service';
import * as q from './assignments.queries';

/**
 * The assignments' status in one reporting period with the overview per body × status. Without a
 * period: the latest period anything was followed up in, else the plan's first period.
 */
export async function getAssignmentStatus(db: Db, actor: Actor, planId: number, period?: string): Promise<AssignmentStatusReport> {
  const plan = await readablePlan(db, actor, planId);
  const periods = planPeriods(plan);
  if (period !== undefined && !periods.includes(period)) {
    throw fieldError('period', `Perioden ${period} hör inte till planen (${periods.join(', ')}).`);
  }
  const followed = (await q.periodsFollowedUp(db, planId)).filter((p) => periods.includes(p)).sort(comparePeriodKeys);
  const chosen = period ?? followed.at(-1) ?? periods[0]!;
  const [assignments, org] = await Promise.all([assignmentStatuses(db, planId, chosen), getOrganisation(db, plan.organisation_id)]);
  const bodyOrder = org?.definition.bodies.map((b) => b.code) ?? [];
  return {
    period: chosen,
    periods: periods.map((key) => ({ key, label: periodLabel(key) })),
    assignments,
    overview: assignmentOverview(assignments.map((a) => ({ bodies: a.bodies, status: a.followUp?.status ?? null })), bodyOrder),
    canEdit: can(actor, 'plan:edit', { organisationId: plan.organisation_id }),
  };
}

/** Sets an assignment's status and comment for one of the plan's reporting periods (editors and admins). */
export async function setAssignmentFollowUp(db: Db, actor: Actor, assignmentId: number, input: { period: string; status: string; comment: string }): Promise<AssignmentFollowUp> {
  const owner = await q.assignmentPlan(db, assignmentId);
  if (!owner) throw new AppError('not-found', `Uppdraget ${assignmentId} finns inte.`);
  return db.transaction(async (tx) => {
    const plan = await readablePlan(tx, actor, owner.planId);
    authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
    const periods = planPeriods(plan);
    if (!periods.includes(input.period)) throw fieldError('period', `Perioden ${input.period} hör inte till planen (${periods.join(', ')}).`);
    const issues = validateFollowUp(input);
    if (issues.length > 0) throw new AppError('validation', issues[0]!.message, issues);
    return q.upsertFollowUp(tx, { assignmentId, period: input.period, status: input.status as WorkStatus, comment: input.comment.trim(), userId: actor.id });
  });
}
