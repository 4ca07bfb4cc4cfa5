import type { Db } from '../../../db/client';
import type { AssignmentFollowUp, WorkStatus } from '../../../shared/plan-content-types';

const FOLLOW_UP = `SELECT f.assignment_id AS "assignmentId", f.period, f.status, f.comment,
    COALESCE(NULLIF(u.name, ''), u.email) AS "updatedBy", to_char(f.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"
  FROM assignment_followups f LEFT JOIN users u ON u.id = f.updated_by`;

/** Every follow-up of the plan's assignments in one period. */
export async function followUpsInPeriod(db: Db, planId: number, period: string): Promise<AssignmentFollowUp[]> {
  return db.query<AssignmentFollowUp>(
    `${FOLLOW_UP} JOIN assignments a ON a.id = f.assignment_id WHERE a.plan_id = $1 AND f.period = $2`,
    [planId, period],
  );
}

/** The periods in which any of the plan's assignments has been followed up. */
export async function periodsFollowedUp(db: Db, planId: number): Promise<string[]> {
  const rows = await db.query<{ period: string }>(
    'SELECT DISTINCT f.period FROM assignment_followups f JOIN assignments a ON a.id = f.assignment_id WHERE a.plan_id = $1',
    [planId],
  );
  return rows.map((r) => r.period);
}

/** The plan an assignment belongs to, or undefined. */
export async function assignmentPlan(db: Db, assignmentId: number): Promise<{ planId: number } | undefined> {
  return (await db.query<{ planId: number }>('SELECT plan_id AS "planId" FROM assignments WHERE id = $1', [assignmentId]))[0];
}

/** Sets (or replaces) an assignment's status and comment for a period. */
export async function upsertFollowUp(
  db: Db,
  f: { assignmentId: number; period: string; status: WorkStatus; comment: string; userId: number },
): Promise<AssignmentFollowUp> {
  await db.query(
    `INSERT INTO assignment_followups (assignment_id, period, status, comment, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (assignment_id, period) DO UPDATE SET status = EXCLUDED.status, comment = EXCLUDED.comment,
       updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [f.assignmentId, f.period, f.status, f.comment, f.userId],
  );
  return (await db.query<AssignmentFollowUp>(`${FOLLOW_UP} WHERE f.assignment_id = $1 AND f.period = $2`, [f.assignmentId, f.period]))[0]!;
}
