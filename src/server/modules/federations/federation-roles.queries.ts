import type { Db } from '../../../db/client';
import type { FederationRole } from '../../access/can';

export interface FederationRoleRow {
  federation_id: number;
  /** The federation's own organisation (owner of its model and shared plan). */
  organisation_id: number;
  role: FederationRole;
}

/** A person's federation roles: admin where named, member where they have a role in a member organisation. */
export async function federationRolesOf(db: Db, userId: number): Promise<FederationRoleRow[]> {
  return db.query<FederationRoleRow>(
    `SELECT f.id AS federation_id, f.organisation_id,
            CASE WHEN EXISTS (SELECT 1 FROM federation_admins a WHERE a.federation_id = f.id AND a.user_id = $1) THEN 'admin' ELSE 'member' END AS role
       FROM federations f
      WHERE f.organisation_id IS NOT NULL
        AND (EXISTS (SELECT 1 FROM federation_admins a WHERE a.federation_id = f.id AND a.user_id = $1)
          OR EXISTS (SELECT 1 FROM federation_members fm JOIN memberships m ON m.organisation_id = fm.organisation_id
                      WHERE fm.federation_id = f.id AND m.user_id = $1))
      ORDER BY f.id`,
    [userId],
  );
}
