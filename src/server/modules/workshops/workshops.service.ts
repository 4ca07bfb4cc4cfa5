import type { Db } from '../../../db/client';
import { NORRLANDSTINGEN_TEMPLATE } from '../../../domain/workshop/agenda';
import { checkMove } from '../../../domain/workshop/clustering';
import { type Consensus, consensusOf } from '../../../domain/workshop/consensus';
import { checkBallot, tally } from '../../../domain/workshop/voting';
import { canSeeCard, revealKey } from '../../../domain/workshop/visibility';
import type { CreateCardRequest, CreateWorkshopRequest, Exercise, WorkshopCard, WorkshopState } from '../../../shared/workshop-types';
import { issueToken } from '../../access/access-tokens';
import type { Actor } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import type { LiveHub } from '../../live/live-hub';
import type { Mailer } from '../../mail/mailer';
import { audit } from '../audit/audit';
import { federationFor } from '../federations/federations.service';
import { federationMembers, upsertGlossaryTerm } from '../federations/federations.queries';
import { INVITATION_SCOPE, requireFacilitator, type Who, workshopFor } from './workshop-access';
import * as q from './workshops.queries';

export interface WorkshopDeps {
  db: Db;
  live: LiveHub;
}

const topic = (workshopId: number) => `workshop:${workshopId}`;

/** Tells every screen following the workshop that something changed; they re-read their view. */
async function changed(deps: WorkshopDeps, workshopId: number, kind: string, id?: number): Promise<void> {
  await deps.live.publish(topic(workshopId), id === undefined ? { kind } : { kind, id });
}

const TEMPLATES = { [NORRLANDSTINGEN_TEMPLATE.key]: NORRLANDSTINGEN_TEMPLATE };

/** A federation admin sets up a workshop from a template's agenda (seed 000's by default) and facilitates it. */
export async function createWorkshop(deps: WorkshopDeps, actor: Actor, input: CreateWorkshopRequest): Promise<{ id: number }> {
  const federation = await federationFor(deps.db, actor, input.federationId, 'workshop:facilitate');
  const template = TEMPLATES[input.template ?? NORRLANDSTINGEN_TEMPLATE.key];
  if (!template) throw fieldError('template', `Okänd workshopmall "${input.template}". Välj ${Object.keys(TEMPLATES).join(', ')}.`);
  return deps.db.transaction(async (tx) => {
    const id = await q.insertWorkshop(tx, { federationId: federation.id, title: input.title.trim(), createdBy: actor.id });
    await q.insertAgenda(tx, id, template.agenda);
    const name = (await tx.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [actor.id]))[0]?.name ?? '';
    await q.insertParticipant(tx, { workshopId: id, organisationId: federation.organisation_id, userId: actor.id, name, email: null, facilitator: true });
    await audit(tx, { userId: actor.id }, { organisationId: federation.organisation_id, planId: null, objectType: 'workshop', objectId: id, action: 'create', before: null, after: { title: input.title.trim(), template: template.key } });
    return { id };
  });
}

/** The workshop as this viewer may see it: hidden cards without their text, votes hidden until revealed. */
export async function getWorkshopState(db: Db, who: Who, workshopId: number): Promise<WorkshopState> {
  const { workshop: w, viewer } = await workshopFor(db, who, workshopId);
  const members = await federationMembers(db, w.federation_id);
  const people = await q.participants(db, w.id);
  const allCards = await q.cards(db, w.id);
  const allClusters = await q.clusters(db, w.id);
  const allVotes = await q.votes(db, w.id);
  const allPositions = await q.positions(db, w.id);
  const areas = await q.focusAreas(db, w.id);
  const agendaItems = await q.agenda(db, w.id);
  const seeing = { facilitator: viewer.facilitator, organisationId: viewer.organisationId };
  const cards: WorkshopCard[] = allCards.map((c) => {
    const visible = canSeeCard({ exercise: c.exercise, perspective: c.perspective, organisationId: c.organisation_id }, w.revealed, seeing);
    return {
      id: c.id,
      exercise: c.exercise,
      organisationId: c.organisation_id,
      organisationName: c.organisation_name,
      text: visible ? c.text : null,
      term: visible ? c.term : null,
      quadrant: c.quadrant,
      stage: c.stage,
      perspective: c.perspective,
      who: visible ? c.who : null,
      when: visible ? c.when_text : null,
      clusterId: c.cluster_id,
      mine: c.participant_id === viewer.participantId,
    };
  });
  const memberIds = members.map((m) => m.id);
  const votable = allCards.filter((c) => canSeeCard({ exercise: c.exercise, perspective: c.perspective, organisationId: c.organisation_id }, w.revealed, seeing)).map((c) => c.id);
  const t = tally(
    allVotes.map((v) => ({ participantId: v.participant_id, organisationId: v.organisation_id, cardId: v.card_id, points: v.points })),
    votable,
    { revealed: w.votes_revealed, viewerParticipantId: viewer.participantId, mode: w.voting_mode, dotsPerPerson: w.dots_per_person },
  );
  const definitions = allCards
    .filter((c) => c.exercise === 'definitions')
    .map((c) => {
      const rows = allPositions.filter((p) => p.card_id === c.id).map((p) => ({ organisationId: p.organisation_id, position: p.position, comment: p.comment }));
      const consensus = consensusOf(rows, memberIds);
      return { cardId: c.id, state: consensus.state, positions: rows, missing: consensus.missing };
    });
  return {
    id: w.id,
    federationId: w.federation_id,
    federationName: w.federation_name,
    title: w.title,
    targetPicture: w.target_picture,
    perspectives: NORRLANDSTINGEN_TEMPLATE.perspectives,
    agenda: agendaItems,
    currentAgendaId: w.current_agenda_id,
    organisations: members.map((m) => ({ id: m.id, name: m.name })),
    participants: people.map((p) => ({ id: p.id, name: p.name, organisationId: p.organisation_id, facilitator: p.facilitator })),
    me: { participantId: viewer.participantId, organisationId: viewer.organisationId, facilitator: viewer.facilitator, name: viewer.name },
    revealed: w.revealed,
    cards,
    clusters: allClusters,
    voting: { mode: w.voting_mode, dotsPerPerson: w.dots_per_person, revealed: t.revealed, remaining: t.remaining, voters: t.voters, cards: t.cards },
    definitions,
    focusAreas: areas,
    timer: { endsAt: w.timer_ends_at ? new Date(w.timer_ends_at).toISOString() : null, label: w.timer_label, serverNow: new Date().toISOString() },
    draftPlanId: w.draft_plan_id,
  };
}

/**
 * A card from a participant for their own organisation (the facilitator may write for any member,
 * e.g. from a flip chart). A resend with the same client key returns the first card.
 */
export async function addCard(deps: WorkshopDeps, who: Who, workshopId: number, input: CreateCardRequest): Promise<{ id: number }> {
  const result = await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    const members = await federationMembers(tx, workshop.federation_id);
    if (!members.some((m) => m.id === input.organisationId)) throw fieldError('organisationId', 'Organisationen är inte medlem i förbundet.');
    if (!viewer.facilitator && viewer.organisationId !== input.organisationId) throw fieldError('organisationId', 'Du skriver kort för din egen organisation.');
    if (input.clientKey) {
      const existing = await q.cardByClientKey(tx, workshop.id, input.clientKey);
      if (existing !== undefined) return { id: existing, created: false };
    }
    return { id: await q.insertCard(tx, workshop.id, viewer.participantId, input), created: true };
  });
  if (result.created) await changed(deps, workshopId, 'card', result.id);
  return { id: result.id };
}

export async function createCluster(deps: WorkshopDeps, who: Who, workshopId: number, input: { exercise: Exercise; name: string }): Promise<{ id: number }> {
  const id = await deps.db.transaction(async (tx) => {
    const { workshop } = await workshopFor(tx, who, workshopId, true);
    return q.insertCluster(tx, workshop.id, input.exercise, input.name.trim());
  });
  await changed(deps, workshopId, 'cluster', id);
  return { id };
}

/** Puts a card into a cluster of its exercise (or out of any); repeating a move changes nothing. */
export async function moveCard(deps: WorkshopDeps, who: Who, workshopId: number, cardId: number, clusterId: number | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { workshop } = await workshopFor(tx, who, workshopId, true);
    const card = await q.getCard(tx, workshop.id, cardId);
    if (!card) throw new AppError('not-found', `Kortet ${cardId} finns inte i workshoppen.`);
    const problem = checkMove({ id: card.id, exercise: card.exercise, clusterId: card.cluster_id }, clusterId, await q.clusters(tx, workshop.id));
    if (problem?.code === 'no-such-cluster') throw fieldError('clusterId', `Gruppen ${clusterId} finns inte i workshoppen.`);
    if (problem?.code === 'other-exercise') throw fieldError('clusterId', 'Gruppen hör till en annan övning än kortet.');
    await q.setCardCluster(tx, card.id, clusterId);
  });
  await changed(deps, workshopId, 'card', cardId);
}

/** Replaces the viewer's whole ballot (so a resend is harmless); checked against the dots or the 100 points. */
export async function castBallot(deps: WorkshopDeps, who: Who, workshopId: number, entries: { cardId: number; points: number }[]): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    if (workshop.votes_revealed) throw new AppError('conflict', 'Rösterna är redan visade; röstningen är stängd.');
    const seeing = { facilitator: viewer.facilitator, organisationId: viewer.organisationId };
    const votable = new Set(
      (await q.cards(tx, workshop.id)).filter((c) => canSeeCard({ exercise: c.exercise, perspective: c.perspective, organisationId: c.organisation_id }, workshop.revealed, seeing)).map((c) => c.id),
    );
    const problem = checkBallot(workshop.voting_mode, workshop.dots_per_person, entries, votable);
    if (problem) {
      const message =
        problem.code === 'over-budget'
          ? `Du har ${problem.budget} ${workshop.voting_mode === 'dots' ? 'prickar' : 'poäng'} att fördela, inte ${problem.used}.`
          : problem.code === 'not-a-card'
            ? `Kortet ${problem.cardId} går inte att rösta på.`
            : problem.code === 'duplicate-card'
              ? `Kortet ${problem.cardId} står två gånger.`
              : 'Poängen ska vara hela tal större än noll.';
      throw fieldError('entries', message);
    }
    await q.replaceBallot(tx, workshop.id, viewer.participantId, entries);
  });
  await changed(deps, workshopId, 'vote');
}

/** The facilitator reveals the votes, or the silently written cards of an exercise (or one perspective of it). */
export async function reveal(deps: WorkshopDeps, who: Who, workshopId: number, target: 'votes' | Exercise, perspective?: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    requireFacilitator(viewer);
    if (target === 'votes') return q.updateWorkshop(tx, workshop.id, { votes_revealed: true });
    const key = revealKey(target, perspective ?? null);
    if (!workshop.revealed.includes(key)) await q.updateWorkshop(tx, workshop.id, { revealed: [...workshop.revealed, key] });
  });
  await changed(deps, workshopId, 'reveal');
}

/** Voting mode, dots per person and the målbild. Changing the mode clears ballots cast under the other. */
export async function updateSettings(deps: WorkshopDeps, who: Who, workshopId: number, input: { votingMode?: 'dots' | 'points'; dotsPerPerson?: number; targetPicture?: string }): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    requireFacilitator(viewer);
    const modeChange = (input.votingMode !== undefined && input.votingMode !== workshop.voting_mode) || (input.dotsPerPerson !== undefined && input.dotsPerPerson !== workshop.dots_per_person);
    if (modeChange) await tx.query('DELETE FROM workshop_votes WHERE workshop_id = $1', [workshop.id]);
    await q.updateWorkshop(tx, workshop.id, {
      voting_mode: input.votingMode,
      dots_per_person: input.dotsPerPerson,
      target_picture: input.targetPicture,
      votes_revealed: modeChange ? false : undefined,
    });
  });
  await changed(deps, workshopId, 'workshop');
}

/** Starts (seconds > 0) or stops (0) the timer everyone sees; the end time is the server's. */
export async function setTimer(deps: WorkshopDeps, who: Who, workshopId: number, seconds: number, label?: string): Promise<{ endsAt: string | null }> {
  const endsAt = seconds > 0 ? new Date(Date.now() + seconds * 1000) : null;
  await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    requireFacilitator(viewer);
    await q.updateWorkshop(tx, workshop.id, { timer_ends_at: endsAt, timer_label: label ?? '' });
  });
  await changed(deps, workshopId, 'timer');
  return { endsAt: endsAt?.toISOString() ?? null };
}

/**
 * An organisation's position on a proposed definition. When every member agrees the term enters
 * the federation's glossary; when one disagrees again it leaves it.
 */
export async function setPosition(deps: WorkshopDeps, who: Who, workshopId: number, cardId: number, input: { organisationId: number; position: 'agree' | 'disagree' | 'comment'; comment?: string }): Promise<{ state: Consensus['state'] }> {
  const state = await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    if (!viewer.facilitator && viewer.organisationId !== input.organisationId) throw fieldError('organisationId', 'Du tar ställning för din egen organisation.');
    const card = await q.getCard(tx, workshop.id, cardId);
    if (card?.exercise !== 'definitions') throw new AppError('not-found', `Definitionen ${cardId} finns inte i workshoppen.`);
    const members = await federationMembers(tx, workshop.federation_id);
    if (!members.some((m) => m.id === input.organisationId)) throw fieldError('organisationId', 'Organisationen är inte medlem i förbundet.');
    if (input.position === 'comment' && !input.comment) throw fieldError('comment', 'Skriv kommentaren.');
    await q.upsertPosition(tx, cardId, input.organisationId, input.position, input.comment ?? '');
    const rows = (await q.positions(tx, workshop.id)).filter((p) => p.card_id === cardId).map((p) => ({ organisationId: p.organisation_id, position: p.position, comment: p.comment }));
    const consensus = consensusOf(rows, members.map((m) => m.id));
    if (consensus.state === 'agreed') await upsertGlossaryTerm(tx, workshop.federation_id, card.term ?? card.text, card.text, card.id);
    else await tx.query('DELETE FROM federation_glossary WHERE federation_id = $1 AND source_card_id = $2', [workshop.federation_id, card.id]);
    return consensus.state;
  });
  await changed(deps, workshopId, 'definition', cardId);
  return { state };
}

/** A strategic focus area, named by the room, holding the cards (and so the organisations) it grew from. */
export async function createFocusArea(deps: WorkshopDeps, who: Who, workshopId: number, input: { name: string; cardIds: number[] }): Promise<{ id: number }> {
  const id = await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    requireFacilitator(viewer);
    const known = new Set((await q.cards(tx, workshop.id)).map((c) => c.id));
    const unknown = input.cardIds.filter((c) => !known.has(c));
    if (unknown.length > 0) throw fieldError('cardIds', `Korten ${unknown.join(', ')} finns inte i workshoppen.`);
    return q.insertFocusArea(tx, workshop.id, input.name.trim(), input.cardIds);
  });
  await changed(deps, workshopId, 'focus-area', id);
  return { id };
}

/**
 * Invites a participant of a member organisation: a person with an account, or a guest who gets
 * an expiring invitation link (mailed through the outbox when an address is given). The link is
 * returned once, to the facilitator.
 */
export async function invite(
  deps: WorkshopDeps & { mailer: Mailer; publicUrl: string },
  who: Who,
  workshopId: number,
  input: { organisationId: number; name: string; email?: string; userId?: number; expiresInDays?: number },
): Promise<{ participantId: number; link: string | null; expiresAt: string | null }> {
  const result = await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    requireFacilitator(viewer);
    const members = await federationMembers(tx, workshop.federation_id);
    const org = members.find((m) => m.id === input.organisationId);
    if (!org) throw fieldError('organisationId', 'Organisationen är inte medlem i förbundet.');
    if (input.userId !== undefined) {
      const member = await tx.query('SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2', [input.userId, org.id]);
      if (member.length === 0) throw fieldError('userId', `Personen har ingen roll i ${org.name}.`);
      const participantId = await q.insertParticipant(tx, { workshopId: workshop.id, organisationId: org.id, userId: input.userId, name: input.name.trim(), email: input.email ?? null, facilitator: false });
      return { participantId, link: null, expiresAt: null };
    }
    const participantId = await q.insertParticipant(tx, { workshopId: workshop.id, organisationId: org.id, userId: null, name: input.name.trim(), email: input.email ?? null, facilitator: false });
    const expires = new Date(Date.now() + (input.expiresInDays ?? 14) * 24 * 3600 * 1000);
    const token = await issueToken(tx, { scopeType: INVITATION_SCOPE, scopeId: workshop.id, label: `${input.name.trim()} (${org.name})`, expiresAt: expires, createdBy: viewer.userId });
    await q.setParticipantToken(tx, participantId, token.id);
    // The token travels in the fragment: it never reaches a server log or a Referer header.
    const link = `${deps.publicUrl}/workshops/join#${token.token}`;
    if (input.email) {
      await deps.mailer.queue(tx, {
        organisationId: workshop.federation_organisation_id,
        to: input.email,
        toName: input.name.trim(),
        subject: `Inbjudan: ${workshop.title}`,
        text: `Hej ${input.name.trim()},\n\ndu är inbjuden till workshoppen «${workshop.title}» i ${workshop.federation_name}, för ${org.name}.\n\nÖppna länken för att delta (inget konto behövs):\n${link}\n\nLänken gäller till ${expires.toISOString().slice(0, 10)}.\n`,
        why: 'workshop-invitation',
        reference: `workshop:${workshop.id}:participant:${participantId}`,
        dedupeKey: `workshop-invitation:${participantId}`,
      });
    }
    return { participantId, link, expiresAt: expires.toISOString(), mailed: !!input.email };
  });
  if ('mailed' in result && result.mailed) deps.mailer.deliverSoon();
  await changed(deps, workshopId, 'participant', result.participantId);
  return { participantId: result.participantId, link: result.link, expiresAt: result.expiresAt };
}
