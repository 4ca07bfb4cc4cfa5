import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../../db/client';
import type { Me, Role } from '../../../shared/api-types';
import type { Actor } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import * as q from './auth.queries';

export const SESSION_COOKIE = 'ls_session';
const SESSION_DAYS = 14;
const MIN_PASSWORD = 10;

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

/** Hashes a password with argon2id (the library's defaults follow OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A random password that a person can type: 20 characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** Checks e-mail and password and opens a session; the same message for an unknown user and a wrong password. */
export async function signIn(db: Db, email: string, password: string): Promise<{ token: string; expiresAt: Date; userId: number }> {
  const user = await q.findUserByEmail(db, email.trim());
  const ok = user ? await verify(user.password_hash, password).catch(() => false) : false;
  if (!user || !ok) throw new AppError('unauthenticated', 'Fel e-postadress eller lösenord.');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await q.insertSession(db, tokenId(token), user.id, expiresAt);
  return { token, expiresAt, userId: user.id };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await q.deleteSession(db, tokenId(token));
}

/** The actor behind a session token, or undefined. */
export async function actorForToken(db: Db, token: string | undefined): Promise<Actor | undefined> {
  if (!token) return undefined;
  const userId = await q.sessionUserId(db, tokenId(token));
  if (userId === undefined) return undefined;
  const [memberships, user] = await Promise.all([q.membershipsOf(db, userId), q.findUserById(db, userId)]);
  return { id: userId, roles: new Map(memberships.map((m) => [m.organisation_id, m.role])), installationAdmin: user?.installation_admin === true };
}

export async function getMe(db: Db, userId: number): Promise<Me> {
  const user = await q.findUserById(db, userId);
  if (!user) throw new AppError('unauthenticated', 'Logga in igen.');
  const memberships = await q.membershipsOf(db, userId);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    mustChangePassword: user.must_change_password,
    installationAdmin: user.installation_admin,
    memberships: memberships.map((m) => ({ organisationId: m.organisation_id, organisationName: m.organisation_name, role: m.role })),
  };
}

export async function changePassword(db: Db, userId: number, current: string, next: string): Promise<void> {
  const user = await q.findUserById(db, userId);
  if (!user || !(await verify(user.password_hash, current).catch(() => false))) {
    throw fieldError('currentPassword', 'Nuvarande lösenord stämmer inte.');
  }
  if (next.length < MIN_PASSWORD) throw fieldError('newPassword', `Lösenordet måste ha minst ${MIN_PASSWORD} tecken.`);
  await q.updatePassword(db, userId, await hashPassword(next));
}

/** Creates a user with a role in one organisation. */
export async function createUser(
  db: Db,
  input: { email: string; name: string; password: string; mustChange: boolean; organisationId: number; role: Role },
): Promise<number> {
  if (await q.findUserByEmail(db, input.email)) throw new AppError('conflict', `Användaren ${input.email} finns redan.`);
  const id = await q.insertUser(db, { email: input.email, name: input.name, passwordHash: await hashPassword(input.password), mustChange: input.mustChange });
  await q.upsertMembership(db, id, input.organisationId, input.role);
  return id;
}
