import type { Db } from '../../../db/client';

export interface AuditInput {
  actorUserId: number | null;
  organisationId: number | null;
  planId: number | null;
  objectType: string;
  objectId: number;
  action: string;
  before: unknown;
  after: unknown;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string | null;
  organisation_id: number | null;
  object_type: string;
  object_id: number;
  action: string;
  before: unknown;
  after: unknown;
}

export async function insertAudit(db: Db, e: AuditInput): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_user_id, organisation_id, plan_id, object_type, object_id, action, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.actorUserId, e.organisationId, e.planId, e.objectType, e.objectId, e.action, e.before === undefined ? null : JSON.stringify(e.before), e.after === undefined ? null : JSON.stringify(e.after)],
  );
}

const SELECT = `SELECT a.id::int AS id, a.at::text AS at, COALESCE(NULLIF(u.name, ''), u.email) AS actor, a.organisation_id,
                       a.object_type, a.object_id, a.action, a.before, a.after
                  FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id`;

/** The history of one object, newest first. */
export async function objectHistory(db: Db, objectType: string, objectId: number, limit = 200): Promise<AuditRow[]> {
  return db.query<AuditRow>(`${SELECT} WHERE a.object_type = $1 AND a.object_id = $2 ORDER BY a.id DESC LIMIT $3`, [objectType, objectId, limit]);
}

/**
 * Everything on record about one person, newest first: the account's own entries (sign-ins,
 * deactivation, password resets) and their roles in organisations (memberships are recorded with
 * the person's id).
 */
export async function personHistory(db: Db, userId: number, limit = 200): Promise<AuditRow[]> {
  return db.query<AuditRow>(`${SELECT} WHERE a.object_type IN ('user', 'membership') AND a.object_id = $1 ORDER BY a.id DESC LIMIT $2`, [userId, limit]);
}

/** The changes of an object made after the version a caller saw (entries whose `after.version` is newer), oldest first. */
export async function changesAfterVersion(db: Db, objectType: string, objectId: number, version: number): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `${SELECT} WHERE a.object_type = $1 AND a.object_id = $2 AND (a.after->>'version')::int > $3 ORDER BY a.id`,
    [objectType, objectId, version],
  );
}

/** A page of the chain from `afterSeq` on, with each entry's hash recomputed from what is stored now. */
export async function chainPage(db: Db, afterSeq: number, limit: number): Promise<{ seq: number; prev_hash: string | null; hash: string; computed: string }[]> {
  return db.query(
    'SELECT a.seq::float8 AS seq, a.prev_hash, a.hash, audit_entry_hash(a) AS computed FROM audit_log a WHERE a.seq > $1 ORDER BY a.seq LIMIT $2',
    [afterSeq, limit],
  );
}

export interface AuditFilter {
  organisationId: number;
  objectType?: string;
  action?: string;
  actorUserId?: number;
  from?: string;
  to?: string;
  limit: number;
  /** Entries older than this id (the next page). */
  beforeId?: number;
}

/**
 * An organisation's audit entries, newest first, filtered; `to` is inclusive of its whole day.
 * Sign-ins name no organisation (a person may have roles in several): those of the organisation's
 * people are its entries too. Filtered by `user`, a person's roles (memberships) are among them.
 */
export async function organisationAudit(db: Db, f: AuditFilter): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `${SELECT}
      WHERE (a.organisation_id = $1
             OR (a.organisation_id IS NULL AND a.object_type = 'user' AND a.action IN ('sign-in', 'sign-in-failed')
                 AND a.object_id IN (SELECT m.user_id FROM memberships m WHERE m.organisation_id = $1)))
        AND ($2::text IS NULL OR a.object_type = $2 OR ($2 = 'user' AND a.object_type = 'membership')) AND ($3::text IS NULL OR a.action = $3)
        AND ($4::int IS NULL OR a.actor_user_id = $4)
        AND ($5::date IS NULL OR a.at >= $5::date) AND ($6::date IS NULL OR a.at < $6::date + 1)
        AND ($7::bigint IS NULL OR a.id < $7)
      ORDER BY a.id DESC LIMIT $8`,
    [f.organisationId, f.objectType ?? null, f.action ?? null, f.actorUserId ?? null, f.from ?? null, f.to ?? null, f.beforeId ?? null, f.limit],
  );
}
