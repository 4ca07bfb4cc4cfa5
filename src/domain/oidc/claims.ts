import type { Role } from '../../shared/api-types';

/** How an organisation reads a provider's claims (organisation_oidc, migration 0023). */
export interface ClaimRules {
  organisationClaim: string | null;
  organisationValue: string | null;
  roleClaim: string | null;
  roleValues: Partial<Record<Role, string[]>>;
  defaultRole: Role | null;
  roleAcr: Partial<Record<Role, string[]>>;
}

/** Why a person the provider vouched for is still not let in. */
export type ClaimRefusal = 'no-email' | 'email-unverified' | 'organisation' | 'role' | 'acr';

export type ClaimDecision =
  | { ok: true; email: string; name: string; role: Role; acr: string | null }
  | { ok: false; reason: ClaimRefusal; role?: Role; acr?: string | null };

const STRONGEST_FIRST: Role[] = ['admin', 'editor', 'reporter', 'reader'];

/** A claim's values as strings: a string, a number or a list of them; anything else gives none. */
function valuesOf(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (typeof claim === 'number' || typeof claim === 'boolean') return [String(claim)];
  if (Array.isArray(claim)) return claim.flatMap((c) => (typeof c === 'string' || typeof c === 'number' ? [String(c)] : []));
  return [];
}

/**
 * Decides, from the claims of a validated ID token (and UserInfo), whether the person gets in and
 * with which role: the organisation claim must hold the organisation's value when one is set; the
 * strongest role whose values the role claim names wins, else the default role; the role's
 * accepted acr values, when given, must include the token's `acr`.
 */
export function decideFromClaims(claims: Record<string, unknown>, rules: ClaimRules): ClaimDecision {
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  if (!email.includes('@')) return { ok: false, reason: 'no-email' };
  if (claims.email_verified === false) return { ok: false, reason: 'email-unverified' };
  if (rules.organisationClaim) {
    const wanted = rules.organisationValue ?? '';
    if (!valuesOf(claims[rules.organisationClaim]).includes(wanted)) return { ok: false, reason: 'organisation' };
  }
  const held = rules.roleClaim ? valuesOf(claims[rules.roleClaim]) : [];
  const role = STRONGEST_FIRST.find((r) => (rules.roleValues[r] ?? []).some((v) => held.includes(v))) ?? rules.defaultRole;
  if (!role) return { ok: false, reason: 'role' };
  const acr = typeof claims.acr === 'string' ? claims.acr : null;
  const accepted = rules.roleAcr[role];
  if (accepted && accepted.length > 0 && (acr === null || !accepted.includes(acr))) return { ok: false, reason: 'acr', role, acr };
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : [claims.given_name, claims.family_name].filter((p) => typeof p === 'string').join(' ').trim() || email;
  return { ok: true, email, name, role, acr };
}
