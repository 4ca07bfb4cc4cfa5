import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api-types';
import { type Action, can, canAdministerInstallation, canInFederation, type FederationAction, type FederationRole, FEDERATION_RULES, federationOrganisationRole, RULES } from './can';

const ORG = 1;
const OTHER_ORG = 2;
const actor = (role: Role) => ({ id: 7, roles: new Map<number, Role>([[ORG, role]]) });

// The expected matrix, written out independently of RULES so that a change to the policy shows here.
const EXPECTED: Record<Action, Role[]> = {
  'plan:read': ['admin', 'editor', 'reporter', 'reader'],
  'plan:import': ['admin', 'editor'],
  'plan:edit': ['admin', 'editor'],
  'plan:create': ['admin', 'editor'],
  'plan:decide': ['admin', 'editor'],
  'plan:publish': ['admin'],
  'model:edit': ['admin'],
  'value:enter': ['admin', 'editor'],
  'forecast:enter': ['admin', 'editor'],
  'work:report': ['admin', 'editor'],
  'value:import': ['admin', 'editor', 'reporter'],
  'user:manage': ['admin'],
  'organisation:settings': ['admin'],
  'audit:read': ['admin'],
  'organisation:export': ['admin'],
  'kolada:link': ['admin', 'editor'],
  'kolada:fetch': ['admin', 'editor'],
  'judgement:write': ['admin', 'editor'],
  'judgement:approve': ['admin', 'editor'],
  'mail:read': ['admin', 'editor'],
  'consultation:manage': ['admin', 'editor'],
};
const ACTIONS = Object.keys(EXPECTED) as Action[];
const ROLES: Role[] = ['admin', 'editor', 'reporter', 'reader'];

describe('can', () => {
  it('covers every action of the rule table', () => {
    expect(Object.keys(RULES).sort()).toEqual([...ACTIONS].sort());
  });
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action} on a measure owned by someone else`, () => {
        expect(can(actor(role), action, { organisationId: ORG, ownerUserId: 99 })).toBe(allowed);
      });
    }
  }
  it('a reporter may enter values for a measure they own', () => {
    expect(can(actor('reporter'), 'value:enter', { organisationId: ORG, ownerUserId: 7 })).toBe(true);
  });
  it('a reporter may enter forecasts for a measure they own, and report on activities and milestones they are responsible for', () => {
    expect(can(actor('reporter'), 'forecast:enter', { organisationId: ORG, ownerUserId: 7 })).toBe(true);
    expect(can(actor('reporter'), 'work:report', { organisationId: ORG, ownerUserId: 7 })).toBe(true);
    expect(can(actor('reader'), 'work:report', { organisationId: ORG, ownerUserId: 7 })).toBe(false);
    expect(can(actor('reporter'), 'work:report', { organisationId: ORG, ownerUserId: null })).toBe(false);
  });
  it('a reporter may write judgements for a goal or success factor they own, but never approve them', () => {
    expect(can(actor('reporter'), 'judgement:write', { organisationId: ORG, ownerUserId: 7 })).toBe(true);
    expect(can(actor('reporter'), 'judgement:approve', { organisationId: ORG, ownerUserId: 7 })).toBe(false);
  });
  it('only an installation admin administers the installation, and gains no role inside organisations by it', () => {
    expect(canAdministerInstallation({ ...actor('admin'), installationAdmin: true })).toBe(true);
    expect(canAdministerInstallation(actor('admin'))).toBe(false);
    const installer = { id: 1, roles: new Map<number, Role>(), installationAdmin: true };
    for (const action of ACTIONS) expect(can(installer, action, { organisationId: ORG })).toBe(false);
  });
  it('nobody may act in an organisation where they have no role', () => {
    for (const action of ACTIONS) {
      expect(can(actor('admin'), action, { organisationId: OTHER_ORG })).toBe(false);
    }
  });
});

// Federation roles, written out independently of FEDERATION_RULES.
const FEDERATION_EXPECTED: Record<FederationAction, FederationRole[]> = {
  'federation:read': ['admin', 'member'],
  'federation:manage': ['admin'],
  'workshop:facilitate': ['admin'],
  'workshop:take-part': ['admin', 'member'],
};
const FEDERATION = 5;
const federationActor = (role: FederationRole) => ({ id: 7, roles: new Map<number, Role>(), federationRoles: new Map<number, FederationRole>([[FEDERATION, role]]) });

describe('canInFederation', () => {
  it('covers every action of the federation rule table', () => {
    expect(Object.keys(FEDERATION_RULES).sort()).toEqual(Object.keys(FEDERATION_EXPECTED).sort());
  });
  for (const role of ['admin', 'member'] as FederationRole[]) {
    for (const action of Object.keys(FEDERATION_EXPECTED) as FederationAction[]) {
      const allowed = FEDERATION_EXPECTED[action].includes(role);
      it(`federation ${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(canInFederation(federationActor(role), action, FEDERATION)).toBe(allowed);
      });
    }
  }
  it('nobody acts in a federation where they have no role, whatever their organisation roles', () => {
    const orgAdmin = { ...actor('admin'), installationAdmin: true };
    for (const action of Object.keys(FEDERATION_EXPECTED) as FederationAction[]) {
      expect(canInFederation(orgAdmin, action, FEDERATION)).toBe(false);
      expect(canInFederation(federationActor('admin'), action, FEDERATION + 1)).toBe(false);
    }
  });
  it('in the federation’s own organisation (its model, its shared plan) admins administer and members only read', () => {
    const inFederationOrg = (role: FederationRole) => ({ id: 7, roles: new Map<number, Role>([[ORG, federationOrganisationRole(role)]]) });
    for (const action of ACTIONS) {
      expect(can(inFederationOrg('admin'), action, { organisationId: ORG, ownerUserId: 99 })).toBe(EXPECTED[action].includes('admin'));
      expect(can(inFederationOrg('member'), action, { organisationId: ORG, ownerUserId: 99 })).toBe(EXPECTED[action].includes('reader'));
    }
    expect(can(inFederationOrg('member'), 'plan:read', { organisationId: ORG })).toBe(true);
    expect(can(inFederationOrg('member'), 'plan:edit', { organisationId: ORG })).toBe(false);
    expect(can(inFederationOrg('member'), 'model:edit', { organisationId: ORG })).toBe(false);
  });
});
