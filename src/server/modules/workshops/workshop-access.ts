import type { Db } from '../../../db/client';
import { type Actor, canInFederation } from '../../access/can';
import { resolveToken } from '../../access/access-tokens';
import { AppError } from '../../http/errors';
import { federationMembers } from '../federations/federations.queries';
import * as q from './workshops.queries';

/** The invitation token's cookie: a guest's way in to one workshop, without an account. */
export const WORKSHOP_COOKIE = 'ls_workshop';
export const INVITATION_SCOPE = 'workshop-invitation';

/** Who is asking: a signed-in person, an invited guest (the token from the cookie), or both. */
export interface Who {
  actor?: Actor;
  token?: string;
}

/** The person in the workshop: a participant of one organisation, or the facilitator. */
export interface Viewer {
  participantId: number;
  organisationId: number;
  facilitator: boolean;
  userId: number | null;
  name: string;
}

/**
 * Resolves who takes part. A federation admin facilitates; a signed-in member of a member
 * organisation joins as a participant of that organisation (the first one the workshop's
 * federation has); a guest is the participant their invitation was issued for. Anyone else: 404,
 * so a workshop's existence is not told.
 */
export async function viewerFor(db: Db, who: Who, workshop: q.WorkshopRow): Promise<Viewer> {
  const notFound = () => new AppError('not-found', `Workshoppen ${workshop.id} finns inte.`);
  const { actor } = who;
  if (actor && canInFederation(actor, 'workshop:take-part', workshop.federation_id)) {
    const existing = await q.participantByUser(db, workshop.id, actor.id);
    if (existing) return asViewer(existing);
    const facilitator = canInFederation(actor, 'workshop:facilitate', workshop.federation_id);
    const members = await federationMembers(db, workshop.federation_id);
    const own = members.find((m) => actor.roles.has(m.id) && actor.roles.get(m.id) !== undefined && m.id !== workshop.federation_organisation_id);
    const organisationId = facilitator ? workshop.federation_organisation_id : own?.id;
    if (organisationId === undefined) throw notFound();
    const name = (await db.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [actor.id]))[0]?.name ?? '';
    await q.insertParticipant(db, { workshopId: workshop.id, organisationId, userId: actor.id, name, email: null, facilitator });
    return asViewer((await q.participantByUser(db, workshop.id, actor.id))!);
  }
  if (who.token) {
    const token = await resolveToken(db, INVITATION_SCOPE, who.token);
    if (token && token.scopeId === workshop.id) {
      const p = await q.participantByToken(db, workshop.id, token.id);
      if (p) return asViewer(p);
    }
  }
  if (!actor && !who.token) throw new AppError('unauthenticated', 'Logga in eller öppna din inbjudningslänk.');
  throw notFound();
}

const asViewer = (p: q.ParticipantRow): Viewer => ({ participantId: p.id, organisationId: p.organisation_id, facilitator: p.facilitator, userId: p.user_id, name: p.name });

/** The workshop and the viewer, or 404. */
export async function workshopFor(db: Db, who: Who, workshopId: number, lock = false): Promise<{ workshop: q.WorkshopRow; viewer: Viewer }> {
  const workshop = await q.getWorkshop(db, workshopId, lock);
  if (!workshop) throw new AppError('not-found', `Workshoppen ${workshopId} finns inte.`);
  return { workshop, viewer: await viewerFor(db, who, workshop) };
}

export function requireFacilitator(viewer: Viewer): void {
  if (!viewer.facilitator) throw new AppError('forbidden', 'Bara workshopens facilitator kan göra detta.');
}
