import type { Lang } from '../../domain/i18n/lang';
import type { Role } from '../../shared/api-types';

type Rule = boolean | ((actor: Actor, resource: Resource) => boolean);

export interface Actor {
  id: number;
  /** Role per organisation id. */
  roles: Map<number, Role>;
  /** The installation's administrators create organisations; inside one they need a role like anyone else. */
  installationAdmin?: boolean;
  /** Signed in with a one-time password not yet changed: the server opens only the password change. */
  mustChangePassword?: boolean;
  /** The user's own language for server messages and documents (else the browser's). */
  language?: Lang;
}

export interface Resource {
  organisationId: number;
  /** For measures: the user who owns (reports) it; for plan nodes in follow-up: the node's responsible person. */
  ownerUserId?: number | null;
}

const isOwner = (actor: Actor, resource: Resource) => resource.ownerUserId === actor.id;

/**
 * The whole authorisation policy: one line per action, one column per role. Reporters enter
 * values only for measures they own. (One line per action keeps additions from colliding.)
 */
export const RULES = {
  'plan:read': { admin: true, editor: true, reporter: true, reader: true },
  'plan:import': { admin: true, editor: true, reporter: false, reader: false },
  'plan:edit': { admin: true, editor: true, reporter: false, reader: false },
  // Create plans, record their decision and open revisions: the strategists' work (regionstab).
  'plan:create': { admin: true, editor: true, reporter: false, reader: false },
  'plan:decide': { admin: true, editor: true, reporter: false, reader: false },
  'model:edit': { admin: true, editor: false, reporter: false, reader: false },
  'value:enter': { admin: true, editor: true, reporter: isOwner, reader: false },
  // Reporters may import; the importer rejects rows of measures they do not own.
  'value:import': { admin: true, editor: true, reporter: true, reader: false },
  'user:manage': { admin: true, editor: false, reporter: false, reader: false },
  'kolada:link': { admin: true, editor: true, reporter: false, reader: false },
  'kolada:fetch': { admin: true, editor: true, reporter: false, reader: false },
  // Follow-up: reporters write and submit judgements for the goals and success factors they are responsible for.
  'judgement:write': { admin: true, editor: true, reporter: isOwner, reader: false },
  // Only editors and admins approve a submitted judgement or return it to draft.
  'judgement:approve': { admin: true, editor: true, reporter: false, reader: false },
  // The outbox: which mail went to whom, and why (reminders, invitations).
  'mail:read': { admin: true, editor: true, reporter: false, reader: false },
  // Consultation rounds (høring / remiss): send, read the answers, respond, publish.
  'consultation:manage': { admin: true, editor: true, reporter: false, reader: false },
} satisfies Record<string, Record<Role, Rule>>;

/** What only an installation administrator may do: create organisations and see them all. */
export function canAdministerInstallation(actor: Actor): boolean {
  return actor.installationAdmin === true;
}

/** What a signed-in user may try to do. */
export type Action = keyof typeof RULES;

/** Whether `actor` may do `action` on `resource`; no role in the organisation means no. */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  const role = actor.roles.get(resource.organisationId);
  if (!role) return false;
  const rule: Rule = RULES[action][role];
  return typeof rule === 'function' ? rule(actor, resource) : rule;
}
