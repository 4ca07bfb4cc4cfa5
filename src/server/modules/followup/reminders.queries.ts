import type { Db } from '../../../db/client';

export interface ReminderPlanRow {
  id: number;
  organisation_id: number;
  title: string;
  default_lang: 'sv' | 'da' | 'en';
  /** The organisation's own reminder days; null: the installation's. */
  reminder_days: number | null;
}

/** Every plan, with its organisation's language. */
export async function plansToRemind(db: Db): Promise<ReminderPlanRow[]> {
  return db.query<ReminderPlanRow>(
    `SELECT p.id, p.organisation_id, p.title, o.default_lang, o.reminder_days FROM plans p JOIN organisations o ON o.id = p.organisation_id ORDER BY p.id`,
  );
}

/** The addresses and names of users. */
export async function userAddresses(db: Db, ids: number[]): Promise<Map<number, { email: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: number; email: string; name: string }>(`SELECT id, email, name FROM users WHERE id = ANY($1::int[])`, [ids]);
  return new Map(rows.map((r) => [r.id, { email: r.email, name: r.name }]));
}

/** The organisation's editors and admins: who plans the actions. */
export async function organisationEditors(db: Db, organisationId: number): Promise<number[]> {
  const rows = await db.query<{ user_id: number }>(
    `SELECT user_id FROM memberships WHERE organisation_id = $1 AND role IN ('editor', 'admin') ORDER BY user_id`,
    [organisationId],
  );
  return rows.map((r) => r.user_id);
}

/** Nodes of the plan with a planned activity (not started or in progress). */
export async function nodesWithPlannedActivity(db: Db, planId: number): Promise<Set<number>> {
  const rows = await db.query<{ node_id: number }>(
    `SELECT DISTINCT an.node_id FROM activity_nodes an JOIN activities a ON a.id = an.activity_id
      WHERE a.plan_id = $1 AND a.status IN ('not-started', 'in-progress')`,
    [planId],
  );
  return new Set(rows.map((r) => r.node_id));
}

/** An organisation's own reminder days (null: the installation's), or undefined when there is no such organisation. */
export async function organisationReminderDays(db: Db, organisationId: number): Promise<{ reminder_days: number | null } | undefined> {
  return (await db.query<{ reminder_days: number | null }>('SELECT reminder_days FROM organisations WHERE id = $1', [organisationId]))[0];
}

export async function setOrganisationReminderDays(db: Db, organisationId: number, days: number | null): Promise<void> {
  await db.query('UPDATE organisations SET reminder_days = $2 WHERE id = $1', [organisationId, days]);
}
