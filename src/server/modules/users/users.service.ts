import type { Db } from '../../../db/client';
import type { OrganisationUser, Role } from '../../../shared/api-types';
import type { Actor } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { findUserByEmail, upsertMembership } from '../auth/auth.queries';
import { createUser, generatePassword } from '../auth/auth.service';
import { audit } from '../audit/audit';
import * as q from './users.queries';

/** The organisation's users and roles; editors see them too, to choose measure owners. */
export async function listUsers(db: Db, actor: Actor, organisationId: number): Promise<OrganisationUser[]> {
  authorize(actor, 'plan:edit', { organisationId });
  return q.organisationUsers(db, organisationId);
}

/**
 * Gives a person a role in the organisation. A new person gets a one-time password, shown
 * once to the admin; a person who already has an account elsewhere keeps their password.
 */
export async function addUser(
  db: Db,
  actor: Actor,
  organisationId: number,
  input: { email: string; name: string; role: Role },
): Promise<{ user: OrganisationUser; oneTimePassword: string | null }> {
  authorize(actor, 'user:manage', { organisationId });
  const email = input.email.trim();
  const existing = await findUserByEmail(db, email);
  if (existing) {
    const members = await q.organisationUsers(db, organisationId);
    if (members.some((m) => m.id === existing.id)) throw fieldError('email', `${email} har redan en roll i organisationen.`);
    await upsertMembership(db, existing.id, organisationId, input.role);
    return { user: { id: existing.id, email: existing.email, name: existing.name, role: input.role }, oneTimePassword: null };
  }
  const password = generatePassword();
  const id = await createUser(db, { email, name: input.name.trim(), password, mustChange: true, organisationId, role: input.role });
  return { user: { id, email, name: input.name.trim(), role: input.role }, oneTimePassword: password };
}

/** Changes a person's role; the last admin cannot be demoted, or nobody could manage the organisation. */
export async function changeRole(db: Db, actor: Actor, organisationId: number, userId: number, role: Role): Promise<void> {
  authorize(actor, 'user:manage', { organisationId });
  const current = (await q.organisationUsers(db, organisationId)).find((u) => u.id === userId);
  if (!current) throw new AppError('not-found', 'Personen har ingen roll i organisationen.');
  if (current.role === 'admin' && role !== 'admin' && (await q.countAdmins(db, organisationId)) === 1) {
    throw fieldError('role', 'Organisationen måste ha minst en administratör.');
  }
  await q.setRole(db, organisationId, userId, role);
}

/** Takes a person's role in the organisation away; their account and history stay. The last admin stays. */
export async function removeMember(db: Db, actor: Actor, organisationId: number, userId: number): Promise<void> {
  authorize(actor, 'user:manage', { organisationId });
  await db.transaction(async (tx) => {
    const current = (await q.organisationUsers(tx, organisationId)).find((u) => u.id === userId);
    if (!current) throw new AppError('not-found', 'Personen har ingen roll i organisationen.');
    if (current.role === 'admin' && (await q.countAdmins(tx, organisationId)) === 1) {
      throw new AppError('conflict', 'Organisationen måste ha minst en administratör.');
    }
    await q.deleteMembership(tx, organisationId, userId);
    await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'membership', objectId: userId, action: 'delete', before: { role: current.role }, after: null });
  });
}
