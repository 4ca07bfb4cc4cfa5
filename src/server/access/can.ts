import type { Role } from '../../shared/api-types';

/** What a signed-in user may try to do. */
export type Action =
  | 'plan:read'
  | 'plan:import'
  | 'plan:edit'
  | 'model:edit'
  | 'value:enter'
  | 'value:import'
  | 'user:manage';

export interface Actor {
  id: number;
  /** Role per organisation id. */
  roles: Map<number, Role>;
}

export interface Resource {
  organisationId: number;
  /** For measures: the user who owns (reports) it. */
  ownerUserId?: number | null;
}

type Rule = boolean | ((actor: Actor, resource: Resource) => boolean);

const isOwner = (actor: Actor, resource: Resource) => resource.ownerUserId === actor.id;

/**
 * The whole authorisation policy: role × action. Reporters enter values only for measures they own;
 * they may import files, but only rows of their own measures (each row is checked with value:enter).
 */
export const RULES: Record<Role, Record<Action, Rule>> = {
  admin: { 'plan:read': true, 'plan:import': true, 'plan:edit': true, 'model:edit': true, 'value:enter': true, 'value:import': true, 'user:manage': true },
  editor: { 'plan:read': true, 'plan:import': true, 'plan:edit': true, 'model:edit': false, 'value:enter': true, 'value:import': true, 'user:manage': false },
  reporter: { 'plan:read': true, 'plan:import': false, 'plan:edit': false, 'model:edit': false, 'value:enter': isOwner, 'value:import': true, 'user:manage': false },
  reader: { 'plan:read': true, 'plan:import': false, 'plan:edit': false, 'model:edit': false, 'value:enter': false, 'value:import': false, 'user:manage': false },
};

/** Whether `actor` may do `action` on `resource`; no role in the organisation means no. */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  const role = actor.roles.get(resource.organisationId);
  if (!role) return false;
  const rule = RULES[role][action];
  return typeof rule === 'function' ? rule(actor, resource) : rule;
}
