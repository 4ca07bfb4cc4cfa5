import type { Db } from '../../../db/client';
import { isLate } from '../../../domain/plan-content/timeline';
import type { Activity, AssignmentWithStatus } from '../../../shared/plan-content-types';
import { planAssignments } from '../plans/plans.queries';
import { activityRows, type ActivityRow } from '../activities/activities.queries';
import { followUpsInPeriod } from '../assignments/assignments.queries';

/**
 * Read functions for whoever prints the plan (DOCX/PDF exports) as well as the services: plain
 * data, no authorisation (the caller has checked that the reader may read the plan).
 */
export { listAdvocacyIssues, listChapters, listOrganisationUnits, nodeAgendaGoals, planAgendaGoals } from './plan-content.queries';

/** Today as YYYY-MM-DD in UTC, the date activities are judged late against. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** Every assignment of the plan in document order with its status and comment in `period` (null where not followed up). */
export async function assignmentStatuses(db: Db, planId: number, period: string): Promise<AssignmentWithStatus[]> {
  const [assignments, followUps] = await Promise.all([planAssignments(db, planId), followUpsInPeriod(db, planId, period)]);
  const byAssignment = new Map(followUps.map((f) => [f.assignmentId, f]));
  return assignments.map((a) => ({ ...a, followUp: byAssignment.get(a.id) ?? null }));
}

/** An activity row as the API and documents show it. */
export function toActivity(row: ActivityRow, today: string): Activity {
  return {
    id: row.id,
    planId: row.planId,
    title: row.title,
    description: row.description,
    owner: row.ownerUserId === null ? null : { id: row.ownerUserId, name: row.ownerName ?? '' },
    ownerUnit: row.ownerUnit,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    progress: row.progress,
    nodes: row.nodes,
    late: isLate(row, today),
    version: row.version,
  };
}

/** The plan's action plan: every activity, earliest start first, judged late against `today`. */
export async function listActivities(db: Db, planId: number, today = todayIso()): Promise<Activity[]> {
  return (await activityRows(db, planId)).map((row) => toActivity(row, today));
}
