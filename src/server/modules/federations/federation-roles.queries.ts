import type { Db } from '../../../db/client';
import type { FederationRole } from '../../access/can';

export interface FederationRoleRow {
  federation_id: number;
  /** The federation's own organisation (owner of its model and shared plan). */
  organisation_id: number;
  role: FederationRole;
}

/**
 * The SELECT of a person's federation roles, `user` being the SQL expression of their id: admin
 * where named, member where they have a role in a member organisation. Also read with the session
 * (auth.queries.ts).
 */
export const federationRolesSelect = (user: string) =>
  `SELECT f.id AS federation_id, f.organisation_id,
          CASE WHEN EXISTS (SELECT 1 FROM federation_admins a WHERE a.federation_id = f.id AND a.user_id = ${user}) THEN 'admin' ELSE 'member' END AS role
     FROM federations f
    WHERE f.organisation_id IS NOT NULL
      AND (EXISTS (SELECT 1 FROM federation_admins a WHERE a.federation_id = f.id AND a.user_id = ${user})
        OR EXISTS (SELECT 1 FROM federation_members fm JOIN memberships m ON m.organisation_id = fm.organisation_id
                    WHERE fm.federation_id = f.id AND m.user_id = ${user}))`;

/** A person's federation roles. */
export async function federationRolesOf(db: Db, userId: number): Promise<FederationRoleRow[]> {
  return db.query<FederationRoleRow>(`${federationRolesSelect('$1')} ORDER BY f.id`, [userId]);
}
