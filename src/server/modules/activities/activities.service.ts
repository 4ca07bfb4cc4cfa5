import type { Db } from '../../../db/client';
import { validateActivity, type ActivityDraft } from '../../../domain/plan-content/validation';
import { isWorkStatus, WORK_STATUS_LABELS } from '../../../domain/plan-content/work-status';
import type { WorkStatus } from '../../../domain/plan-content/work-status';
import type { ActivitiesReport, Activity } from '../../../shared/plan-content-types';
import { type Actor, can } from '../../access/can';
import { AppError, localizedError } from '../../http/errors';
import { authorize } from '../../http/session';
import { listActivities, toActivity, todayIso } from '../plan-content/plan-document';
import { readablePlan } from '../plans/plans.service';
import { organisationUsers } from '../users/users.queries';
import * as q from './activities.queries';

/** The plan's action plan with what the timeline needs. */
export async function getActivities(db: Db, actor: Actor, planId: number): Promise<ActivitiesReport> {
  const plan = await readablePlan(db, actor, planId);
  const today = todayIso();
  return {
    activities: await listActivities(db, planId, today),
    startYear: plan.start_year,
    endYear: plan.end_year,
    today,
    canEdit: can(actor, 'plan:edit', { organisationId: plan.organisation_id }),
  };
}

/** Checks an activity against the plan it belongs to: every field problem at once, the first as the message. */
async function checked(db: Db, planId: number, organisationId: number, input: ActivityDraft): Promise<q.ActivityFields> {
  const issues = validateActivity(input, await q.planNodeIds(db, planId));
  if (input.ownerUserId !== null && !(await organisationUsers(db, organisationId)).some((u) => u.id === input.ownerUserId)) {
    issues.push({ path: 'ownerUserId', message: 'Personen har ingen roll i organisationen.' });
  }
  if (issues.length > 0) throw new AppError('validation', issues[0]!.message, issues);
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    ownerUserId: input.ownerUserId,
    ownerUnit: input.ownerUnit.trim(),
    startDate: input.startDate,
    endDate: input.endDate,
    status: input.status as WorkStatus,
    progress: input.progress,
  };
}

/** Adds an activity to the plan's action plan (editors and admins). */
export async function createActivity(db: Db, actor: Actor, planId: number, input: ActivityDraft): Promise<Activity> {
  return db.transaction(async (tx) => {
    const plan = await readablePlan(tx, actor, planId);
    authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
    const fields = await checked(tx, planId, plan.organisation_id, input);
    const id = await q.insertActivity(tx, planId, fields, actor.id);
    await q.setActivityNodes(tx, id, input.nodeIds);
    return toActivity((await q.activityRow(tx, id))!, todayIso());
  });
}

/** Loads an activity and its plan, authorised for editing. */
async function editable(db: Db, actor: Actor, activityId: number) {
  const row = await q.activityRow(db, activityId);
  if (!row) throw new AppError('not-found', `Aktiviteten ${activityId} finns inte.`);
  const plan = await readablePlan(db, actor, row.planId);
  authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
  return plan;
}

/** Replaces an activity's fields and nodes. */
export async function updateActivity(db: Db, actor: Actor, activityId: number, input: ActivityDraft): Promise<Activity> {
  return db.transaction(async (tx) => {
    const plan = await editable(tx, actor, activityId);
    const fields = await checked(tx, plan.id, plan.organisation_id, input);
    await q.updateActivity(tx, activityId, fields);
    await q.setActivityNodes(tx, activityId, input.nodeIds);
    return toActivity((await q.activityRow(tx, activityId))!, todayIso());
  });
}

/** Removes an activity from the action plan. */
export async function deleteActivity(db: Db, actor: Actor, activityId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await editable(tx, actor, activityId);
    await q.deleteActivity(tx, activityId);
  });
}

/**
 * Reports an activity's status and progress: its responsible person (a reporter) may, as well as
 * editors; nothing else of the activity changes.
 */
export async function reportActivityStatus(db: Db, actor: Actor, activityId: number, input: { status: string; progress: number; version?: string }): Promise<Activity> {
  return db.transaction(async (tx) => {
    const row = await q.activityRow(tx, activityId);
    if (!row) throw new AppError('not-found', `Aktiviteten ${activityId} finns inte.`);
    const plan = await readablePlan(tx, actor, row.planId);
    authorize(actor, 'work:report', { organisationId: plan.organisation_id, ownerUserId: row.ownerUserId });
    const issues: { path: string; message: string }[] = [];
    if (!isWorkStatus(input.status)) issues.push({ path: 'status', message: `Okänd status "${input.status}". Välj ej påbörjat, pågår, klart eller avbrutet.` });
    if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) {
      issues.push({ path: 'progress', message: `Hur långt aktiviteten har kommit anges i hela procent från 0 till 100, inte ${input.progress}.` });
    }
    if (issues.length > 0) throw new AppError('validation', issues[0]!.message, issues);
    if (input.version !== undefined && input.version !== row.version) {
      throw localizedError('conflict', {
        sv: `Någon annan har ändrat aktiviteten sedan du öppnade den: nu ${row.progress} % (${WORK_STATUS_LABELS[row.status].sv}). Läs in sidan igen och rapportera på nytt.`,
        da: `En anden har ændret aktiviteten, siden du åbnede den: nu ${row.progress} % (${WORK_STATUS_LABELS[row.status].da}). Indlæs siden igen, og rapportér på ny.`,
        en: `Someone else has changed the activity since you opened it: now ${row.progress} % (${WORK_STATUS_LABELS[row.status].en}). Reload the page and report again.`,
      });
    }
    await q.setActivityStatus(tx, activityId, input.status as WorkStatus, input.progress);
    return toActivity((await q.activityRow(tx, activityId))!, todayIso());
  });
}
