import type { Db } from '../../../db/client';
import { subtreeIds } from '../../../domain/plan-tree/placement';
import type { DeletionImpact, DeletionResult } from '../../../shared/authoring-schemas';
import type { Actor } from '../../access/can';
import { AppError } from '../../http/errors';
import { authorize } from '../../http/session';
import { staleEdit } from '../../http/versions';
import { audit } from '../audit/audit';
import { getMeasure } from '../plans/plans.queries';
import * as d from './deletions.queries';
import * as q from './plan-editor.queries';
import { lockPlanScope, requireOpen } from './plan-scope';

type Target = { type: 'node' | 'measure'; id: number };

/** The nodes and measures a deletion takes: a node's whole subtree and its measures, or one measure. */
async function affected(tx: Db, target: Target): Promise<{ planId: number; nodeIds: number[]; measureIds: number[]; version: number; label: string; kindKey?: string }> {
  if (target.type === 'node') {
    const node = await q.getNode(tx, target.id);
    if (!node) throw new AppError('not-found', `Noden ${target.id} finns inte.`);
    const shapes = await q.planNodeShapes(tx, node.plan_id);
    const nodeIds = subtreeIds(shapes.map((s) => ({ id: s.id, parentId: s.parent_id })), node.id);
    const measureIds = await q.measureIdsOfNodes(tx, nodeIds);
    return { planId: node.plan_id, nodeIds, measureIds, version: node.version, label: `«${node.title}»` };
  }
  const m = await getMeasure(tx, target.id);
  if (!m) throw new AppError('not-found', `Måttet ${target.id} finns inte.`);
  return { planId: m.plan_id, nodeIds: [], measureIds: [m.id], version: m.version, label: `Måttet «${m.name}»`, kindKey: m.kind_key };
}

async function impactOf(tx: Db, nodeIds: number[], measureIds: number[]): Promise<DeletionImpact> {
  const c = await d.impactCounts(tx, nodeIds, measureIds);
  return { nodes: c.levels.map((l) => ({ levelKey: l.level_key, count: l.count })), measures: measureIds.length, values: c.values, judgements: c.judgements };
}

/** What deleting a node (its subtree) or a measure would take with it, to be said before anyone confirms. */
export async function deletionImpact(db: Db, actor: Actor, target: Target): Promise<DeletionImpact> {
  const a = await affected(db, target);
  const plan = (await q.getEditorPlan(db, a.planId))!;
  authorize(actor, 'plan:read', { organisationId: plan.organisation_id });
  return impactOf(db, a.nodeIds, a.measureIds);
}

/** Deletes a node with everything under it, or one measure, keeping what it took so it can be restored. */
export async function deletePlanPart(db: Db, actor: Actor, target: Target, seenVersion?: number): Promise<DeletionResult> {
  return db.transaction(async (tx) => {
    const first = await affected(tx, target);
    const scope = await lockPlanScope(tx, first.planId);
    authorize(actor, 'plan:edit', { organisationId: scope.organisationId });
    const a = await affected(tx, target);
    const kind = scope.model.measureKinds.find((k) => k.key === a.kindKey);
    requireOpen(scope, ['delete'], target.type, kind);
    if (seenVersion !== undefined && seenVersion !== a.version) throw await staleEdit(tx, target.type, target.id, a.label, seenVersion, a.version);
    const impact = await impactOf(tx, a.nodeIds, a.measureIds);
    const rows = await d.captureRows(tx, a.nodeIds, a.measureIds);
    const deletionId = await d.insertDeletion(tx, { planId: scope.planId, objectType: target.type, objectId: target.id, rows, impact, by: actor.id });
    const parent = target.type === 'node' ? ((await q.getNode(tx, target.id))?.parent_id ?? null) : null;
    if (target.type === 'node') {
      await q.deleteNodeRow(tx, target.id);
      await q.renumberChildren(tx, scope.planId, parent);
    } else {
      await q.deleteMeasureRow(tx, target.id);
    }
    await q.refreshTargetYears(tx, scope.planId);
    await audit(tx, { userId: actor.id }, {
      organisationId: scope.organisationId,
      planId: scope.planId,
      objectType: target.type,
      objectId: target.id,
      action: 'delete',
      before: (rows.cascaded[target.type === 'node' ? 'plan_nodes' : 'measures'] ?? []).find((r) => (r as { id: number }).id === target.id) ?? null,
      after: { deletionId, impact },
    });
    return { deletionId, impact };
  });
}

/** Undoes a deletion: every row it took comes back with its id, in its old place. */
export async function restoreDeletion(db: Db, actor: Actor, deletionId: number): Promise<{ objectType: 'node' | 'measure'; objectId: number }> {
  return db.transaction(async (tx) => {
    const found = await d.lockDeletion(tx, deletionId);
    if (!found) throw new AppError('not-found', `Borttagningen ${deletionId} finns inte.`);
    const scope = await lockPlanScope(tx, found.plan_id);
    authorize(actor, 'plan:edit', { organisationId: scope.organisationId });
    const deletion = (await d.lockDeletion(tx, deletionId))!;
    if (deletion.restored_at) throw new AppError('conflict', 'Borttagningen är redan ångrad.');
    requireOpen(scope, ['create'], deletion.object_type);
    if (deletion.object_type === 'node') {
      const root = (deletion.rows.cascaded.plan_nodes ?? []).find((r) => (r as { id: number }).id === deletion.object_id) as { parent_id: number | null; position: number } | undefined;
      if (root) {
        if (root.parent_id !== null && !(await q.getNode(tx, root.parent_id))) {
          throw new AppError('conflict', 'Det som noden låg under är borttaget. Ångra den borttagningen först.');
        }
        await q.shiftSiblings(tx, scope.planId, root.parent_id, root.position, 1);
      }
    } else {
      const m = (deletion.rows.cascaded.measures ?? [])[0] as { node_id: number } | undefined;
      if (m && !(await q.getNode(tx, m.node_id))) throw new AppError('conflict', 'Noden som måttet hängde på är borttagen. Ångra den borttagningen först.');
    }
    await d.restoreRows(tx, deletion.rows);
    await d.markRestored(tx, deletionId);
    await q.refreshTargetYears(tx, scope.planId);
    await audit(tx, { userId: actor.id }, {
      organisationId: scope.organisationId,
      planId: scope.planId,
      objectType: deletion.object_type,
      objectId: deletion.object_id,
      action: 'restore',
      before: null,
      after: { deletionId },
    });
    return { objectType: deletion.object_type, objectId: deletion.object_id };
  });
}
