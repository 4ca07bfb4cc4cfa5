import type { Db } from '../../../db/client';
import { checkPlacement, wouldCycle } from '../../../domain/plan-tree/placement';
import type { CreateNodeRequest, NodeInfo, UpdateNodeRequest } from '../../../shared/authoring-schemas';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { staleEdit } from '../../http/versions';
import { audit } from '../audit/audit';
import { userName } from '../measures/measures.queries';
import { organisationUsers } from '../users/users.queries';
import * as q from './plan-editor.queries';
import { lockPlanScope, requireOpen } from './plan-scope';
import { placementError, writeNewNode } from './plan-writes';

/** Adds a node to a plan at any level the model allows. */
export async function createNode(db: Db, actor: Actor, planId: number, input: CreateNodeRequest): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    const scope = await lockPlanScope(tx, planId);
    authorize(actor, 'plan:edit', { organisationId: scope.organisationId });
    requireOpen(scope, ['create'], 'node');
    let parentLevelKey: string | null = null;
    if (input.parentId !== null) {
      const parent = await q.getNode(tx, input.parentId);
      if (!parent || parent.plan_id !== planId) throw fieldError('parentId', `Noden ${input.parentId} finns inte i planen.`);
      parentLevelKey = parent.level_key;
    }
    const count = await q.childCount(tx, planId, input.parentId);
    const position = Math.min(input.position ?? count, count);
    const id = await writeNewNode(tx, { userId: actor.id }, scope, { parentId: input.parentId, parentLevelKey, levelKey: input.levelKey, name: input.name.trim(), description: input.description ?? '' }, position);
    return { id };
  });
}

/** A node as the editor shows it. */
export async function getNodeInfo(db: Db, actor: Actor, nodeId: number): Promise<NodeInfo> {
  const node = await q.getNode(db, nodeId);
  if (!node) throw new AppError('not-found', `Noden ${nodeId} finns inte.`);
  const planOrg = (await q.getEditorPlan(db, node.plan_id))!.organisation_id;
  authorize(actor, 'plan:read', { organisationId: planOrg });
  return nodeInfo(db, node);
}

async function nodeInfo(db: Db, node: q.EditorNodeRow): Promise<NodeInfo> {
  // One after another: inside a transaction they share one connection.
  const ownerId = await q.nodeOwner(db, node.id);
  const goals = await q.nodeAgendaGoals(db, node.id);
  const served = node.serves_node_id === null ? undefined : await q.getNode(db, node.serves_node_id);
  const ownerName = ownerId === null ? null : await userName(db, ownerId);
  const servedPlan = served ? await q.getEditorPlan(db, served.plan_id) : undefined;
  return {
    id: node.id,
    planId: node.plan_id,
    parentId: node.parent_id,
    levelKey: node.level_key,
    position: node.position,
    name: node.title,
    description: node.description,
    longTermGoals: node.long_term_goals,
    bodies: node.bodies,
    responsible: ownerId === null ? null : { id: ownerId, name: ownerName ?? '' },
    agendaGoals: goals,
    serves: served && servedPlan ? { id: served.id, name: served.title, levelKey: served.level_key, planId: served.plan_id, planTitle: servedPlan.title } : null,
    version: node.version,
  };
}

const stateOf = (n: q.EditorNodeRow, extra: { responsibleUserId?: number | null; agendaGoals?: number[] } = {}) => ({
  name: n.title,
  description: n.description,
  longTermGoals: n.long_term_goals,
  parentId: n.parent_id,
  position: n.position,
  levelKey: n.level_key,
  bodies: n.bodies,
  servesNodeId: n.serves_node_id,
  ...extra,
  version: n.version,
});

/**
 * Changes a node: its texts, its place (a new parent and/or position, with a new level for an
 * indent or outdent), responsible bodies and person, Agenda 2030 goals, and the node of the
 * plan above that it serves. A change made against an old version is refused (409).
 */
export async function updateNode(db: Db, actor: Actor, nodeId: number, input: UpdateNodeRequest, seenVersion?: number): Promise<NodeInfo> {
  return db.transaction(async (tx) => {
    const existing = await q.getNode(tx, nodeId);
    if (!existing) throw new AppError('not-found', `Noden ${nodeId} finns inte.`);
    const scope = await lockPlanScope(tx, existing.plan_id);
    authorize(actor, 'plan:edit', { organisationId: scope.organisationId });
    const node = (await q.lockNode(tx, nodeId))!;
    // The node named by its level in each language, as the organisation's model names it.
    const level = scope.model.levels.find((l) => l.key === node.level_key)?.name;
    const label = {
      sv: `${level?.sv ?? 'Noden'} «${node.title}»`,
      da: `${level?.da ?? 'Elementet'} «${node.title}»`,
      en: `${level?.en ?? 'The node'} «${node.title}»`,
    };
    if (seenVersion !== undefined && seenVersion !== node.version) throw await staleEdit(tx, 'node', nodeId, label, seenVersion, node.version);

    const moving = input.parentId !== undefined && input.parentId !== node.parent_id;
    const changed = [
      ...(input.name !== undefined && input.name.trim() !== node.title ? ['name'] : []),
      ...(moving ? ['parentId'] : []),
      ...(input.position !== undefined && input.position !== node.position ? ['position'] : []),
      ...(input.levelKey !== undefined && input.levelKey !== node.level_key ? ['levelKey'] : []),
    ];
    requireOpen(scope, changed, 'node');

    const before = stateOf(node, { responsibleUserId: await q.nodeOwner(tx, nodeId), agendaGoals: await q.nodeAgendaGoals(tx, nodeId) });
    const parentId = input.parentId === undefined ? node.parent_id : input.parentId;
    const levelKey = input.levelKey ?? node.level_key;
    if (moving || levelKey !== node.level_key) await checkMove(tx, scope, node, parentId, levelKey);
    if (input.servesNodeId != null) await checkServes(tx, actor, scope.plan, input.servesNodeId);
    if (input.responsibleUserId != null) {
      const members = await organisationUsers(tx, scope.organisationId);
      if (!members.some((u) => u.id === input.responsibleUserId)) throw fieldError('responsibleUserId', 'Personen har ingen roll i organisationen.');
    }

    let position: number | undefined;
    if (moving) {
      // Leave the old siblings without a gap, then make room among the new ones.
      const count = await q.childCount(tx, scope.planId, parentId);
      position = Math.min(input.position ?? count, count);
      await q.updateNodeFields(tx, nodeId, { parent_id: parentId, position: -1 });
      await q.renumberChildren(tx, scope.planId, node.parent_id);
      await q.shiftSiblings(tx, scope.planId, parentId, position, 1);
    } else if (input.position !== undefined && input.position !== node.position) {
      const count = await q.childCount(tx, scope.planId, parentId);
      position = Math.max(0, Math.min(input.position, count - 1));
      // Take the node out of the order, close the gap, open one where it goes.
      await q.updateNodeFields(tx, nodeId, { position: -1 });
      await q.renumberChildren(tx, scope.planId, parentId, nodeId);
      await q.shiftSiblings(tx, scope.planId, parentId, position, 1);
    }
    await q.updateNodeFields(tx, nodeId, {
      title: input.name?.trim(),
      description: input.description,
      long_term_goals: input.longTermGoals,
      parent_id: moving ? parentId : undefined,
      position,
      level_key: input.levelKey,
      bodies: input.bodies,
      serves_node_id: input.servesNodeId,
    });
    if (input.responsibleUserId !== undefined) await q.setNodeOwner(tx, nodeId, input.responsibleUserId);
    if (input.agendaGoals !== undefined) await q.setNodeAgendaGoals(tx, nodeId, input.agendaGoals);
    const after = (await q.getNode(tx, nodeId))!;
    await audit(tx, { userId: actor.id }, {
      organisationId: scope.organisationId,
      planId: scope.planId,
      objectType: 'node',
      objectId: nodeId,
      action: moving || position !== undefined ? 'move' : 'update',
      before,
      after: stateOf(after, { responsibleUserId: await q.nodeOwner(tx, nodeId), agendaGoals: await q.nodeAgendaGoals(tx, nodeId) }),
    });
    return nodeInfo(tx, after);
  });
}

/** A move or level change keeps the tree within the model's rules. */
async function checkMove(tx: Db, scope: Awaited<ReturnType<typeof lockPlanScope>>, node: q.EditorNodeRow, parentId: number | null, levelKey: string) {
  const shapes = await q.planNodeShapes(tx, scope.planId);
  const byId = new Map(shapes.map((s) => [s.id, s]));
  if (parentId !== null) {
    const parent = byId.get(parentId);
    if (!parent) throw fieldError('parentId', `Noden ${parentId} finns inte i planen.`);
    if (wouldCycle(shapes.map((s) => ({ id: s.id, parentId: s.parent_id })), node.id, parentId)) throw placementError(scope.model, { code: 'cycle' }, 'parentId');
  }
  const parentLevel = parentId === null ? null : byId.get(parentId)!.level_key;
  const childLevels = shapes.filter((s) => s.parent_id === node.id).map((s) => s.level_key);
  const problem = checkPlacement(scope.model, levelKey, parentLevel, childLevels, byId.get(node.id)?.measures ?? 0);
  if (problem) throw placementError(scope.model, problem, parentId !== node.parent_id ? 'parentId' : 'levelKey');
}

/** The node served must be in a plan above this one (its parent plan, or that plan's parent …) that the actor may read. */
async function checkServes(tx: Db, actor: Actor, plan: { id: number; parent_plan_id: number | null }, servesNodeId: number) {
  const served = await q.getNode(tx, servesNodeId);
  if (!served) throw fieldError('servesNodeId', `Noden ${servesNodeId} finns inte.`);
  const above: number[] = [];
  for (let at = plan.parent_plan_id; at !== null && !above.includes(at); ) {
    above.push(at);
    at = (await q.getEditorPlan(tx, at))?.parent_plan_id ?? null;
  }
  if (!above.includes(served.plan_id)) {
    throw fieldError('servesNodeId', 'En nod kan bara tjäna en nod i en plan ovanför sin egen plan. Ange planen ovanför under planens inställningar först.');
  }
  const servedPlan = (await q.getEditorPlan(tx, served.plan_id))!;
  if (!can(actor, 'plan:read', { organisationId: servedPlan.organisation_id })) throw fieldError('servesNodeId', 'Du kan inte läsa den planen.');
}
