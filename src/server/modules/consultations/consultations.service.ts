import type { Db } from '../../../db/client';
import type {
  ConsultationListItem,
  ConsultationView,
  CreateConsultationBody,
  CreatedConsultation,
  PartyView,
  ResponseVersion,
  ReviewBody,
} from '../../../shared/contracts/consultations';
import { type Actor, can } from '../../access/can';
import { issueToken, setTokenExpiry, revokeToken } from '../../access/access-tokens';
import type { AppContext } from '../../app';
import { localizedError } from '../../http/errors';
import { authorize } from '../../http/session';
import { MSG } from './consultation-messages';
import { invitationMail, reminderMail } from './consultation-mails';
import * as q from './consultations.queries';

export const INVITATION_SCOPE = 'consultation-invitation';

type Deps = Pick<AppContext, 'db' | 'mailer' | 'publicUrl'>;

/** A consultation the actor may manage, or 404 (never 403: a round of another organisation is not shown to exist). */
export async function manageableConsultation(db: Db, actor: Actor, id: number): Promise<q.ConsultationRow> {
  const c = await q.findConsultation(db, id);
  if (!c || !can(actor, 'consultation:manage', { organisationId: c.organisation_id })) throw localizedError('not-found', MSG.notFound);
  return c;
}

/**
 * Sends a round: stores the letter, parts and questions, gives each invited party a link (an
 * invitation token expiring at the deadline) and queues the invitations in the same transaction.
 */
export async function createConsultation(deps: Deps, actor: Actor, body: CreateConsultationBody): Promise<CreatedConsultation> {
  authorize(actor, 'consultation:manage', { organisationId: body.organisationId });
  const deadline = new Date(/^\d{4}-\d{2}-\d{2}$/.test(body.deadline) ? `${body.deadline}T23:59:59+01:00` : body.deadline);
  if (deadline.getTime() <= Date.now()) throw localizedError('validation', MSG.deadlinePast, 'deadline');
  const emails = body.invitees.map((i) => i.email.toLowerCase());
  const twice = emails.findIndex((e, i) => emails.indexOf(e) !== i);
  if (twice >= 0) throw localizedError('validation', MSG.duplicateInvitee, `invitees.${twice}.email`);
  if (body.planId !== undefined) {
    const plan = await q.findPlanForConsultation(deps.db, body.planId);
    if (!plan || plan.organisation_id !== body.organisationId) throw localizedError('validation', MSG.planElsewhere, 'planId');
  }
  const created = await deps.db.transaction(async (tx) => {
    const id = await q.insertConsultation(tx, { ...body, planId: body.planId ?? null, deadline, createdBy: actor.id });
    for (const [i, question] of body.questions.entries()) await q.insertQuestion(tx, id, i, question.text, question.subQuestions ?? []);
    for (const [i, part] of (body.parts ?? []).entries()) {
      let title = part.title?.trim() ?? '';
      if (part.nodeId !== undefined) {
        if (body.planId === undefined) throw localizedError('validation', MSG.partNeedsPlan, `parts.${i}.nodeId`);
        const node = await q.findNodeTitle(tx, body.planId, part.nodeId);
        if (!node) throw localizedError('validation', MSG.unknownNode, `parts.${i}.nodeId`);
        title ||= node.title;
      }
      if (!title) throw localizedError('validation', MSG.partTitle, `parts.${i}.title`);
      await q.insertPart(tx, id, i, part.nodeId ?? null, title);
    }
    const c = (await q.findConsultation(tx, id))!;
    const invitations: CreatedConsultation['invitations'] = [];
    for (const invitee of body.invitees) {
      const token = await issueToken(tx, { scopeType: INVITATION_SCOPE, scopeId: id, label: invitee.name, expiresAt: deadline, createdBy: actor.id });
      const invitationId = await q.insertInvitation(tx, id, invitee.name, invitee.email, token.id);
      const url = `${deps.publicUrl.replace(/\/$/, '')}/consultation/${token.token}`;
      const mail = invitationMail(c.default_lang, { organisation: c.organisation_name, title: body.title, party: invitee.name, deadline: c.deadline, url });
      await deps.mailer.queue(tx, {
        organisationId: body.organisationId,
        to: invitee.email,
        toName: invitee.name,
        subject: mail.subject,
        text: mail.text,
        why: 'consultation-invitation',
        reference: `consultation:${id}:invitation:${invitationId}`,
        dedupeKey: `consultation-invitation:${invitationId}`,
      });
      invitations.push({ invitee: { name: invitee.name, email: invitee.email }, invitationId, token: token.token, url });
    }
    return { id, invitations };
  });
  deps.mailer.deliverSoon();
  return created;
}

export async function listConsultations(db: Db, actor: Actor, organisationId: number): Promise<ConsultationListItem[]> {
  authorize(actor, 'consultation:manage', { organisationId });
  return (await q.listConsultations(db, organisationId)).map((c) => ({
    id: c.id,
    title: c.title,
    deadline: c.deadline,
    closedAt: c.closed_at,
    publishedAt: c.published_at,
    invited: c.invited,
    answered: c.answered,
  }));
}

/** The round with every party's latest submitted version and the region's reviews: what the region reads. */
export async function consultationView(db: Db, c: q.ConsultationRow): Promise<ConsultationView> {
  const [questions, parts, invitations, reviews] = await Promise.all([
    q.listQuestions(db, c.id),
    q.listParts(db, c.id),
    q.listInvitations(db, c.id),
    q.listReviews(db, c.id),
  ]);
  const versions = await submittedVersions(db, invitations.map((i) => i.id));
  const parties: PartyView[] = invitations.map((i) => {
    const own = versions.filter((v) => v.invitationId === i.id);
    return {
      invitationId: i.id,
      party: i.party,
      email: i.email,
      withdrawn: i.withdrawn_at !== null,
      submitted: own.at(-1)?.version ?? null,
      submittedVersions: own.length,
    };
  });
  return {
    id: c.id,
    organisationId: c.organisation_id,
    planId: c.plan_id,
    title: c.title,
    letter: c.letter,
    deadline: c.deadline,
    closedAt: c.closed_at,
    publishedAt: c.published_at,
    ended: c.ended,
    questions: questions.map((x) => ({ id: x.id, position: x.position, text: x.text, subQuestions: x.sub_questions, summary: x.summary })),
    parts: parts.map((p) => ({ id: p.id, position: p.position, nodeId: p.node_id, title: p.title })),
    parties,
    reviews: reviews.map((r) => ({
      invitationId: r.invitation_id,
      questionId: r.question_id,
      partId: r.part_id,
      tags: r.tags,
      response: r.response,
      ledToChange: r.led_to_change,
      changeAuditId: r.change_audit_id,
      changeDescription: r.change_description,
    })),
  };
}

/** Every submitted version of the invitations' answers, oldest first (drafts are the respondent's own). */
async function submittedVersions(db: Db, invitationIds: number[]): Promise<{ invitationId: number; version: ResponseVersion }[]> {
  const responses = (await q.listResponses(db, invitationIds)).filter((r) => r.submitted_at !== null);
  return responseVersions(db, responses);
}

/** Versions with their answers and attachments. */
export async function responseVersions(db: Db, responses: q.ResponseRow[]): Promise<{ invitationId: number; version: ResponseVersion }[]> {
  const ids = responses.map((r) => r.id);
  const [answers, attachments] = await Promise.all([q.listAnswers(db, ids), q.listAttachments(db, ids)]);
  return responses.map((r) => ({
    invitationId: r.invitation_id,
    version: {
      version: r.version,
      respondent: { name: r.respondent_name, email: r.respondent_email },
      submittedAt: r.submitted_at,
      updatedAt: r.updated_at,
      answers: answers.filter((a) => a.response_id === r.id).map((a) => ({ questionId: a.question_id, partId: a.part_id, stance: a.stance, text: a.text })),
      attachments: attachments.filter((a) => a.response_id === r.id).map((a) => ({ id: a.id, fileName: a.file_name, kind: a.kind, size: a.size })),
    },
  }));
}

/** Closes a round before or at its deadline: every link stops working now. */
export async function closeConsultation(db: Db, actor: Actor, id: number): Promise<ConsultationView> {
  const c = await manageableConsultation(db, actor, id);
  await db.transaction(async (tx) => {
    await q.setClosed(tx, id);
    const now = new Date();
    for (const i of await q.listInvitations(tx, id)) if (new Date(c.deadline) > now) await setTokenExpiry(tx, i.token_id, now);
  });
  return consultationView(db, (await q.findConsultation(db, id))!);
}

/** Withdraws one party's link: it answers 404 from now on; what they submitted stays. */
export async function withdrawInvitation(db: Db, actor: Actor, id: number, invitationId: number): Promise<void> {
  await manageableConsultation(db, actor, id);
  const invitation = await q.findInvitation(db, invitationId);
  if (!invitation || invitation.consultation_id !== id) throw localizedError('not-found', MSG.notFound);
  await db.transaction(async (tx) => {
    await q.markWithdrawn(tx, invitationId);
    await revokeToken(tx, invitation.token_id);
  });
}

function requireEnded(c: q.ConsultationRow): void {
  if (!c.ended) throw localizedError('conflict', MSG.notEnded);
}

/** The region's reading of one point: tags, response, and whether (and by which plan edit) it changed the plan. */
export async function saveReview(db: Db, actor: Actor, id: number, body: ReviewBody): Promise<ConsultationView> {
  const c = await manageableConsultation(db, actor, id);
  requireEnded(c);
  const view = await consultationView(db, c);
  const party = view.parties.find((p) => p.invitationId === body.invitationId);
  if (!party) throw localizedError('validation', MSG.notFound, 'invitationId');
  const partId = body.partId ?? null;
  if (!party.submitted?.answers.some((a) => a.questionId === body.questionId && a.partId === partId)) throw localizedError('validation', MSG.notAnswered, 'questionId');
  if (body.changeAuditId) {
    const entry = c.plan_id === null ? undefined : await q.findPlanAuditEntry(db, c.plan_id, body.changeAuditId);
    if (!entry) throw localizedError('validation', MSG.auditElsewhere, 'changeAuditId');
  }
  await q.upsertReview(db, {
    consultationId: id,
    invitationId: body.invitationId,
    questionId: body.questionId,
    partId,
    tags: [...new Set(body.tags)],
    response: body.response.trim(),
    ledToChange: body.ledToChange || Boolean(body.changeAuditId),
    changeAuditId: body.changeAuditId ?? null,
    changeDescription: body.changeDescription?.trim() || null,
    userId: actor.id,
  });
  return consultationView(db, c);
}

export async function saveQuestionSummary(db: Db, actor: Actor, id: number, questionId: number, summary: string): Promise<ConsultationView> {
  const c = await manageableConsultation(db, actor, id);
  requireEnded(c);
  if (!(await q.setQuestionSummary(db, id, questionId, summary.trim()))) throw localizedError('not-found', MSG.unknownQuestion);
  return consultationView(db, c);
}

/** Publishes the answers and the notat on the public page; only after the deadline (or closing). */
export async function publishConsultation(db: Db, actor: Actor, id: number): Promise<ConsultationView> {
  const c = await manageableConsultation(db, actor, id);
  requireEnded(c);
  await q.setPublished(db, id);
  return consultationView(db, (await q.findConsultation(db, id))!);
}

/** A published round, for anyone; 404 otherwise. */
export async function publishedConsultation(db: Db, id: number): Promise<q.ConsultationRow> {
  const c = await q.findConsultation(db, id);
  if (!c?.published_at || !c.ended) throw localizedError('not-found', MSG.notPublished);
  return c;
}

/**
 * Reminds every party that has not submitted, once per invitation, when a deadline is `hours` away.
 * Safe to run from several servers: the dedupe key lets each reminder go once.
 */
export async function sendConsultationReminders(deps: Pick<AppContext, 'db' | 'mailer'>, hours = 72): Promise<number> {
  let queued = 0;
  for (const r of await q.invitationsToRemind(deps.db, hours)) {
    const mail = reminderMail(r.default_lang, { title: r.title, party: r.party, deadline: r.deadline });
    const id = await deps.mailer.queue(deps.db, {
      organisationId: r.organisation_id,
      to: r.email,
      toName: r.party,
      subject: mail.subject,
      text: mail.text,
      why: 'consultation-reminder',
      reference: `consultation:${r.consultation_id}:invitation:${r.invitation_id}`,
      dedupeKey: `consultation-reminder:${r.invitation_id}`,
    });
    if (id !== null) queued++;
  }
  if (queued) deps.mailer.deliverSoon();
  return queued;
}

