import { createHash, randomBytes } from 'node:crypto';
import type * as Client from 'openid-client';
import { type Db, isUniqueViolation } from '../../../db/client';
import type { Role } from '../../../shared/api-types';
import { type ClaimRefusal, decideFromClaims } from '../../../domain/oidc/claims';
import { settingsProblem } from '../../../domain/oidc/settings';
import type { OidcFailure, OidcSettings, OidcSignInOption } from '../../../shared/oidc-schemas';
import type { oidcSettingsSchema } from '../../../shared/oidc-schemas';
import type { z } from 'zod';
import type { Actor } from '../../access/can';
import { AppError, localizedError } from '../../http/errors';
import { authorize } from '../../http/session';
import { audit } from '../audit/audit';
import * as authQ from '../auth/auth.queries';
import { hashPassword, openSession } from '../auth/auth.service';
import { safeNextPath } from '../../../domain/auth/next-path';
import { isSealed, seal, SecretUnreadable, unseal } from '../../secrets/secret-box';
import { openidClient, providerConfiguration } from './oidc-client';
import * as q from './oidc.queries';

export const OIDC_STATE_COOKIE = 'ls_oidc_state';
export const CALLBACK_PATH = '/api/auth/oidc/callback';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The row a sealed client secret belongs to (bound as AES-GCM's additional data). */
const secretContext = (organisationId: number) => `organisation_oidc:${organisationId}`;
/** The client secret of a stored provider, opened with the installation's key. */
const clientSecretOf = (key: Buffer, c: q.OidcConfigRow) => unseal(key, c.client_secret, secretContext(c.organisation_id));

/**
 * Seals every client secret still stored as plaintext (written before sealing came, or restored
 * from an old backup); run at start. Returns how many were sealed.
 */
export async function sealPlaintextOidcSecrets(db: Db, key: Buffer): Promise<number> {
  return db.transaction(async (tx) => {
    let sealed = 0;
    for (const row of await q.storedClientSecrets(tx)) {
      if (row.client_secret === '' || isSealed(row.client_secret)) continue;
      await q.setStoredClientSecret(tx, row.organisation_id, seal(key, row.client_secret, secretContext(row.organisation_id)));
      sealed++;
    }
    return sealed;
  });
}

/** A sign-in through a provider that did not let the person in; the sign-in page explains `reason`. */
export class OidcRefused extends Error {
  /** The organisation whose provider the sign-in went through, once known. */
  organisationId: number | null = null;
  constructor(
    readonly reason: OidcFailure,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

/** Audits a refused single sign-on: the organisation (when the flow was known) and the reason, never the provider's tokens. */
export async function auditOidcRefusal(db: Db, refusal: OidcRefused): Promise<void> {
  await db.transaction((tx) => audit(tx, { userId: null }, {
    organisationId: refusal.organisationId,
    planId: null,
    objectType: 'organisation',
    objectId: refusal.organisationId ?? 0,
    action: 'sign-in-failed',
    before: null,
    after: { method: 'oidc', reason: refusal.reason },
  }));
}

const toSettings = (c: q.OidcConfigRow, redirectUri: string): OidcSettings => ({
  issuer: c.issuer,
  clientId: c.client_id,
  clientSecretSet: c.client_secret.length > 0,
  organisationClaim: c.organisation_claim,
  organisationValue: c.organisation_value,
  roleClaim: c.role_claim,
  roleValues: c.role_values,
  defaultRole: c.default_role,
  roleAcr: c.role_acr,
  passwordSignIn: c.password_sign_in,
  redirectUri,
});

/** What the audit log keeps of the settings: everything but the secret. */
const forAudit = (c: q.OidcConfigRow | undefined) => {
  if (!c) return null;
  const { client_secret: _secret, ...rest } = c;
  return rest;
};

export async function getOidcSettings(db: Db, actor: Actor, organisationId: number, redirectUri: string): Promise<OidcSettings | null> {
  authorize(actor, 'user:manage', { organisationId });
  const c = await q.oidcConfigOf(db, organisationId);
  return c ? toSettings(c, redirectUri) : null;
}

/**
 * Saves an organisation's provider after reading its discovery document with the given client
 * (a wrong address answers with a field error and nothing is saved). Audited without the secret.
 */
export async function saveOidcSettings(
  db: Db,
  actor: Actor,
  organisationId: number,
  input: z.output<typeof oidcSettingsSchema>,
  redirectUri: string,
  key: Buffer,
): Promise<OidcSettings> {
  authorize(actor, 'user:manage', { organisationId });
  const problem = settingsProblem(input);
  if (problem) throw localizedError('validation', problem.message, problem.path);
  const before = await q.oidcConfigOf(db, organisationId);
  const secret = input.clientSecret ? input.clientSecret : null;
  if (!secret && !before) {
    throw localizedError('validation', { sv: 'Ange klienthemligheten.', da: 'Angiv klienthemmeligheden.', en: 'Give the client secret.' }, 'clientSecret');
  }
  let clientSecret: string;
  try {
    clientSecret = secret ?? clientSecretOf(key, before!);
  } catch (error) {
    if (!(error instanceof SecretUnreadable)) throw error;
    throw localizedError(
      'validation',
      {
        sv: 'Den sparade klienthemligheten kan inte läsas med installationens nyckel (LEDSTJARNA_SECRET_KEY). Ange den igen.',
        da: 'Den gemte klienthemmelighed kan ikke læses med installationens nøgle (LEDSTJARNA_SECRET_KEY). Angiv den igen.',
        en: "The stored client secret cannot be read with the installation's key (LEDSTJARNA_SECRET_KEY). Give it again.",
      },
      'clientSecret',
    );
  }
  try {
    await providerConfiguration({ issuer: input.issuer, clientId: input.clientId, clientSecret });
  } catch {
    throw localizedError(
      'validation',
      {
        sv: 'Kunde inte läsa tjänstens konfiguration (/.well-known/openid-configuration) på den adressen.',
        da: 'Kunne ikke læse tjenestens konfiguration (/.well-known/openid-configuration) på den adresse.',
        en: "Could not read the service's configuration (/.well-known/openid-configuration) at that address.",
      },
      'issuer',
    );
  }
  await db.transaction(async (tx) => {
    await q.upsertOidcConfig(tx, {
      organisation_id: organisationId,
      issuer: input.issuer,
      client_id: input.clientId,
      client_secret: secret === null ? null : seal(key, secret, secretContext(organisationId)),
      organisation_claim: input.organisationClaim || null,
      organisation_value: input.organisationClaim ? input.organisationValue : null,
      role_claim: input.roleClaim || null,
      role_values: input.roleValues,
      default_role: input.defaultRole,
      role_acr: input.roleAcr,
      password_sign_in: input.passwordSignIn,
    });
    const after = await q.oidcConfigOf(tx, organisationId);
    await audit(tx, { userId: actor.id }, {
      organisationId,
      planId: null,
      objectType: 'organisation',
      objectId: organisationId,
      action: 'oidc-settings',
      before: forAudit(before),
      after: forAudit(after),
    });
  });
  return toSettings((await q.oidcConfigOf(db, organisationId))!, redirectUri);
}

/** Removes the organisation's provider; its people sign in with passwords again. */
export async function removeOidcSettings(db: Db, actor: Actor, organisationId: number): Promise<void> {
  authorize(actor, 'user:manage', { organisationId });
  await db.transaction(async (tx) => {
    const before = await q.oidcConfigOf(tx, organisationId);
    if (!(await q.deleteOidcConfig(tx, organisationId))) {
      throw localizedError('not-found', { sv: 'Organisationen har ingen inloggningstjänst.', da: 'Organisationen har ingen login-tjeneste.', en: 'The organisation has no sign-in service.' });
    }
    await audit(tx, { userId: actor.id }, {
      organisationId,
      planId: null,
      objectType: 'organisation',
      objectId: organisationId,
      action: 'oidc-settings-removed',
      before: forAudit(before),
      after: null,
    });
  });
}

export function listSignInOptions(db: Db): Promise<OidcSignInOption[]> {
  return q.oidcOrganisations(db);
}

/**
 * Starts a sign-in at the organisation's provider: authorization code with PKCE (S256), state and
 * nonce; the verifier and nonce wait in oidc_flows under the state's hash, and the browser keeps
 * the state in a cookie, so a callback with another state, or in another browser, is refused.
 */
export async function startOidcSignIn(db: Db, slug: string, redirectUri: string, key: Buffer, next?: string): Promise<{ url: string; state: string }> {
  const c = await q.oidcConfigBySlug(db, slug);
  if (!c) throw new AppError('not-found', 'Organisationen har ingen inloggningstjänst.');
  const client = await openidClient();
  let config: Client.Configuration;
  try {
    config = await providerConfiguration({ issuer: c.issuer, clientId: c.client_id, clientSecret: clientSecretOf(key, c) });
  } catch {
    throw new AppError('upstream-failed', `Det gick inte att nå ${c.name}s inloggningstjänst. Försök igen om en stund.`);
  }
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  // Only a same-site path is kept; anything else (another site, a script) returns to the start page.
  await q.insertFlow(db, { stateHash: sha256(state), organisationId: c.organisation_id, codeVerifier, nonce, nextPath: safeNextPath(next) });
  const acrValues = [...new Set(Object.values(c.role_acr).flatMap((v) => v ?? []))];
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(acrValues.length > 0 ? { acr_values: acrValues.join(' ') } : {}),
  });
  return { url: url.href, state };
}

export interface OidcSession {
  token: string;
  expiresAt: Date;
  userId: number;
  /** The same-site page the person started from (`?next=`), or null. */
  nextPath: string | null;
}

/**
 * Finishes a sign-in: the state must be the browser's and a flow's (used once), the code is
 * exchanged and the ID token validated by openid-client (issuer, audience, signature, nonce,
 * PKCE); the claims then decide the role (decideFromClaims). The person is found by the provider's
 * subject, else by e-mail address (an account with a role in another organisation is never taken
 * over), else created; their role here follows the claims; the sign-in is audited; a session opens.
 */
export async function finishOidcSignIn(db: Db, currentUrl: URL, browserState: string | undefined, redirectUri: string, key: Buffer): Promise<OidcSession> {
  const state = currentUrl.searchParams.get('state');
  if (!state || !browserState || state !== browserState) throw new OidcRefused('state');
  const flow = await q.takeFlow(db, sha256(state));
  if (!flow) throw new OidcRefused('state');
  try {
    return { ...(await finishFlow(db, flow, currentUrl, state, redirectUri, key)), nextPath: safeNextPath(flow.next_path) };
  } catch (error) {
    if (error instanceof OidcRefused) error.organisationId = flow.organisation_id;
    throw error;
  }
}

async function finishFlow(db: Db, flow: q.OidcFlowRow, currentUrl: URL, state: string, redirectUri: string, key: Buffer): Promise<Omit<OidcSession, 'nextPath'>> {
  const c = await q.oidcConfigOf(db, flow.organisation_id);
  if (!c) throw new OidcRefused('not-configured');
  // The person stopped at the provider (or it refused them): no code to exchange.
  const providerError = currentUrl.searchParams.get('error');
  if (providerError) throw new OidcRefused(providerError === 'access_denied' ? 'cancelled' : 'provider', providerError);
  let claims: Record<string, unknown>;
  let subject: string;
  let issuer: string;
  try {
    const client = await openidClient();
    const config = await providerConfiguration({ issuer: c.issuer, clientId: c.client_id, clientSecret: clientSecretOf(key, c) });
    // The callback as the provider sent it, on the address registered as redirect URI.
    const callbackUrl = new URL(redirectUri);
    callbackUrl.search = currentUrl.search;
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    subject = idClaims.sub;
    issuer = idClaims.iss;
    const userInfo = await client.fetchUserInfo(config, tokens.access_token, subject).catch(() => ({}));
    // The ID token's own claims (acr, sub) win over UserInfo's.
    claims = { ...userInfo, ...idClaims };
  } catch (error) {
    throw new OidcRefused('provider', error instanceof Error ? error.message : String(error));
  }
  const decision = decideFromClaims(claims, {
    organisationClaim: c.organisation_claim,
    organisationValue: c.organisation_value,
    roleClaim: c.role_claim,
    roleValues: c.role_values,
    defaultRole: c.default_role,
    roleAcr: c.role_acr,
  });
  if (!decision.ok) throw new OidcRefused(decision.reason satisfies ClaimRefusal);
  const unusablePassword = await hashPassword(randomBytes(32).toString('hex'));
  const admit = () => admitPerson(db, c, issuer, subject, decision, unusablePassword);
  // Two first sign-ins of one person at once: the second finds the account the first created.
  return admit().catch((error: unknown) => (isUniqueViolation(error) ? admit() : Promise.reject(error)));
}

/** Finds or creates the person, sets their role from the claims, audits the sign-in and opens a session: one transaction. */
function admitPerson(
  db: Db,
  c: q.OidcConfigRow,
  issuer: string,
  subject: string,
  decision: { email: string; name: string; role: Role; acr: string | null },
  unusablePassword: string,
): Promise<Omit<OidcSession, 'nextPath'>> {
  return db.transaction(async (tx) => {
    let userId = await q.userIdForIdentity(tx, issuer, subject);
    let created = false;
    if (userId === undefined) {
      const existing = await authQ.findUserByEmail(tx, decision.email);
      if (existing) {
        // An address alone never hands over an account that holds roles elsewhere.
        if (existing.installation_admin || (await q.otherMemberships(tx, existing.id, c.organisation_id)) > 0) throw new OidcRefused('account-elsewhere');
        userId = existing.id;
      } else {
        userId = await authQ.insertUser(tx, { email: decision.email, name: decision.name, passwordHash: unusablePassword, oneTimeUntil: null });
        created = true;
      }
      await q.insertIdentity(tx, issuer, subject, userId);
    }
    const user = await authQ.findUserById(tx, userId);
    if (!user || user.deactivated_at) throw new OidcRefused('deactivated');
    await authQ.upsertMembership(tx, userId, c.organisation_id, decision.role);
    await audit(tx, { userId }, {
      organisationId: c.organisation_id,
      planId: null,
      objectType: 'user',
      objectId: userId,
      action: 'sign-in',
      before: null,
      after: { method: 'oidc', issuer, role: decision.role, acr: decision.acr, created },
    });
    return { ...(await openSession(tx, userId)), userId };
  });
}
