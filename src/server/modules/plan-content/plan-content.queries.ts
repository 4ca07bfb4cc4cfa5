import type { Db } from '../../../db/client';
import { agendaGoal } from '../../../domain/plan-content/agenda2030';
import type { ImportedPlanContent } from '../../../importers/plan-text/imported-content';
import type { AdvocacyIssue, Chapter, OrganisationUnit, PlanAgendaGoal } from '../../../shared/plan-content-types';

/** Stores a parsed plan's Agenda 2030 goals, advocacy issues, divisions and chapters (inside the import's transaction). */
export async function insertPlanContent(db: Db, planId: number, organisationId: number, content: ImportedPlanContent): Promise<void> {
  for (const g of content.agendaGoals) {
    await db.query('INSERT INTO plan_agenda_goals (plan_id, goal, dimension, source_line) VALUES ($1, $2, $3, $4)', [planId, g.goal, g.dimension, g.line]);
  }
  for (const [i, a] of content.advocacyIssues.entries()) {
    await db.query(
      `INSERT INTO advocacy_issues (plan_id, position, kind, area, text, arena, decision_maker, source_line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [planId, i, a.kind, a.area, a.text, a.arena, a.decisionMaker, a.line],
    );
  }
  // Divisions belong to the organisation: a later plan's description replaces an earlier one.
  for (const [i, u] of content.organisationUnits.entries()) {
    await db.query(
      `INSERT INTO organisation_units (organisation_id, kind, name, description, staff_approx, position, source_plan_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (organisation_id, name) DO UPDATE SET kind = EXCLUDED.kind, description = EXCLUDED.description,
         staff_approx = EXCLUDED.staff_approx, position = EXCLUDED.position, source_plan_id = EXCLUDED.source_plan_id`,
      [organisationId, u.kind, u.name, u.description, u.staffApprox, i, planId],
    );
  }
  for (const [i, c] of content.chapters.entries()) {
    await db.query('INSERT INTO plan_chapters (plan_id, position, title, body, source_line) VALUES ($1, $2, $3, $4, $5)', [planId, i, c.title, c.body, c.line]);
  }
}

const CHAPTER = `SELECT c.id, c.position, c.title, c.body, c.plan_id AS "planId", c.version,
    COALESCE(NULLIF(u.name, ''), u.email) AS "updatedBy",
    to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"
  FROM plan_chapters c LEFT JOIN users u ON u.id = c.updated_by`;

/** The plan's chapters in document order. */
export async function listChapters(db: Db, planId: number): Promise<Chapter[]> {
  const rows = await db.query<Chapter & { planId: number }>(`${CHAPTER} WHERE c.plan_id = $1 ORDER BY c.position, c.id`, [planId]);
  return rows.map(({ planId: _plan, ...chapter }) => chapter);
}

/** One chapter with the plan it belongs to, or undefined. */
export async function getChapter(db: Db, chapterId: number): Promise<(Chapter & { planId: number }) | undefined> {
  return (await db.query<Chapter & { planId: number }>(`${CHAPTER} WHERE c.id = $1`, [chapterId]))[0];
}

export async function updateChapter(db: Db, chapterId: number, title: string, body: string, userId: number): Promise<void> {
  await db.query('UPDATE plan_chapters SET title = $2, body = $3, updated_by = $4, updated_at = now(), version = version + 1 WHERE id = $1', [chapterId, title, body, userId]);
}

/** Locks a chapter's row for the rest of the transaction and returns what a save replaces. */
export async function chapterForUpdate(db: Db, chapterId: number): Promise<{ title: string; body: string; version: number } | undefined> {
  return (await db.query<{ title: string; body: string; version: number }>('SELECT title, body, version FROM plan_chapters WHERE id = $1 FOR UPDATE', [chapterId]))[0];
}

/** The plan's advocacy issues and the table's notes, in document order. */
export async function listAdvocacyIssues(db: Db, planId: number): Promise<AdvocacyIssue[]> {
  return db.query<AdvocacyIssue>(
    `SELECT id, position, kind, area, text, arena, decision_maker AS "decisionMaker"
       FROM advocacy_issues WHERE plan_id = $1 ORDER BY position`,
    [planId],
  );
}

/** The organisation's divisions and common units. */
export async function listOrganisationUnits(db: Db, organisationId: number): Promise<OrganisationUnit[]> {
  return db.query<OrganisationUnit>(
    `SELECT id, kind, name, description, staff_approx AS "staffApprox"
       FROM organisation_units WHERE organisation_id = $1 ORDER BY position, id`,
    [organisationId],
  );
}

/** The Agenda 2030 goals the plan names, in goal order, with their official names. */
export async function planAgendaGoals(db: Db, planId: number): Promise<PlanAgendaGoal[]> {
  const rows = await db.query<{ goal: number; dimension: string }>('SELECT goal, dimension FROM plan_agenda_goals WHERE plan_id = $1 ORDER BY goal', [planId]);
  return rows.map((r) => ({ goal: r.goal, dimension: r.dimension, name: agendaGoal(r.goal)!.name }));
}

/** Goals linked to the plan's nodes, per node. */
export async function nodeAgendaGoals(db: Db, planId: number): Promise<{ nodeId: number; goals: number[] }[]> {
  return db.query(
    `SELECT g.node_id AS "nodeId", array_agg(g.goal::int ORDER BY g.goal) AS goals
       FROM node_agenda_goals g JOIN plan_nodes n ON n.id = g.node_id
      WHERE n.plan_id = $1 GROUP BY g.node_id ORDER BY g.node_id`,
    [planId],
  );
}

/** Replaces a node's Agenda 2030 goals. */
export async function setNodeAgendaGoals(db: Db, nodeId: number, goals: readonly number[]): Promise<void> {
  await db.query('DELETE FROM node_agenda_goals WHERE node_id = $1', [nodeId]);
  for (const goal of new Set(goals)) await db.query('INSERT INTO node_agenda_goals (node_id, goal) VALUES ($1, $2)', [nodeId, goal]);
}

/** The plan and organisation a node belongs to, for authorisation. */
export async function nodeOwner(db: Db, nodeId: number): Promise<{ planId: number; organisationId: number } | undefined> {
  return (
    await db.query<{ planId: number; organisationId: number }>(
      'SELECT n.plan_id AS "planId", p.organisation_id AS "organisationId" FROM plan_nodes n JOIN plans p ON p.id = n.plan_id WHERE n.id = $1',
      [nodeId],
    )
  )[0];
}
