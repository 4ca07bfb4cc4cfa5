import type { Db } from '../../../db/client';
import type { ActivityNode, WorkStatus } from '../../../shared/plan-content-types';

export interface ActivityRow {
  id: number;
  planId: number;
  title: string;
  description: string;
  ownerUserId: number | null;
  ownerName: string | null;
  ownerUnit: string;
  startDate: string;
  endDate: string;
  status: WorkStatus;
  progress: number;
  nodes: ActivityNode[];
  /** When it last changed: sent back with a status report, which is refused (409) if it has changed since. */
  version: string;
}

const SELECT = `SELECT a.id, a.plan_id AS "planId", a.title, a.description, a.owner_user_id AS "ownerUserId",
    COALESCE(NULLIF(u.name, ''), u.email) AS "ownerName", a.owner_unit AS "ownerUnit",
    a.start_date::text AS "startDate", a.end_date::text AS "endDate", a.status, a.progress, a.updated_at::text AS version,
    COALESCE((SELECT json_agg(json_build_object('id', n.id, 'levelKey', n.level_key, 'title', n.title) ORDER BY n.id)
                FROM activity_nodes an JOIN plan_nodes n ON n.id = an.node_id WHERE an.activity_id = a.id), '[]'::json) AS nodes
  FROM activities a LEFT JOIN users u ON u.id = a.owner_user_id`;

/** The plan's activities, earliest start first. */
export async function activityRows(db: Db, planId: number): Promise<ActivityRow[]> {
  return db.query<ActivityRow>(`${SELECT} WHERE a.plan_id = $1 ORDER BY a.start_date, a.end_date, a.id`, [planId]);
}

export async function activityRow(db: Db, activityId: number): Promise<ActivityRow | undefined> {
  return (await db.query<ActivityRow>(`${SELECT} WHERE a.id = $1`, [activityId]))[0];
}

export interface ActivityFields {
  title: string;
  description: string;
  ownerUserId: number | null;
  ownerUnit: string;
  startDate: string;
  endDate: string;
  status: WorkStatus;
  progress: number;
}

const values = (f: ActivityFields) => [f.title, f.description, f.ownerUserId, f.ownerUnit, f.startDate, f.endDate, f.status, f.progress];

export async function insertActivity(db: Db, planId: number, f: ActivityFields, userId: number): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO activities (plan_id, title, description, owner_user_id, owner_unit, start_date, end_date, status, progress, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [planId, ...values(f), userId],
  );
  return rows[0]!.id;
}

export async function updateActivity(db: Db, activityId: number, f: ActivityFields): Promise<void> {
  await db.query(
    `UPDATE activities SET title = $2, description = $3, owner_user_id = $4, owner_unit = $5, start_date = $6, end_date = $7,
            status = $8, progress = $9, updated_at = now() WHERE id = $1`,
    [activityId, ...values(f)],
  );
}

/** Replaces the nodes an activity serves. */
export async function setActivityNodes(db: Db, activityId: number, nodeIds: readonly number[]): Promise<void> {
  await db.query('DELETE FROM activity_nodes WHERE activity_id = $1', [activityId]);
  for (const nodeId of new Set(nodeIds)) await db.query('INSERT INTO activity_nodes (activity_id, node_id) VALUES ($1, $2)', [activityId, nodeId]);
}

export async function deleteActivity(db: Db, activityId: number): Promise<void> {
  await db.query('DELETE FROM activities WHERE id = $1', [activityId]);
}

/** The ids of the plan's nodes, which an activity may serve. */
export async function planNodeIds(db: Db, planId: number): Promise<Set<number>> {
  return new Set((await db.query<{ id: number }>('SELECT id FROM plan_nodes WHERE plan_id = $1', [planId])).map((r) => r.id));
}

/** Sets only an activity's status and progress (what its responsible person reports). */
export async function setActivityStatus(db: Db, activityId: number, status: WorkStatus, progress: number): Promise<void> {
  await db.query('UPDATE activities SET status = $2, progress = $3, updated_at = now() WHERE id = $1', [activityId, status, progress]);
}
