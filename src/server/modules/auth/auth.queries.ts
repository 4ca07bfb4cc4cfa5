import type { Db } from '../../../db/client';
import type { Role } from '../../../shared/api-types';
import { type FederationRoleRow, federationRolesSelect } from '../federations/federation-roles.queries';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  password_hash: string;
  must_change_password: boolean;
  installation_admin: boolean;
  one_time_password_expires_at: Date | null;
  deactivated_at: Date | null;
  /** Own language for server messages and documents (migration 0022); null: the browser's. */
  language?: 'sv' | 'da' | 'en' | null;
}

export interface MembershipRow {
  organisation_id: number;
  organisation_name: string;
  role: Role;
}

/** Finds a user by e-mail, case-insensitively. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow>('SELECT * FROM users WHERE lower(email) = lower($1)', [email]);
  return rows[0];
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
  return rows[0];
}

/** A new user; `oneTimeUntil` set means the password is a one-time password good until then. */
export async function insertUser(db: Db, u: { email: string; name: string; passwordHash: string; oneTimeUntil: Date | null }) {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO users (email, name, password_hash, must_change_password, one_time_password_expires_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [u.email, u.name, u.passwordHash, u.oneTimeUntil !== null, u.oneTimeUntil],
  );
  return rows[0]!.id;
}

export async function updatePassword(db: Db, userId: number, passwordHash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, must_change_password = false, one_time_password_expires_at = NULL WHERE id = $1', [
    userId,
    passwordHash,
  ]);
}

/** Gives a user a new one-time password, good until `until`. */
export async function setOneTimePassword(db: Db, userId: number, passwordHash: string, until: Date): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, must_change_password = true, one_time_password_expires_at = $3 WHERE id = $1', [
    userId,
    passwordHash,
    until,
  ]);
}

/** Deactivates a user (or activates again with `false`). */
export async function setDeactivated(db: Db, userId: number, deactivated: boolean): Promise<void> {
  await db.query('UPDATE users SET deactivated_at = CASE WHEN $2 THEN coalesce(deactivated_at, now()) END WHERE id = $1', [userId, deactivated]);
}

/** Ends every session of a user but the one with id `keep`. */
/** The person's own language for server messages and documents; null returns to the browser's. */
export async function setUserLanguage(db: Db, userId: number, language: 'sv' | 'da' | 'en' | null): Promise<void> {
  await db.query('UPDATE users SET language = $2 WHERE id = $1', [userId, language]);
}

export async function deleteOtherSessions(db: Db, userId: number, keep: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND id <> $2', [userId, keep]);
}

/** Ends every session of a user. */
export async function deleteSessionsOf(db: Db, userId: number): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

export async function upsertMembership(db: Db, userId: number, organisationId: number, role: Role): Promise<void> {
  await db.query(
    `INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = EXCLUDED.role`,
    [userId, organisationId, role],
  );
}

/** The SELECT of a person's memberships, `user` being the SQL expression of their id. */
const membershipsSelect = (user: string) =>
  `SELECT m.organisation_id, o.name AS organisation_name, m.role
     FROM memberships m JOIN organisations o ON o.id = m.organisation_id
    WHERE m.user_id = ${user}`;

export async function membershipsOf(db: Db, userId: number): Promise<MembershipRow[]> {
  return db.query<MembershipRow>(`${membershipsSelect('$1')} ORDER BY o.name`, [userId]);
}

export async function countUsers(db: Db): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return rows[0]!.n;
}

export async function insertSession(db: Db, id: string, userId: number, expiresAt: Date): Promise<void> {
  await db.query('INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)', [id, userId, expiresAt]);
}

/** A live session's user, with their memberships (by organisation name) and federation roles (by federation id). */
export interface SessionUserRow extends UserRow {
  memberships: MembershipRow[];
  federations: FederationRoleRow[];
}

/**
 * The live session's user with their memberships and federation roles, or undefined for an unknown
 * or expired session. Every API request reads it, so it is one round trip, not four.
 */
export async function sessionUser(db: Db, id: string): Promise<SessionUserRow | undefined> {
  const rows = await db.query<SessionUserRow>(
    `SELECT u.*,
            (SELECT coalesce(json_agg(r ORDER BY r.organisation_name), '[]') FROM (${membershipsSelect('u.id')}) r) AS memberships,
            (SELECT coalesce(json_agg(r ORDER BY r.federation_id), '[]') FROM (${federationRolesSelect('u.id')}) r) AS federations
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.expires_at > now()`,
    [id],
  );
  return rows[0];
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id = $1 OR expires_at < now()', [id]);
}

/** Makes a user an administrator of the installation (the first admin is one). */
export async function setInstallationAdmin(db: Db, userId: number, value: boolean): Promise<void> {
  await db.query('UPDATE users SET installation_admin = $2 WHERE id = $1', [userId, value]);
}
