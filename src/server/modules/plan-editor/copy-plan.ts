import type { Db } from '../../../db/client';
import { copyTargets } from '../../../domain/plan-tree/copy';
import type { Who } from '../audit/audit';
import type * as q from './plan-editor.queries';
import { planMeasures } from '../plans/plans.queries';
import { columnsOf, type PlanScope, writeNewMeasure, writeNewNode } from './plan-writes';

/**
 * Copies a plan's tree, measures and targets into another (empty) plan through the one write
 * path. Nodes and measures keep their lineage and point to their predecessors, so a measure's
 * series continues from the earlier plan; targets for years outside the new plan are marked
 * for revision.
 */
export async function copyPlanContent(tx: Db, who: Who, fromPlanId: number, to: PlanScope & { startYear: number; endYear: number }): Promise<void> {
  const nodes = await tx.query<q.EditorNodeRow & { lineage_id: number | null }>(
    `SELECT id, plan_id, parent_id, level_key, position, title, description, long_term_goals, bodies, serves_node_id, version, lineage_id
       FROM plan_nodes WHERE plan_id = $1 ORDER BY position, id`,
    [fromPlanId],
  );
  const measures = await planMeasures(tx, fromPlanId);
  const lineage = await tx.query<{ id: number; lineage_id: number | null }>('SELECT id, lineage_id FROM measures WHERE plan_id = $1', [fromPlanId]);
  const measureLineage = new Map(lineage.map((r) => [r.id, r.lineage_id ?? r.id]));
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
