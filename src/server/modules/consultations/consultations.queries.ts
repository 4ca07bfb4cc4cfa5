import type { Db } from '../../../db/client';
import type { Stance } from '../../../domain/consultation/stance';

/** SQL of consultation rounds: the round, its questions, parts, invitations, answer versions, attachments and reviews. */

export interface ConsultationRow {
  id: number;
  organisation_id: number;
  plan_id: number | null;
  title: string;
  letter: string;
  deadline: string;
  closed_at: string | null;
  published_at: string | null;
  ended: boolean;
  organisation_name: string;
  default_lang: 'sv' | 'da' | 'en';
}

export async function insertConsultation(
  db: Db,
  c: { organisationId: number; planId: number | null; title: string; letter: string; deadline: Date; createdBy: number },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO consultations (organisation_id, plan_id, title, letter, deadline, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [c.organisationId, c.planId, c.title, c.letter, c.deadline.toISOString(), c.createdBy],
  );
  return row!.id;
}

export async function insertQuestion(db: Db, consultationId: number, position: number, text: string, subQuestions: string[]): Promise<void> {
  await db.query(`INSERT INTO consultation_questions (consultation_id, position, text, sub_questions) VALUES ($1, $2, $3, $4)`, [
    consultationId,
    position,
    text,
    JSON.stringify(subQuestions),
  ]);
}

export async function insertPart(db: Db, consultationId: number, position: number, nodeId: number | null, title: string): Promise<void> {
  await db.query(`INSERT INTO consultation_parts (consultation_id, position, node_id, title) VALUES ($1, $2, $3, $4)`, [consultationId, position, nodeId, title]);
}

export async function insertInvitation(db: Db, consultationId: number, party: string, email: string, tokenId: number): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO consultation_invitations (consultation_id, party, email, token_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [consultationId, party, email, tokenId],
  );
  return row!.id;
}

const CONSULTATION = `SELECT c.id, c.organisation_id, c.plan_id, c.title, c.letter, c.deadline::text AS deadline,
    c.closed_at::text AS closed_at, c.published_at::text AS published_at,
    (c.closed_at IS NOT NULL OR c.deadline <= now()) AS ended, o.name AS organisation_name, o.default_lang
  FROM consultations c JOIN organisations o ON o.id = c.organisation_id`;

export async function findConsultation(db: Db, id: number): Promise<ConsultationRow | undefined> {
  return (await db.query<ConsultationRow>(`${CONSULTATION} WHERE c.id = $1`, [id]))[0];
}

export async function listConsultations(db: Db, organisationId: number) {
  return db.query<{ id: number; title: string; deadline: string; closed_at: string | null; published_at: string | null; invited: number; answered: number }>(
    `SELECT c.id, c.title, c.deadline::text AS deadline, c.closed_at::text AS closed_at, c.published_at::text AS published_at,
       (SELECT count(*)::int FROM consultation_invitations i WHERE i.consultation_id = c.id) AS invited,
       (SELECT count(DISTINCT i.id)::int FROM consultation_invitations i JOIN consultation_responses r ON r.invitation_id = i.id
         WHERE i.consultation_id = c.id AND r.submitted_at IS NOT NULL) AS answered
     FROM consultations c WHERE c.organisation_id = $1 ORDER BY c.id DESC`,
    [organisationId],
  );
}

export async function listQuestions(db: Db, consultationId: number) {
  return db.query<{ id: number; position: number; text: string; sub_questions: string[]; summary: string | null }>(
    `SELECT id, position, text, sub_questions, summary FROM consultation_questions WHERE consultation_id = $1 ORDER BY position`,
    [consultationId],
  );
}

export async function listParts(db: Db, consultationId: number) {
  return db.query<{ id: number; position: number; node_id: number | null; title: string }>(
    `SELECT id, position, node_id, title FROM consultation_parts WHERE consultation_id = $1 ORDER BY position`,
    [consultationId],
  );
}

export interface InvitationRow {
  id: number;
  consultation_id: number;
  party: string;
  email: string;
  token_id: number;
  withdrawn_at: string | null;
}

export async function listInvitations(db: Db, consultationId: number): Promise<InvitationRow[]> {
  return db.query<InvitationRow>(
    `SELECT id, consultation_id, party, email, token_id::int AS token_id, withdrawn_at::text AS withdrawn_at
     FROM consultation_invitations WHERE consultation_id = $1 ORDER BY id`,
    [consultationId],
  );
}

export async function findInvitation(db: Db, id: number): Promise<InvitationRow | undefined> {
  return (
    await db.query<InvitationRow>(
      `SELECT id, consultation_id, party, email, token_id::int AS token_id, withdrawn_at::text AS withdrawn_at FROM consultation_invitations WHERE id = $1`,
      [id],
    )
  )[0];
}

export async function markWithdrawn(db: Db, invitationId: number): Promise<void> {
  await db.query(`UPDATE consultation_invitations SET withdrawn_at = now() WHERE id = $1 AND withdrawn_at IS NULL`, [invitationId]);
}

export interface ResponseRow {
  id: number;
  invitation_id: number;
  version: number;
  respondent_name: string;
  respondent_email: string;
  submitted_at: string | null;
  updated_at: string;
}

const RESPONSE = `SELECT id, invitation_id, version, respondent_name, respondent_email, submitted_at::text AS submitted_at, updated_at::text AS updated_at FROM consultation_responses`;

/** Every version of the invitations' answers, oldest first. */
export async function listResponses(db: Db, invitationIds: number[]): Promise<ResponseRow[]> {
  if (invitationIds.length === 0) return [];
  return db.query<ResponseRow>(`${RESPONSE} WHERE invitation_id = ANY($1::int[]) ORDER BY invitation_id, version`, [invitationIds]);
}

/** The latest version, locked for the change that follows. */
export async function latestResponseForUpdate(db: Db, invitationId: number): Promise<ResponseRow | undefined> {
  return (await db.query<ResponseRow>(`${RESPONSE} WHERE invitation_id = $1 ORDER BY version DESC LIMIT 1 FOR UPDATE`, [invitationId]))[0];
}

export async function insertResponse(db: Db, invitationId: number, version: number, name: string, email: string): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO consultation_responses (invitation_id, version, respondent_name, respondent_email) VALUES ($1, $2, $3, $4) RETURNING id`,
    [invitationId, version, name, email],
  );
  return row!.id;
}

export async function updateResponse(db: Db, id: number, name: string, email: string, submit: boolean): Promise<void> {
  await db.query(
    `UPDATE consultation_responses SET respondent_name = $2, respondent_email = $3, updated_at = now(),
       submitted_at = CASE WHEN $4 THEN now() ELSE submitted_at END WHERE id = $1`,
    [id, name, email, submit],
  );
}

export async function replaceAnswers(
  db: Db,
  responseId: number,
  answers: { questionId: number; partId: number | null; stance: Stance | null; text: string }[],
): Promise<void> {
  await db.query(`DELETE FROM consultation_answers WHERE response_id = $1`, [responseId]);
  if (answers.length === 0) return;
  await db.query(
    `INSERT INTO consultation_answers (response_id, question_id, part_id, stance, text)
     SELECT $1, q, NULLIF(p, 0), s, t FROM unnest($2::int[], $3::int[], $4::text[], $5::text[]) AS a(q, p, s, t)`,
    [responseId, answers.map((a) => a.questionId), answers.map((a) => a.partId ?? 0), answers.map((a) => a.stance), answers.map((a) => a.text)],
  );
}

export async function listAnswers(db: Db, responseIds: number[]) {
  if (responseIds.length === 0) return [];
  return db.query<{ response_id: number; question_id: number; part_id: number | null; stance: Stance | null; text: string }>(
    `SELECT a.response_id, a.question_id, a.part_id, a.stance, a.text FROM consultation_answers a
       JOIN consultation_questions q ON q.id = a.question_id LEFT JOIN consultation_parts p ON p.id = a.part_id
     WHERE a.response_id = ANY($1::int[]) ORDER BY a.response_id, q.position, p.position NULLS FIRST`,
    [responseIds],
  );
}

/** Carries a version's attachments over to the next version. */
export async function copyAttachments(db: Db, fromResponseId: number, toResponseId: number): Promise<void> {
  await db.query(
    `INSERT INTO consultation_attachments (response_id, file_name, kind, size, data)
     SELECT $2, file_name, kind, size, data FROM consultation_attachments WHERE response_id = $1 ORDER BY id`,
    [fromResponseId, toResponseId],
  );
}

export async function insertAttachment(db: Db, responseId: number, fileName: string, kind: 'pdf' | 'docx', data: Buffer): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO consultation_attachments (response_id, file_name, kind, size, data) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [responseId, fileName, kind, data.length, data],
  );
  return row!.id;
}

export async function attachmentsSize(db: Db, responseId: number): Promise<{ count: number; bytes: number }> {
  const [row] = await db.query<{ count: number; bytes: number }>(
    `SELECT count(*)::int AS count, COALESCE(sum(size), 0)::int AS bytes FROM consultation_attachments WHERE response_id = $1`,
    [responseId],
  );
  return row ?? { count: 0, bytes: 0 };
}

export async function listAttachments(db: Db, responseIds: number[]) {
  if (responseIds.length === 0) return [];
  return db.query<{ id: number; response_id: number; file_name: string; kind: 'pdf' | 'docx'; size: number }>(
    `SELECT id, response_id, file_name, kind, size FROM consultation_attachments WHERE response_id = ANY($1::int[]) ORDER BY id`,
    [responseIds],
  );
}

export async function readAttachment(db: Db, consultationId: number, attachmentId: number) {
  return (
    await db.query<{ file_name: string; kind: 'pdf' | 'docx'; data: Uint8Array; submitted_at: string | null }>(
      `SELECT a.file_name, a.kind, a.data, r.submitted_at::text AS submitted_at FROM consultation_attachments a
         JOIN consultation_responses r ON r.id = a.response_id JOIN consultation_invitations i ON i.id = r.invitation_id
       WHERE a.id = $2 AND i.consultation_id = $1`,
      [consultationId, attachmentId],
    )
  )[0];
}

export async function setClosed(db: Db, id: number): Promise<void> {
  await db.query(`UPDATE consultations SET closed_at = COALESCE(closed_at, now()) WHERE id = $1`, [id]);
}

export async function setPublished(db: Db, id: number): Promise<void> {
  await db.query(`UPDATE consultations SET published_at = COALESCE(published_at, now()) WHERE id = $1`, [id]);
}

export async function setQuestionSummary(db: Db, consultationId: number, questionId: number, summary: string): Promise<boolean> {
  const rows = await db.query(`UPDATE consultation_questions SET summary = $3 WHERE consultation_id = $1 AND id = $2 RETURNING id`, [
    consultationId,
    questionId,
    summary,
  ]);
  return rows.length > 0;
}

export async function upsertReview(
  db: Db,
  r: {
    consultationId: number;
    invitationId: number;
    questionId: number;
    partId: number | null;
    tags: string[];
    response: string;
    ledToChange: boolean;
    changeAuditId: number | null;
    changeDescription: string | null;
    userId: number;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO consultation_reviews (consultation_id, invitation_id, question_id, part_id, tags, response, led_to_change, change_audit_id, change_description, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (invitation_id, question_id, COALESCE(part_id, 0)) DO UPDATE SET tags = EXCLUDED.tags, response = EXCLUDED.response,
       led_to_change = EXCLUDED.led_to_change, change_audit_id = EXCLUDED.change_audit_id, change_description = EXCLUDED.change_description,
       updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [r.consultationId, r.invitationId, r.questionId, r.partId, JSON.stringify(r.tags), r.response, r.ledToChange, r.changeAuditId, r.changeDescription, r.userId],
  );
}

export async function listReviews(db: Db, consultationId: number) {
  return db.query<{
    invitation_id: number;
    question_id: number;
    part_id: number | null;
    tags: string[];
    response: string;
    led_to_change: boolean;
    change_audit_id: number | null;
    change_description: string | null;
  }>(
    `SELECT invitation_id, question_id, part_id, tags, response, led_to_change, change_audit_id::int AS change_audit_id, change_description
     FROM consultation_reviews WHERE consultation_id = $1 ORDER BY id`,
    [consultationId],
  );
}

/** An audit entry of the plan (the edit a point led to), with what it changed. */
export async function findPlanAuditEntry(db: Db, planId: number, auditId: number) {
  return (
    await db.query<{ id: number; object_type: string; object_id: number; action: string; at: string }>(
      `SELECT id::int AS id, object_type, object_id, action, at::text AS at FROM audit_log WHERE id = $2 AND plan_id = $1`,
      [planId, auditId],
    )
  )[0];
}

export async function findPlanForConsultation(db: Db, planId: number) {
  return (await db.query<{ id: number; organisation_id: number }>(`SELECT id, organisation_id FROM plans WHERE id = $1`, [planId]))[0];
}

export async function findNodeTitle(db: Db, planId: number, nodeId: number) {
  return (await db.query<{ title: string }>(`SELECT title FROM plan_nodes WHERE id = $2 AND plan_id = $1`, [planId, nodeId]))[0];
}

/** Invitations still unanswered (no submitted version), not withdrawn, in rounds whose deadline is within `hours`. */
export async function invitationsToRemind(db: Db, hours: number) {
  return db.query<{ invitation_id: number; consultation_id: number; organisation_id: number; party: string; email: string; title: string; deadline: string; default_lang: 'sv' | 'da' | 'en'; token_id: number }>(
    `SELECT i.id AS invitation_id, c.id AS consultation_id, c.organisation_id, i.party, i.email, c.title, c.deadline::text AS deadline,
        o.default_lang, i.token_id::int AS token_id
     FROM consultation_invitations i JOIN consultations c ON c.id = i.consultation_id JOIN organisations o ON o.id = c.organisation_id
       JOIN access_tokens t ON t.id = i.token_id AND t.revoked_at IS NULL AND t.expires_at > now()
     WHERE i.withdrawn_at IS NULL AND c.closed_at IS NULL AND c.deadline > now() AND c.deadline <= now() + make_interval(hours => $1)
       AND NOT EXISTS (SELECT 1 FROM consultation_responses r WHERE r.invitation_id = i.id AND r.submitted_at IS NOT NULL)
     ORDER BY i.id`,
    [hours],
  );
}

/** The plan's latest edits (audit entries), newest first: what a point's "led to a change" can link to. */
export async function recentPlanChanges(db: Db, planId: number, limit = 50) {
  return db.query<{ id: number; object_type: string; object_id: number; action: string; at: string; title: string | null }>(
    `SELECT a.id::int AS id, a.object_type, a.object_id, a.action, a.at::text AS at,
        COALESCE(a.after->>'title', a.after->>'name', a.before->>'title', a.before->>'name') AS title
     FROM audit_log a WHERE a.plan_id = $1 ORDER BY a.id DESC LIMIT $2`,
    [planId, limit],
  );
}
