import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api-types';
import { type Action, can } from './can';

const ORG = 1;
const OTHER_ORG = 2;
const actor = (role: Role) => ({ id: 7, roles: new Map<number, Role>([[ORG, role]]) });

// The expected matrix, written out independently of RULES so that a change to the policy shows here.
const EXPECTED: Record<Role, Action[]> = {
  admin: ['plan:read', 'plan:import', 'plan:edit', 'model:edit', 'value:enter', 'value:import', 'user:manage'],
  editor: ['plan:read', 'plan:import', 'plan:edit', 'value:enter', 'value:import'],
  reporter: ['plan:read', 'value:import'],
  reader: ['plan:read'],
};
const ACTIONS: Action[] = ['plan:read', 'plan:import', 'plan:edit', 'model:edit', 'value:enter', 'value:import', 'user:manage'];

describe('can', () => {
  for (const role of Object.keys(EXPECTED) as Role[]) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[role].includes(action);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action} on a measure owned by someone else`, () => {
        expect(can(actor(role), action, { organisationId: ORG, ownerUserId: 99 })).toBe(allowed);
      });
    }
  }
  it('a reporter may enter values for a measure they own', () => {
    expect(can(actor('reporter'), 'value:enter', { organisationId: ORG, ownerUserId: 7 })).toBe(true);
  });
  it('nobody may act in an organisation where they have no role', () => {
    for (const action of ACTIONS) {
      expect(can(actor('admin'), action, { organisationId: OTHER_ORG })).toBe(false);
    }
  });
});
