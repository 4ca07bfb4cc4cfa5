import type { Db } from '../../../db/client';
import type { Role } from '../../../shared/api-types';

export interface OrgUserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  deactivated: boolean;
}

export async function organisationUsers(db: Db, organisationId: number): Promise<OrgUserRow[]> {
  return db.query<OrgUserRow>(
    `SELECT u.id, u.email, coalesce(m.name, u.name) AS name, m.role, u.deactivated_at IS NOT NULL AS deactivated
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.organisation_id = $1 ORDER BY lower(coalesce(m.name, u.name)), lower(u.email)`,
    [organisationId],
  );
}

export async function setRole(db: Db, organisationId: number, userId: number, role: Role): Promise<boolean> {
  const rows = await db.query('UPDATE memberships SET role = $3 WHERE organisation_id = $1 AND user_id = $2 RETURNING user_id', [organisationId, userId, role]);
  return rows.length > 0;
}

export async function countAdmins(db: Db, organisationId: number): Promise<number> {
  return (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1 AND role = 'admin'", [organisationId]))[0]!.n;
}

export async function deleteMembership(db: Db, organisationId: number, userId: number): Promise<void> {
  await db.query('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [organisationId, userId]);
}

/** Gives an existing account a role, under the name the admin typed. */
export async function insertNamedMembership(db: Db, userId: number, organisationId: number, role: Role, name: string): Promise<void> {
  await db.query('INSERT INTO memberships (user_id, organisation_id, role, name) VALUES ($1, $2, $3, $4)', [userId, organisationId, role, name]);
}

/** The organisations where a user has a role. */
export async function organisationsOf(db: Db, userId: number): Promise<number[]> {
  return (await db.query<{ organisation_id: number }>('SELECT organisation_id FROM memberships WHERE user_id = $1', [userId])).map((r) => r.organisation_id);
}
