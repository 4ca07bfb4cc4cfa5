import type { Db } from '../../../db/client';
import type { GovernanceModel } from '../../../domain/model/governance';
import { getTemplate, isTemplateKey, TEMPLATE_KEYS } from '../../../domain/model/templates';
import { goalLevelKey } from '../../../domain/workshop/draft-plan';
import type { AdoptGoalRequest, CreateFederationRequest, FederationSummary, FederationView } from '../../../shared/workshop-types';
import { type Actor, canAdministerInstallation, canInFederation, type FederationAction } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { audit } from '../audit/audit';
import { getOrganisation, listOrganisations } from '../organisations/organisations.queries';
import { insertOrganisationWithModel } from '../organisations/organisations.service';
import * as editor from '../plan-editor/plan-editor.queries';
import { lockPlanScope, requireOpen } from '../plan-editor/plan-scope';
import { writeNewNode } from '../plan-editor/plan-writes';
import * as q from './federations.queries';

/** The federation, or 404; 404 too when the actor has no role in it, so its existence is not told. */
export async function federationFor(db: Db, actor: Actor, federationId: number, action: FederationAction): Promise<q.FederationRow> {
  const f = await q.getFederation(db, federationId);
  if (!f || !canInFederation(actor, 'federation:read', federationId)) throw new AppError('not-found', `Förbundet ${federationId} finns inte.`);
  if (!canInFederation(actor, action, federationId)) throw new AppError('forbidden', 'Bara förbundets administratörer får göra detta.');
  return f;
}

/**
 * Forms a federation of organisations. It gets an organisation of its own, which owns its model
 * (from the template, else a copy of the first member's) and later its shared plan; its creator is
 * its first admin. An installation admin may form any federation; anyone else must administer one of the members.
 */
export async function createFederation(db: Db, actor: Actor, input: CreateFederationRequest): Promise<{ id: number }> {
  const ids = [...new Set(input.organisationIds)];
  if (ids.length !== input.organisationIds.length) throw fieldError('organisationIds', 'En organisation kan bara finnas med en gång.');
  const orgs = await listOrganisations(db, ids);
  const missing = ids.filter((id) => !orgs.some((o) => o.id === id));
  if (missing.length > 0) throw fieldError('organisationIds', `Organisationerna ${missing.join(', ')} finns inte.`);
  if (!canAdministerInstallation(actor) && !ids.some((id) => actor.roles.get(id) === 'admin')) {
    throw new AppError('forbidden', 'Bara en administratör i någon av medlemmarna (eller installationens) kan bilda ett förbund.');
  }
  let model: GovernanceModel;
  let templateKey: string | null = null;
  if (input.template !== undefined) {
    if (!isTemplateKey(input.template)) throw fieldError('template', `Okänd mall "${input.template}". Välj en av: ${TEMPLATE_KEYS.join(', ')}.`);
    model = getTemplate(input.template);
    templateKey = input.template;
  } else {
    model = structuredClone((await getOrganisation(db, ids[0]!))!.definition);
  }
  const name = input.name.trim();
  return db.transaction(async (tx) => {
    if (await q.federationNameTaken(tx, name)) throw fieldError('name', `Det finns redan ett förbund som heter "${name}".`);
    const first = orgs.find((o) => o.id === ids[0])!;
    const organisationId = await insertOrganisationWithModel(tx, { userId: actor.id }, { name, koladaId: null, language: first.default_lang, model, templateKey });
    await q.markFederationOrganisation(tx, organisationId);
    const id = await q.insertFederation(tx, { name, organisationId, createdBy: actor.id });
    await q.insertMembers(tx, id, ids);
    await q.insertAdmin(tx, id, actor.id);
    await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'federation', objectId: id, action: 'create', before: null, after: { name, organisationIds: ids, template: templateKey } });
    return { id };
  });
}

/** The federations the actor belongs to. */
export async function listFederations(db: Db, actor: Actor): Promise<FederationSummary[]> {
  const roles = actor.federationRoles ?? new Map();
  const rows = await q.federationsByIds(db, [...roles.keys()]);
  return rows.map((f) => ({ id: f.id, name: f.name, organisationId: f.organisation_id, role: roles.get(f.id)!, sharedPlanId: f.shared_plan_id }));
}

/** A federation as its members see it: members, admins, glossary, the shared plan's goals and who adopted them, workshops. */
export async function getFederationView(db: Db, actor: Actor, federationId: number): Promise<FederationView> {
  const f = await federationFor(db, actor, federationId, 'federation:read');
  const members = await q.federationMembers(db, f.id);
  const admins = await q.federationAdmins(db, f.id);
  const terms = await q.glossary(db, f.id);
  const workshops = await q.workshopsOf(db, f.id);
  let sharedGoals: FederationView['sharedGoals'] = [];
  if (f.shared_plan_id !== null) {
    const goals = await q.sharedPlanGoals(db, f.shared_plan_id);
    const adopted = await q.adoptions(db, f.shared_plan_id);
    sharedGoals = goals.map((g) => ({
      id: g.id,
      name: g.title,
      levelKey: g.level_key,
      // That a member adopted the goal is shared; the node itself links only for readers of that plan.
      adoptedBy: adopted
        .filter((a) => a.served_id === g.id)
        .map((a) => ({ organisationId: a.organisation_id, organisationName: a.organisation_name, nodeId: actor.roles.has(a.organisation_id) ? a.node_id : 0, planId: actor.roles.has(a.organisation_id) ? a.plan_id : 0 })),
    }));
  }
  return {
    id: f.id,
    name: f.name,
    organisationId: f.organisation_id,
    role: actor.federationRoles!.get(f.id)!,
    sharedPlanId: f.shared_plan_id,
    members: members.map((m) => ({ id: m.id, name: m.name, koladaId: m.kolada_id })),
    admins,
    glossary: terms,
    sharedGoals,
    workshops: workshops.map((w) => ({ id: w.id, title: w.title, createdAt: w.created_at })),
  };
}

/**
 * A member adopts a goal of the shared plan into its own plan: a node of its own, written through
 * the plan services, that serves the shared goal (the cascade link). Nothing is forked: the shared
 * goal stays the federation's; the member may add its own success factors and measures below.
 */
export async function adoptSharedGoal(db: Db, actor: Actor, federationId: number, input: AdoptGoalRequest): Promise<{ nodeId: number }> {
  const f = await federationFor(db, actor, federationId, 'federation:read');
  if (f.shared_plan_id === null) throw new AppError('conflict', 'Förbundet har ingen gemensam plan ännu.');
  const goal = await editor.getNode(db, input.goalNodeId);
  if (!goal || goal.plan_id !== f.shared_plan_id) throw fieldError('goalNodeId', 'Målet finns inte i förbundets gemensamma plan.');
  const members = await q.federationMembers(db, f.id);
  return db.transaction(async (tx) => {
    const scope = await lockPlanScope(tx, input.planId);
    if (!members.some((m) => m.id === scope.organisationId)) throw fieldError('planId', 'Planen tillhör ingen av förbundets medlemmar.');
    authorize(actor, 'plan:edit', { organisationId: scope.organisationId });
    requireOpen(scope, ['create'], 'node');
    const already = await tx.query<{ id: number }>('SELECT id FROM plan_nodes WHERE plan_id = $1 AND serves_node_id = $2', [scope.planId, goal.id]);
    if (already.length > 0) throw new AppError('conflict', `Planen har redan tagit in målet «${goal.title}».`);
    const levelKey = input.levelKey ?? goalLevelKey(scope.model.levels);
    let parentLevelKey: string | null = null;
    const parentId = input.parentId ?? null;
    if (parentId !== null) {
      const parent = await editor.getNode(tx, parentId);
      if (!parent || parent.plan_id !== scope.planId) throw fieldError('parentId', `Noden ${parentId} finns inte i planen.`);
      parentLevelKey = parent.level_key;
    }
    const nodeId = await writeNewNode(tx, { userId: actor.id }, scope, { parentId, parentLevelKey, levelKey, name: goal.title, description: goal.description, servesNodeId: goal.id });
    return { nodeId };
  });
}
