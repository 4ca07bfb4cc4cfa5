import type { Db } from '../../../db/client';
import { resolveAnswers } from '../../../domain/consultation/answers';
import type { AnswerBody, AttachmentView, InvitationView, ResponseVersion } from '../../../shared/contracts/consultations';
import { resolveToken } from '../../access/access-tokens';
import { localizedError } from '../../http/errors';
import { attachmentKind, nameFits } from './attachment-kind';
import { MSG } from './consultation-messages';
import * as q from './consultations.queries';
import { INVITATION_SCOPE, responseVersions } from './consultations.service';

/** Attachments: at most this many bytes per file and this many files per response. */
export const ATTACHMENT_LIMITS = { bytes: 10 * 1024 * 1024, files: 10 } as const;

export interface OpenInvitation {
  invitation: q.InvitationRow;
  consultation: q.ConsultationRow;
}

/** The invitation a link opens, or 404 alike for a wrong, withdrawn or expired link. */
export async function openInvitation(db: Db, token: string): Promise<OpenInvitation> {
  const resolved = await resolveToken(db, INVITATION_SCOPE, token);
  if (resolved) {
    const [invitation] = (await q.listInvitations(db, resolved.scopeId)).filter((i) => i.token_id === resolved.id && i.withdrawn_at === null);
    const consultation = invitation && (await q.findConsultation(db, resolved.scopeId));
    if (invitation && consultation && !consultation.ended) return { invitation, consultation };
  }
  throw localizedError('not-found', MSG.invitationNotFound);
}

/** What the respondent reads: the letter, the parts and questions, and their latest version. */
export async function invitationView(db: Db, open: OpenInvitation): Promise<InvitationView> {
  const c = open.consultation;
  const [questions, parts, latest] = await Promise.all([q.listQuestions(db, c.id), q.listParts(db, c.id), latestVersion(db, open.invitation.id)]);
  return {
    consultation: { title: c.title, letter: c.letter, deadline: c.deadline, organisation: c.organisation_name, language: c.default_lang },
    party: open.invitation.party,
    questions: questions.map((x) => ({ id: x.id, position: x.position, text: x.text, subQuestions: x.sub_questions, summary: null })),
    parts: parts.map((p) => ({ id: p.id, position: p.position, nodeId: p.node_id, title: p.title })),
    response: latest,
  };
}

async function latestVersion(db: Db, invitationId: number): Promise<ResponseVersion | null> {
  const responses = await q.listResponses(db, [invitationId]);
  const last = responses.at(-1);
  return last ? ((await responseVersions(db, [last]))[0]?.version ?? null) : null;
}

/**
 * Saves the party's answer as a draft or submits it. A submitted version is never changed: with
 * `newVersion` the change becomes the next version (carrying the attachments), without it 409.
 */
export async function saveAnswer(db: Db, open: OpenInvitation, body: AnswerBody): Promise<ResponseVersion> {
  const c = open.consultation;
  const [questions, parts] = await Promise.all([q.listQuestions(db, c.id), q.listParts(db, c.id)]);
  const resolved = resolveAnswers(
    body.answers,
    questions.map((x) => x.id),
    parts.map((p) => p.id),
  );
  if (!resolved.ok) {
    const text = { 'unknown-question': MSG.unknownQuestion, 'unknown-part': MSG.unknownPart, duplicate: MSG.duplicatePoint, empty: MSG.emptyAnswer };
    const [first] = resolved.problems;
    const error = localizedError('validation', text[first!.problem], first!.path);
    error.details.push(...resolved.problems.slice(1).map((p) => ({ path: p.path, message: text[p.problem].sv })));
    throw error;
  }
  const { name, email } = body.respondent;
  await db.transaction(async (tx) => {
    const latest = await q.latestResponseForUpdate(tx, open.invitation.id);
    let responseId: number;
    if (!latest) {
      responseId = await q.insertResponse(tx, open.invitation.id, 1, name, email);
    } else if (latest.submitted_at === null) {
      responseId = latest.id;
    } else {
      if (!body.newVersion) throw localizedError('conflict', MSG.alreadySubmitted, 'newVersion');
      responseId = await q.insertResponse(tx, open.invitation.id, latest.version + 1, name, email);
      await q.copyAttachments(tx, latest.id, responseId);
    }
    await q.replaceAnswers(tx, responseId, resolved.answers);
    await q.updateResponse(tx, responseId, name, email, body.submit);
  });
  return (await latestVersion(db, open.invitation.id))!;
}

/** Attaches a PDF or Word file to the party's draft, checked by its content and size. */
export async function addAttachment(db: Db, open: OpenInvitation, fileName: string, data: Buffer): Promise<AttachmentView> {
  const name = fileName.trim().replace(/[\\/]+/g, '_');
  if (!name || name.length > 200 || /(?![\t])\p{Cc}/u.test(name)) throw localizedError('validation', MSG.fileName, 'name');
  if (data.length === 0) throw localizedError('validation', MSG.fileEmpty, 'file');
  if (data.length > ATTACHMENT_LIMITS.bytes) throw localizedError('payload-too-large', MSG.tooLarge(ATTACHMENT_LIMITS.bytes / 1024 / 1024), 'file');
  const kind = await attachmentKind(data);
  if (!kind || !nameFits(name, kind)) throw localizedError('unsupported-media-type', MSG.fileType, 'file');
  return db.transaction(async (tx) => {
    const latest = await q.latestResponseForUpdate(tx, open.invitation.id);
    if (!latest) throw localizedError('conflict', MSG.noDraft);
    if (latest.submitted_at !== null) throw localizedError('conflict', MSG.alreadySubmitted);
    const { count } = await q.attachmentsSize(tx, latest.id);
    if (count >= ATTACHMENT_LIMITS.files) throw localizedError('validation', MSG.tooMany(ATTACHMENT_LIMITS.files), 'file');
    const id = await q.insertAttachment(tx, latest.id, name, kind, data);
    return { id, fileName: name, kind, size: data.length };
  });
}
