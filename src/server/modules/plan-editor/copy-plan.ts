import type { Tx } from '../../../db/client';
import { copyTargets } from '../../../domain/plan-tree/copy';
import type { Who } from '../audit/audit';
import * as q from './plan-editor.queries';
import { planMeasures } from '../plans/plans.queries';
import { columnsOf, type PlanScope, writeNewMeasure, writeNewNode } from './plan-writes';

/**
 * Copies a plan's tree, measures and targets into another (empty) plan through the one write
 * path. Nodes and measures keep their lineage and point to their predecessors, so a measure's
 * series continues from the earlier plan; targets for years outside the new plan are marked
 * for revision.
 */
export async function copyPlanContent(tx: Tx, who: Who, fromPlanId: number, to: PlanScope & { startYear: number; endYear: number }): Promise<void> {
  const nodes = await q.nodesWithLineage(tx, fromPlanId);
  const measures = await planMeasures(tx, fromPlanId);
  const measureLineage = await q.measureLineage(tx, fromPlanId);
  const children = new Map<number | null, typeof nodes>();
  for (const n of nodes) children.set(n.parent_id, [...(children.get(n.parent_id) ?? []), n]);
  const copy = async (parent: (typeof nodes)[number] | null, newParentId: number | null) => {
    for (const n of children.get(parent?.id ?? null) ?? []) {
      const id = await writeNewNode(tx, who, to, {
        parentId: newParentId,
        parentLevelKey: parent?.level_key ?? null,
        levelKey: n.level_key,
        name: n.title,
        description: n.description,
        longTermGoals: n.long_term_goals,
        bodies: n.bodies,
        lineageId: n.lineage_id ?? n.id,
        predecessorNodeId: n.id,
        // The copy serves what the original served: the plan above usually stays the same.
        servesNodeId: n.serves_node_id,
      });
      for (const m of measures.filter((x) => x.node_id === n.id)) {
        await writeNewMeasure(tx, who, to, {
          nodeId: id,
          nodeLevelKey: n.level_key,
          columns: columnsOf(m),
          targets: copyTargets(m.targets, to.startYear, to.endYear),
          lineageId: measureLineage.get(m.id) ?? m.id,
          predecessorMeasureId: m.id,
        });
      }
      await copy(n, id);
    }
  };
  await copy(null, null);
}
