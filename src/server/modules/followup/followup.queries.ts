import type { Db } from '../../../db/client';
import type { JudgementAction, JudgementCode, JudgementStatus } from '../../../domain/followup';

export interface JudgementRow {
  id: number;
  node_id: number;
  period: string;
  status: JudgementStatus;
  judgement: JudgementCode | null;
  analysis: string;
  actions: string;
  return_comment: string | null;
  created_by: number | null;
  created_by_name: string | null;
  created_at: string;
  updated_by: number | null;
  updated_by_name: string | null;
  updated_at: string;
  submitted_by: number | null;
  submitted_by_name: string | null;
  submitted_at: string | null;
  approved_by: number | null;
  approved_by_name: string | null;
  approved_at: string | null;
}

export interface EventRow {
  judgement_id: number;
  action: JudgementAction;
  from_status: JudgementStatus | null;
  to_status: JudgementStatus;
  judgement: JudgementCode | null;
  comment: string | null;
  actor_id: number | null;
  actor_name: string | null;
  at: string;
}

const person = (col: string, alias: string) => `${alias}.id AS ${col}, COALESCE(NULLIF(${alias}.name, ''), ${alias}.email) AS ${col}_name`;

const SELECT_JUDGEMENT = `SELECT j.id, j.node_id, j.period, j.status, j.judgement, j.analysis, j.actions, j.return_comment,
    ${person('created_by', 'uc')}, j.created_at::text AS created_at,
    ${person('updated_by', 'uu')}, j.updated_at::text AS updated_at,
    ${person('submitted_by', 'us')}, j.submitted_at::text AS submitted_at,
    ${person('approved_by', 'ua')}, j.approved_at::text AS approved_at
  FROM judgements j
  JOIN plan_nodes n ON n.id = j.node_id
  LEFT JOIN users uc ON uc.id = j.created_by
  LEFT JOIN users uu ON uu.id = j.updated_by
  LEFT JOIN users us ON us.id = j.submitted_by
  LEFT JOIN users ua ON ua.id = j.approved_by`;

/** Judgements of a plan's nodes for the given periods. */
export async function planJudgements(db: Db, planId: number, periods: string[]): Promise<JudgementRow[]> {
  return db.query<JudgementRow>(`${SELECT_JUDGEMENT} WHERE n.plan_id = $1 AND j.period = ANY($2::text[]) ORDER BY j.id`, [planId, periods]);
}

/** One node's judgement for a period, locked for the rest of the transaction so that two transitions cannot interleave. */
export async function judgementForUpdate(db: Db, nodeId: number, period: string): Promise<{ id: number; status: JudgementStatus; judgement: JudgementCode | null; analysis: string; actions: string } | undefined> {
  return (
    await db.query<{ id: number; status: JudgementStatus; judgement: JudgementCode | null; analysis: string; actions: string }>(
      'SELECT id, status, judgement, analysis, actions FROM judgements WHERE node_id = $1 AND period = $2 FOR UPDATE',
      [nodeId, period],
    )
  )[0];
}

/** Holds (node, period) for this transaction: saves of one judgement, even its first, happen one after another. */
export async function lockJudgementSlot(db: Db, nodeId: number, period: string): Promise<void> {
  if (db.kind === 'postgres') await db.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [nodeId, period]);
}

/** History of the given judgements, oldest first. */
export async function judgementEvents(db: Db, judgementIds: number[]): Promise<EventRow[]> {
  if (judgementIds.length === 0) return [];
  return db.query<EventRow>(
    `SELECT e.judgement_id, e.action, e.from_status, e.to_status, e.judgement, e.comment, e.actor_id,
            COALESCE(NULLIF(u.name, ''), u.email) AS actor_name, e.at::text AS at
       FROM judgement_events e LEFT JOIN users u ON u.id = e.actor_id
      WHERE e.judgement_id = ANY($1::int[]) ORDER BY e.id`,
    [judgementIds],
  );
}

/** Creates the draft for (node, period), or replaces a draft's content. Returns its id. */
export async function upsertDraft(
  db: Db,
  input: { nodeId: number; period: string; judgement: JudgementCode | null; analysis: string; actions: string; actorId: number },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO judgements (node_id, period, status, judgement, analysis, actions, created_by, updated_by)
     VALUES ($1, $2, 'draft', $3, $4, $5, $6, $6)
     ON CONFLICT (node_id, period) DO UPDATE
       SET judgement = EXCLUDED.judgement, analysis = EXCLUDED.analysis, actions = EXCLUDED.actions,
           updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING id`,
    [input.nodeId, input.period, input.judgement, input.analysis, input.actions, input.actorId],
  );
  return rows[0]!.id;
}

/** Moves a judgement to a new status, stamping who and when for submit and approve; a return keeps its comment. */
export async function setStatus(db: Db, id: number, to: JudgementStatus, action: JudgementAction, actorId: number, comment: string | null): Promise<void> {
  if (action === 'submit') {
    await db.query(`UPDATE judgements SET status = $2, submitted_by = $3, submitted_at = now(), return_comment = NULL WHERE id = $1`, [id, to, actorId]);
  } else if (action === 'approve') {
    await db.query(`UPDATE judgements SET status = $2, approved_by = $3, approved_at = now() WHERE id = $1`, [id, to, actorId]);
  } else {
    await db.query(
      `UPDATE judgements SET status = $2, return_comment = $3, submitted_by = NULL, submitted_at = NULL, approved_by = NULL, approved_at = NULL
        WHERE id = $1`,
      [id, to, comment],
    );
  }
}

/** Records one save or transition in the judgement's history. */
export async function insertEvent(
  db: Db,
  e: { judgementId: number; action: JudgementAction; from: JudgementStatus | null; to: JudgementStatus; judgement: JudgementCode | null; comment: string | null; actorId: number },
): Promise<void> {
  await db.query(
    `INSERT INTO judgement_events (judgement_id, action, from_status, to_status, judgement, comment, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.judgementId, e.action, e.from, e.to, e.judgement, e.comment, e.actorId],
  );
}

/** The responsible person of every node of a plan that has one. */
export async function planNodeOwners(db: Db, planId: number): Promise<{ node_id: number; user_id: number; name: string }[]> {
  return db.query(
    `SELECT o.node_id, o.user_id, COALESCE(NULLIF(u.name, ''), u.email) AS name
       FROM node_owners o JOIN plan_nodes n ON n.id = o.node_id JOIN users u ON u.id = o.user_id
      WHERE n.plan_id = $1`,
    [planId],
  );
}

/** A node with its plan and organisation and its owner, for authorisation. */
export async function nodeContext(db: Db, nodeId: number): Promise<{ plan_id: number; organisation_id: number; level_key: string; owner_user_id: number | null } | undefined> {
  return (
    await db.query<{ plan_id: number; organisation_id: number; level_key: string; owner_user_id: number | null }>(
      `SELECT n.plan_id, p.organisation_id, n.level_key, o.user_id AS owner_user_id
         FROM plan_nodes n JOIN plans p ON p.id = n.plan_id LEFT JOIN node_owners o ON o.node_id = n.id
        WHERE n.id = $1`,
      [nodeId],
    )
  )[0];
}

/** Sets or clears the responsible person of a node. */
export async function setNodeOwner(db: Db, nodeId: number, userId: number | null): Promise<void> {
  if (userId === null) {
    await db.query('DELETE FROM node_owners WHERE node_id = $1', [nodeId]);
    return;
  }
  await db.query('INSERT INTO node_owners (node_id, user_id) VALUES ($1, $2) ON CONFLICT (node_id) DO UPDATE SET user_id = EXCLUDED.user_id', [nodeId, userId]);
}

/** The plan's own deadlines (periods without one use the default). */
export async function planDeadlines(db: Db, planId: number): Promise<Map<string, string>> {
  const rows = await db.query<{ period: string; deadline: string }>('SELECT period, deadline::text AS deadline FROM followup_deadlines WHERE plan_id = $1', [planId]);
  return new Map(rows.map((r) => [r.period, r.deadline]));
}

/** Sets the plan's deadline for a period; null goes back to the default. */
export async function setDeadline(db: Db, planId: number, period: string, deadline: string | null): Promise<void> {
  if (deadline === null) {
    await db.query('DELETE FROM followup_deadlines WHERE plan_id = $1 AND period = $2', [planId, period]);
    return;
  }
  await db.query(
    `INSERT INTO followup_deadlines (plan_id, period, deadline) VALUES ($1, $2, $3::date)
     ON CONFLICT (plan_id, period) DO UPDATE SET deadline = EXCLUDED.deadline`,
    [planId, period, deadline],
  );
}

/** Display names of users by id. */
export async function userNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: number; name: string }>("SELECT id, COALESCE(NULLIF(name, ''), email) AS name FROM users WHERE id = ANY($1::int[])", [ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
