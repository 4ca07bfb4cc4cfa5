import { describe, expect, it } from 'vitest';
import { settingsProblem } from './settings';

const ok = { issuer: 'https://login.region.se', organisationClaim: null, organisationValue: null, roleClaim: null, roleValues: {}, defaultRole: 'reader' as const };

describe('settingsProblem', () => {
  it('accepts https, and http only on this machine', () => {
    expect(settingsProblem(ok)).toBeUndefined();
    expect(settingsProblem({ ...ok, issuer: 'http://127.0.0.1:9000' })).toBeUndefined();
    expect(settingsProblem({ ...ok, issuer: 'http://localhost:9000/realms/x' })).toBeUndefined();
    expect(settingsProblem({ ...ok, issuer: 'http://login.region.se' })?.path).toBe('issuer');
    expect(settingsProblem({ ...ok, issuer: 'javascript:alert(1)' })?.path).toBe('issuer');
    expect(settingsProblem({ ...ok, issuer: 'not a url' })?.message.da).toContain('https://');
  });
  it('wants the organisation claim’s value, the role claim for role values, and some way to a role', () => {
    expect(settingsProblem({ ...ok, organisationClaim: 'org' })?.path).toBe('organisationValue');
    expect(settingsProblem({ ...ok, roleValues: { admin: ['x'] } })?.path).toBe('roleClaim');
    expect(settingsProblem({ ...ok, defaultRole: null })?.path).toBe('defaultRole');
    expect(settingsProblem({ ...ok, defaultRole: null, roleClaim: 'groups', roleValues: { editor: ['e'] } })).toBeUndefined();
  });
});
