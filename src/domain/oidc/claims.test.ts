import { describe, expect, it } from 'vitest';
import { type ClaimRules, decideFromClaims } from './claims';

const rules: ClaimRules = {
  organisationClaim: null,
  organisationValue: null,
  roleClaim: 'groups',
  roleValues: { admin: ['ls-admin'], editor: ['ls-edit'], reporter: ['ls-report'] },
  defaultRole: 'reader',
  roleAcr: { admin: ['loa3'] },
};

describe('decideFromClaims', () => {
  it('gives the strongest role the role claim names', () => {
    const d = decideFromClaims({ email: 'a@x.se', name: 'Anna', groups: ['ls-report', 'ls-edit'] }, rules);
    expect(d).toEqual({ ok: true, email: 'a@x.se', name: 'Anna', role: 'editor', acr: null });
  });
  it('reads a single string claim and falls back to the default role', () => {
    expect(decideFromClaims({ email: 'a@x.se', groups: 'ls-report' }, rules)).toMatchObject({ ok: true, role: 'reporter', name: 'a@x.se' });
    expect(decideFromClaims({ email: 'a@x.se', groups: ['other'] }, rules)).toMatchObject({ ok: true, role: 'reader' });
  });
  it('refuses without a role when there is no default', () => {
    expect(decideFromClaims({ email: 'a@x.se' }, { ...rules, defaultRole: null })).toEqual({ ok: false, reason: 'role' });
  });
  it("refuses a role whose acr is not met, and lets the accepted acr in", () => {
    expect(decideFromClaims({ email: 'a@x.se', groups: ['ls-admin'], acr: 'loa2' }, rules)).toEqual({ ok: false, reason: 'acr', role: 'admin', acr: 'loa2' });
    expect(decideFromClaims({ email: 'a@x.se', groups: ['ls-admin'] }, rules)).toMatchObject({ ok: false, reason: 'acr' });
    expect(decideFromClaims({ email: 'a@x.se', groups: ['ls-admin'], acr: 'loa3' }, rules)).toMatchObject({ ok: true, role: 'admin', acr: 'loa3' });
  });
  it('checks the organisation claim when one is set', () => {
    const own = { ...rules, organisationClaim: 'org', organisationValue: 'norrbotten' };
    expect(decideFromClaims({ email: 'a@x.se', org: 'skane' }, own)).toEqual({ ok: false, reason: 'organisation' });
    expect(decideFromClaims({ email: 'a@x.se' }, own)).toEqual({ ok: false, reason: 'organisation' });
    expect(decideFromClaims({ email: 'a@x.se', org: ['skane', 'norrbotten'] }, own)).toMatchObject({ ok: true });
  });
  it('refuses without an e-mail address or with one the provider has not verified', () => {
    expect(decideFromClaims({ name: 'x' }, rules)).toEqual({ ok: false, reason: 'no-email' });
    expect(decideFromClaims({ email: 'a@x.se', email_verified: false }, rules)).toEqual({ ok: false, reason: 'email-unverified' });
  });
  it('builds a name from given and family names', () => {
    expect(decideFromClaims({ email: 'a@x.se', given_name: 'Anna', family_name: 'Berg' }, rules)).toMatchObject({ name: 'Anna Berg' });
  });
});
