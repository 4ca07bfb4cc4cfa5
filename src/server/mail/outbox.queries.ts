import type { Db } from '../../db/client';

export interface OutgoingMail {
  organisationId: number | null;
  to: string;
  toName?: string | null;
  subject: string;
  text: string;
  /** Why it is sent: 'reminder', 'consultation-invitation', 'new-user', … */
  why: string;
  /** What it concerns, e.g. `measure:12:2024-DÅ08`; shown in the outbox. */
  reference?: string | null;
  /** A mail with the same key is never queued twice (reminders, however many servers try). */
  dedupeKey?: string | null;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'not-configured';

export interface OutboxRow {
  id: number;
  organisation_id: number | null;
  to_address: string;
  to_name: string | null;
  subject: string;
  body_text: string;
  why: string;
  reference: string | null;
  status: OutboxStatus;
  attempts: number;
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

const COLUMNS = `id::int AS id, organisation_id, to_address, to_name, subject, body_text, why, reference, status,
                 attempts, error, created_at::text AS created_at, sent_at::text AS sent_at`;

/** Queues a mail; returns its id, or null when a mail with the same dedupe key is already queued or sent. */
export async function insertMail(db: Db, m: OutgoingMail): Promise<number | null> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO mail_outbox (organisation_id, to_address, to_name, subject, body_text, why, reference, dedupe_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id::int AS id`,
    [m.organisationId, m.to, m.toName ?? null, m.subject, m.text, m.why, m.reference ?? null, m.dedupeKey ?? null],
  );
  return rows[0]?.id ?? null;
}

/**
 * Claims the oldest mail waiting to go (queued, or failed fewer than `maxAttempts` times), so that
 * two servers never send the same one: the row is locked, skipped by the others, and marked sending.
 * `skipIds`: mails that failed in this delivery run wait for the next one.
 */
export async function claimNextMail(db: Db, maxAttempts: number, skipIds: readonly number[]): Promise<OutboxRow | null> {
  const rows = await db.query<OutboxRow>(
    `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, claimed_at = now()
      WHERE id = (SELECT id FROM mail_outbox
                   WHERE (status = 'queued' OR (status = 'failed' AND attempts < $1)) AND NOT (id = ANY($2::bigint[]))
                   ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING ${COLUMNS}`,
    [maxAttempts, skipIds],
  );
  return rows[0] ?? null;
}

export async function markMail(db: Db, id: number, status: OutboxStatus, error: string | null): Promise<void> {
  await db.query(
    `UPDATE mail_outbox SET status = $2, error = $3, sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END WHERE id = $1`,
    [id, status, error],
  );
}

/** Mails left 'sending' by a server that stopped mid-send go back to the queue. */
export async function requeueStaleSending(db: Db, olderThanSeconds: number): Promise<void> {
  await db.query(
    `UPDATE mail_outbox SET status = 'queued' WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => $1)`,
    [olderThanSeconds],
  );
}

/** An organisation's outbox, newest first. */
export async function listOutbox(db: Db, organisationId: number, limit: number): Promise<OutboxRow[]> {
  return db.query<OutboxRow>(`SELECT ${COLUMNS} FROM mail_outbox WHERE organisation_id = $1 ORDER BY id DESC LIMIT $2`, [organisationId, limit]);
}
