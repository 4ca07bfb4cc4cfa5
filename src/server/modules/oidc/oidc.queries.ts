import type { Db } from '../../../db/client';
import type { Role } from '../../../shared/api-types';

export interface OidcConfigRow {
  organisation_id: number;
  issuer: string;
  client_id: string;
  client_secret: string;
  organisation_claim: string | null;
  organisation_value: string | null;
  role_claim: string | null;
  role_values: Partial<Record<Role, string[]>>;
  default_role: Role | null;
  role_acr: Partial<Record<Role, string[]>>;
  password_sign_in: boolean;
}

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const normalise = (r: OidcConfigRow): OidcConfigRow => ({ ...r, role_values: parseJson(r.role_values), role_acr: parseJson(r.role_acr) });

export async function oidcConfigOf(db: Db, organisationId: number): Promise<OidcConfigRow | undefined> {
  const rows = await db.query<OidcConfigRow>('SELECT * FROM organisation_oidc WHERE organisation_id = $1', [organisationId]);
  return rows[0] && normalise(rows[0]);
}

/** The organisation with this slug and its provider, if it has one. */
export async function oidcConfigBySlug(db: Db, slug: string): Promise<(OidcConfigRow & { name: string }) | undefined> {
  const rows = await db.query<OidcConfigRow & { name: string }>(
    'SELECT c.*, o.name FROM organisation_oidc c JOIN organisations o ON o.id = c.organisation_id WHERE o.slug = $1',
    [slug],
  );
  return rows[0] && { ...normalise(rows[0]), name: rows[0].name };
}

/** Organisations people can sign in to through a provider, by name. */
export async function oidcOrganisations(db: Db): Promise<{ slug: string; name: string }[]> {
  return db.query<{ slug: string; name: string }>(
    'SELECT o.slug, o.name FROM organisation_oidc c JOIN organisations o ON o.id = c.organisation_id ORDER BY o.name',
  );
}

export async function upsertOidcConfig(db: Db, c: Omit<OidcConfigRow, 'client_secret'> & { client_secret: string | null }): Promise<void> {
  await db.query(
    `INSERT INTO organisation_oidc (organisation_id, issuer, client_id, client_secret, organisation_claim, organisation_value,
                                    role_claim, role_values, default_role, role_acr, password_sign_in, updated_at)
     VALUES ($1, $2, $3, COALESCE($4, ''), $5, $6, $7, $8, $9, $10, $11, now())
     ON CONFLICT (organisation_id) DO UPDATE SET
       issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
       client_secret = COALESCE($4, organisation_oidc.client_secret),
       organisation_claim = EXCLUDED.organisation_claim, organisation_value = EXCLUDED.organisation_value,
       role_claim = EXCLUDED.role_claim, role_values = EXCLUDED.role_values, default_role = EXCLUDED.default_role,
       role_acr = EXCLUDED.role_acr, password_sign_in = EXCLUDED.password_sign_in, updated_at = now()`,
    [
      c.organisation_id,
      c.issuer,
      c.client_id,
      c.client_secret,
      c.organisation_claim,
      c.organisation_value,
      c.role_claim,
      JSON.stringify(c.role_values),
      c.default_role,
      JSON.stringify(c.role_acr),
      c.password_sign_in,
    ],
  );
}

export async function deleteOidcConfig(db: Db, organisationId: number): Promise<boolean> {
  const rows = await db.query('DELETE FROM organisation_oidc WHERE organisation_id = $1 RETURNING organisation_id', [organisationId]);
  return rows.length > 0;
}

export async function insertFlow(db: Db, f: { stateHash: string; organisationId: number; codeVerifier: string; nonce: string; nextPath: string | null }): Promise<void> {
  // Old flows nobody finished go as new ones start.
  await db.query("DELETE FROM oidc_flows WHERE created_at < now() - interval '10 minutes'");
  await db.query('INSERT INTO oidc_flows (state_hash, organisation_id, code_verifier, nonce, next_path) VALUES ($1, $2, $3, $4, $5)', [
    f.stateHash,
    f.organisationId,
    f.codeVerifier,
    f.nonce,
    f.nextPath,
  ]);
}

/** Takes (deletes and returns) a flow started less than 10 minutes ago: a state is good once. */
/** A sign-in under way, as its start stored it. */
export interface OidcFlowRow {
  organisation_id: number;
  code_verifier: string;
  nonce: string;
  next_path: string | null;
}

export async function takeFlow(db: Db, stateHash: string): Promise<OidcFlowRow | undefined> {
  const rows = await db.query<OidcFlowRow & { fresh: boolean }>(
    `DELETE FROM oidc_flows WHERE state_hash = $1
     RETURNING organisation_id, code_verifier, nonce, next_path, created_at > now() - interval '10 minutes' AS fresh`,
    [stateHash],
  );
  const row = rows[0];
  return row?.fresh ? row : undefined;
}

export async function userIdForIdentity(db: Db, issuer: string, subject: string): Promise<number | undefined> {
  const rows = await db.query<{ user_id: number }>('SELECT user_id FROM oidc_identities WHERE issuer = $1 AND subject = $2', [issuer, subject]);
  return rows[0]?.user_id;
}

export async function insertIdentity(db: Db, issuer: string, subject: string, userId: number): Promise<void> {
  await db.query('INSERT INTO oidc_identities (issuer, subject, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [issuer, subject, userId]);
}

/** The organisations other than `organisationId` the user has a role in. */
export async function otherMemberships(db: Db, userId: number, organisationId: number): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM memberships WHERE user_id = $1 AND organisation_id <> $2', [userId, organisationId]);
  return rows[0]!.n;
}

/**
 * Whether every organisation the user has a role in turned password sign-in off (false for a
 * person with no role anywhere, so the installation's administrator can always sign in).
 */
export async function passwordSignInOff(db: Db, userId: number): Promise<boolean> {
  const rows = await db.query<{ total: number; off: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE c.password_sign_in = false)::int AS off
       FROM memberships m LEFT JOIN organisation_oidc c ON c.organisation_id = m.organisation_id
      WHERE m.user_id = $1`,
    [userId],
  );
  const r = rows[0]!;
  return r.total > 0 && r.off === r.total;
}

/** Every stored client secret as it is stored (sealed or, from before sealing, plaintext). */
export async function storedClientSecrets(db: Db): Promise<{ organisation_id: number; client_secret: string }[]> {
  return db.query('SELECT organisation_id, client_secret FROM organisation_oidc ORDER BY organisation_id FOR UPDATE');
}

export async function setStoredClientSecret(db: Db, organisationId: number, stored: string): Promise<void> {
  await db.query('UPDATE organisation_oidc SET client_secret = $2 WHERE organisation_id = $1', [organisationId, stored]);
}
