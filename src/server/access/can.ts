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
  /** Role per federation id: admin (named), or member (has a role in a member organisation). */
  federationRoles?: Map<number, FederationRole>;
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
  // What the public portal shows of a plan is the organisation's decision: its admins publish.
  'plan:publish': { admin: true, editor: false, reporter: false, reader: false },
  'model:edit': { admin: true, editor: false, reporter: false, reader: false },
  'value:enter': { admin: true, editor: true, reporter: isOwner, reader: false },
  // The full-year forecast and comment at DÅ 04/08: whoever enters the measure's values.
  'forecast:enter': { admin: true, editor: true, reporter: isOwner, reader: false },
  // An activity's or milestone's status and progress: its responsible reporter as well as editors.
  'work:report': { admin: true, editor: true, reporter: isOwner, reader: false },
  // Reporters may import; the importer rejects rows of measures they do not own.
  'value:import': { admin: true, editor: true, reporter: true, reader: false },
  'user:manage': { admin: true, editor: false, reporter: false, reader: false },
  // The organisation's own settings, such as how many days before a deadline reminders go out.
  'organisation:settings': { admin: true, editor: false, reporter: false, reader: false },
  'kolada:link': { admin: true, editor: true, reporter: false, reader: false },
  'kolada:fetch': { admin: true, editor: true, reporter: false, reader: false },
  // Follow-up: reporters write and submit judgements for the goals and success factors they are responsible for.
  'judgement:write': { admin: true, editor: true, reporter: isOwner, reader: false },
  // Only editors and admins approve a submitted judgement or return it to draft.
  'judgement:approve': { admin: true, editor: true, reporter: false, reader: false },
  // The outbox: which mail went to whom, and why (reminders, invitations).
  'mail:read': { admin: true, editor: true, reporter: false, reader: false },
  // The organisation's audit log (every change, by whom) and its whole data as a ZIP: its administrators.
  'audit:read': { admin: true, editor: false, reporter: false, reader: false },
  'organisation:export': { admin: true, editor: false, reporter: false, reader: false },
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

/** A person's part in a federation of organisations (design-round-2.md: per federation admin and member). */
export type FederationRole = 'admin' | 'member';

/**
 * What federation roles allow: admins change the shared model and plan, set up and run workshops;
 * members (anyone with a role in a member organisation) read the shared plan and the shared
 * measures' values and take part in workshops.
 */
export const FEDERATION_RULES = {
  'federation:read': { admin: true, member: true },
  'federation:manage': { admin: true, member: false },
  'workshop:facilitate': { admin: true, member: false },
  'workshop:take-part': { admin: true, member: true },
} satisfies Record<string, Record<FederationRole, boolean>>;

export type FederationAction = keyof typeof FEDERATION_RULES;

/** Whether `actor` may do a federation action in the federation; no federation role means no. */
export function canInFederation(actor: Actor, action: FederationAction, federationId: number): boolean {
  const role = actor.federationRoles?.get(federationId);
  return role ? FEDERATION_RULES[action][role] : false;
}

/**
 * The federation acts through an organisation of its own, which owns its model and shared plan.
 * Its federation roles are the roles there: admins administer it, members read it. So the plan
 * rules above govern the shared plan too, and only federation admins change it.
 */
export function federationOrganisationRole(role: FederationRole): Role {
  return role === 'admin' ? 'admin' : 'reader';
}
