import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';

/**
 * Invitation tokens: access without an account (design-round-2.md, kind 2). Random, stored only as a
 * hash, scoped to one object, expiring and revocable. The token itself is shown once, to whoever
 * issues it, and travels in the invitation's link.
 */
export interface IssuedToken {
  id: number;
  token: string;
}

export interface ResolvedToken {
  id: number;
  scopeType: string;
  scopeId: number;
  label: string | null;
  expiresAt: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(
  db: Db,
  t: { scopeType: string; scopeId: number; label?: string | null; expiresAt: Date; createdBy: number | null },
): Promise<IssuedToken> {
  const token = randomBytes(32).toString('base64url');
  const rows = await db.query<{ id: number }>(
    `INSERT INTO access_tokens (token_hash, scope_type, scope_id, label, expires_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::int AS id`,
    [hashToken(token), t.scopeType, t.scopeId, t.label ?? null, t.expiresAt.toISOString(), t.createdBy],
  );
  const [row] = rows;
  if (!row) throw new Error('access token not stored');
  return { id: row.id, token };
}

/**
 * The token's scope, or null for an unknown, revoked or expired token — one answer for all three,
 * so a caller cannot tell them apart. Only tokens of `scopeType` are found.
 */
export async function resolveToken(db: Db, scopeType: string, token: string): Promise<ResolvedToken | null> {
  if (token.length < 20 || token.length > 100) return null;
  const rows = await db.query<ResolvedToken>(
    `UPDATE access_tokens SET last_used_at = now()
      WHERE token_hash = $1 AND scope_type = $2 AND revoked_at IS NULL AND expires_at > now()
      RETURNING id::int AS id, scope_type AS "scopeType", scope_id AS "scopeId", label, expires_at::text AS "expiresAt"`,
    [hashToken(token), scopeType],
  );
  return rows[0] ?? null;
}

export async function revokeToken(db: Db, id: number): Promise<void> {
  await db.query(`UPDATE access_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
}

/** Moves a token's expiry, e.g. when a consultation's deadline moves. */
export async function setTokenExpiry(db: Db, id: number, expiresAt: Date): Promise<void> {
  await db.query(`UPDATE access_tokens SET expires_at = $2 WHERE id = $1`, [id, expiresAt.toISOString()]);
}
