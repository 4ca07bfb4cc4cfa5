import type { Db } from '../../../db/client';
import type { OrganisationUser, Role } from '../../../shared/api-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { deleteSessionsOf, findUserByEmail, setDeactivated, setOneTimePassword } from '../auth/auth.queries';
import { createUser, generatePassword, hashPassword, oneTimePasswordExpiry } from '../auth/auth.service';
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
    // The account may belong to other organisations: the answer (and this organisation's list)
    // says only what the admin typed, never the account's own name or where else it has roles.
    const name = input.name.trim();
    // The role and its audit entry are one change: both or neither.
    await db.transaction(async (tx) => {
      await q.insertNamedMembership(tx, existing.id, organisationId, input.role, name);
      await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'membership', objectId: existing.id, action: 'create', before: null, after: { role: input.role } });
    });
    return { user: { id: existing.id, email, name, role: input.role, deactivated: false }, oneTimePassword: null };
  }
  const password = generatePassword();
  // The new account, its role and the role's audit entry are one change: all or nothing.
  const id = await db.transaction(async (tx) => {
    const created = await createUser(tx, { email, name: input.name.trim(), password, mustChange: true, organisationId, role: input.role });
    await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'membership', objectId: created, action: 'create', before: null, after: { role: input.role } });
    return created;
  });
  return { user: { id, email, name: input.name.trim(), role: input.role, deactivated: false }, oneTimePassword: password };
}

/** Changes a person's role; the last admin cannot be demoted, or nobody could manage the organisation. */
export async function changeRole(db: Db, actor: Actor, organisationId: number, userId: number, role: Role): Promise<void> {
  authorize(actor, 'user:manage', { organisationId });
  const current = (await q.organisationUsers(db, organisationId)).find((u) => u.id === userId);
  if (!current) throw new AppError('not-found', 'Personen har ingen roll i organisationen.');
  if (current.role === 'admin' && role !== 'admin' && (await q.countAdmins(db, organisationId)) === 1) {
    throw fieldError('role', 'Organisationen måste ha minst en administratör.');
  }
  if (current.role === role) return;
  await db.transaction(async (tx) => {
    await q.setRole(tx, organisationId, userId, role);
    await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'membership', objectId: userId, action: 'update', before: { role: current.role }, after: { role } });
  });
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

/**
 * A person an admin may deactivate or give a new password: one with a role in the organisation,
 * and no role in an organisation the admin does not administer — otherwise an admin could take
 * over (or lock out) another organisation's admin by giving them a role first.
 */
async function managedMember(db: Db, actor: Actor, organisationId: number, userId: number): Promise<OrganisationUser> {
  authorize(actor, 'user:manage', { organisationId });
  const member = (await q.organisationUsers(db, organisationId)).find((u) => u.id === userId);
  if (!member) throw new AppError('not-found', 'Personen har ingen roll i organisationen.');
  const elsewhere = (await q.organisationsOf(db, userId)).filter((id) => !can(actor, 'user:manage', { organisationId: id }));
  if (elsewhere.length > 0 && !actor.installationAdmin) {
    throw new AppError('forbidden', 'Personen har roller i andra organisationer. Be installationens administratör om hjälp.');
  }
  return member;
}

/** Deactivates a person: they cannot sign in, and their sessions end. Their roles and history stay. */
export async function deactivateUser(db: Db, actor: Actor, organisationId: number, userId: number): Promise<void> {
  if (userId === actor.id) throw new AppError('conflict', 'Du kan inte stänga av ditt eget konto.');
  await db.transaction(async (tx) => {
    const member = await managedMember(tx, actor, organisationId, userId);
    if (member.role === 'admin' && (await q.countAdmins(tx, organisationId)) === 1) {
      throw new AppError('conflict', 'Organisationen måste ha minst en administratör.');
    }
    await setDeactivated(tx, userId, true);
    await deleteSessionsOf(tx, userId);
    await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'user', objectId: userId, action: 'update', before: { deactivated: member.deactivated }, after: { deactivated: true } });
  });
}

/** Lets a deactivated person sign in again. */
export async function activateUser(db: Db, actor: Actor, organisationId: number, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const member = await managedMember(tx, actor, organisationId, userId);
    await setDeactivated(tx, userId, false);
    await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'user', objectId: userId, action: 'update', before: { deactivated: member.deactivated }, after: { deactivated: false } });
  });
}

/** Gives a person a new one-time password (returned once, to the admin) and ends their sessions. */
export async function resetPassword(db: Db, actor: Actor, organisationId: number, userId: number): Promise<{ oneTimePassword: string; expiresAt: string }> {
  if (userId === actor.id) throw new AppError('conflict', 'Byt ditt eget lösenord under ditt konto.');
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const expiresAt = oneTimePasswordExpiry();
  await db.transaction(async (tx) => {
    await managedMember(tx, actor, organisationId, userId);
    await setOneTimePassword(tx, userId, passwordHash, expiresAt);
    await deleteSessionsOf(tx, userId);
    await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'user', objectId: userId, action: 'update', before: null, after: { passwordReset: true } });
  });
  return { oneTimePassword: password, expiresAt: expiresAt.toISOString() };
}
