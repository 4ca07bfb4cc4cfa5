import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db, Tx } from '../../../db/client';
import type { Me, Role } from '../../../shared/api-types';
import { type Actor, federationOrganisationRole } from '../../access/can';
import { AppError, fieldError, localizedError } from '../../http/errors';
import * as q from './auth.queries';
import { passwordProblem } from './password-policy';
import { passwordSignInOff } from '../oidc/oidc.queries';
import { audit } from '../audit/audit';

export const SESSION_COOKIE = 'ls_session';
const SESSION_DAYS = 14;
/** How long a one-time password (a new person's, or after a reset) can be used. */
export const ONE_TIME_PASSWORD_DAYS = 7;

export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

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

/** When a one-time password handed out now stops working. */
export const oneTimePasswordExpiry = (from = Date.now()) => new Date(from + ONE_TIME_PASSWORD_DAYS * 24 * 3600 * 1000);

// An unknown address is checked against this hash, so that it takes as long as a known one.
let dummyHash: Promise<string> | undefined;
const dummy = () => {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  return dummyHash;
};

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: number }
  /** `passwordRight`: the password was right but the account may not sign in (the throttle forgives it). */
  | { ok: false; passwordRight: boolean; error: AppError };

/**
 * Checks e-mail and password and opens a session; the same message for an unknown user and a
 * wrong password, and the same time (argon2 runs for both). Only someone who knows the password
 * learns that it has expired or that the account is deactivated. Every attempt is audited
 * (auditSignIn): never the password, and of an unknown address not even what was typed.
 */
export async function signIn(db: Db, email: string, password: string): Promise<SignInResult> {
  const user = await q.findUserByEmail(db, email.trim());
  const ok = await verify(user?.password_hash ?? (await dummy()), password).catch(() => false);
  const refuse = async (passwordRight: boolean, reason: string, error: AppError): Promise<SignInResult> => {
    await db.transaction((tx) => auditSignIn(tx, user?.id ?? null, 'sign-in-failed', { method: 'password', reason }));
    return { ok: false, passwordRight, error };
  };
  if (!user || !ok) return refuse(false, user ? 'wrong-password' : 'unknown-address', new AppError('unauthenticated', 'Fel e-postadress eller lösenord.'));
  if (user.deactivated_at) {
    return refuse(true, 'deactivated', new AppError('unauthenticated', 'Kontot är avstängt. Kontakta en administratör i din organisation.'));
  }
  if (user.must_change_password && user.one_time_password_expires_at && user.one_time_password_expires_at.getTime() <= Date.now()) {
    return refuse(true, 'one-time-password-expired', new AppError('unauthenticated', 'Engångslösenordet har gått ut. Be en administratör i din organisation om ett nytt.'));
  }
  // The installation's administrators keep their password: a provider that fails locks nobody out of the installation.
  if (!user.installation_admin && (await passwordSignInOff(db, user.id))) {
    return refuse(
      true,
      'password-sign-in-off',
      localizedError('password-sign-in-off', {
        sv: 'Din organisation har stängt av inloggning med lösenord. Logga in med organisationens inloggningstjänst.',
        da: 'Din organisation har slået login med adgangskode fra. Log ind med organisationens login-tjeneste.',
        en: "Your organisation has turned off sign-in with a password. Sign in with your organisation's sign-in service.",
      }),
    );
  }
  const session = await db.transaction(async (tx) => {
    const opened = await openSession(tx, user.id);
    await auditSignIn(tx, user.id, 'sign-in', { method: 'password', oneTimePassword: user.must_change_password });
    return opened;
  });
  return { ok: true, ...session, userId: user.id };
}

/**
 * Records a sign-in or a refused one. A person's entry names no organisation (they may have roles
 * in several): each organisation's admins see the sign-ins of its people (audit.queries.ts). An
 * attempt on an unknown address is object 0 and keeps nothing of what was typed — a password typed
 * into the address field must not end up in the log — so only the installation sees those.
 */
export async function auditSignIn(tx: Tx, userId: number | null, action: 'sign-in' | 'sign-in-failed', after: Record<string, unknown>): Promise<void> {
  await audit(tx, { userId: action === 'sign-in' ? userId : null }, { organisationId: null, planId: null, objectType: 'user', objectId: userId ?? 0, action, before: null, after });
}

/** Opens a session for the user: a random token, of which the database keeps only the hash. */
export async function openSession(db: Db, userId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await q.insertSession(db, tokenId(token), userId, expiresAt);
  return { token, expiresAt };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await q.deleteSession(db, tokenId(token));
}

/** Who is signed in with a session: the actor that rights are checked for, and what `GET /api/me` tells them. */
export interface SignedIn {
  actor: Actor;
  me: Me;
}

/** The person signed in with a session token, or undefined (no token, an unknown or expired session, a deactivated person). */
export async function signedInWith(db: Db, token: string | undefined): Promise<SignedIn | undefined> {
  if (!token) return undefined;
  const user = await q.sessionUser(db, tokenId(token));
  if (!user || user.deactivated_at) return undefined;
  const roles = new Map<number, Role>(user.memberships.map((m) => [m.organisation_id, m.role]));
  // A federation's own organisation: its roles follow the federation roles (can.ts).
  for (const f of user.federations) if (!roles.has(f.organisation_id)) roles.set(f.organisation_id, federationOrganisationRole(f.role));
  const actor: Actor = {
    id: user.id,
    roles,
    federationRoles: new Map(user.federations.map((f) => [f.federation_id, f.role])),
    installationAdmin: user.installation_admin === true,
    mustChangePassword: user.must_change_password,
    language: user.language ?? undefined,
  };
  return { actor, me: toMe(user, user.memberships) };
}

export async function getMe(db: Db, userId: number): Promise<Me> {
  const [user, memberships] = await Promise.all([q.findUserById(db, userId), q.membershipsOf(db, userId)]);
  if (!user) throw new AppError('unauthenticated', 'Logga in igen.');
  return toMe(user, memberships);
}

function toMe(user: q.UserRow, memberships: q.MembershipRow[]): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    mustChangePassword: user.must_change_password,
    installationAdmin: user.installation_admin,
    memberships: memberships.map((m) => ({ organisationId: m.organisation_id, organisationName: m.organisation_name, role: m.role })),
  };
}

/** Changes the person's own password and ends their other sessions (the one in use stays). */
export async function changePassword(db: Db, userId: number, currentToken: string, current: string, next: string): Promise<void> {
  const user = await q.findUserById(db, userId);
  if (!user || !(await verify(user.password_hash, current).catch(() => false))) {
    throw fieldError('currentPassword', 'Nuvarande lösenord stämmer inte.');
  }
  // A session opened with a one-time password outlives it; the expired password opens nothing.
  if (user.must_change_password && user.one_time_password_expires_at && user.one_time_password_expires_at.getTime() <= Date.now()) {
    throw fieldError('currentPassword', 'Engångslösenordet har gått ut. Be en administratör i din organisation om ett nytt.');
  }
  const problem = passwordProblem(next, { email: user.email });
  if (problem) throw fieldError('newPassword', problem);
  if (next === current) throw fieldError('newPassword', 'Välj ett annat lösenord än det nuvarande.');
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await q.updatePassword(tx, userId, passwordHash);
    await q.deleteOtherSessions(tx, userId, tokenId(currentToken));
  });
}

/** Creates a user with a role in one organisation. */
export async function createUser(
  db: Db,
  input: { email: string; name: string; password: string; mustChange: boolean; organisationId: number; role: Role },
): Promise<number> {
  if (await q.findUserByEmail(db, input.email)) throw new AppError('conflict', `Användaren ${input.email} finns redan.`);
  const id = await q.insertUser(db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    oneTimeUntil: input.mustChange ? oneTimePasswordExpiry() : null,
  });
  await q.upsertMembership(db, id, input.organisationId, input.role);
  return id;
}
