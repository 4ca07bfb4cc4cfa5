import type { GovernanceModel } from '../model/governance';

/**
 * Where a node may sit in a plan's tree. The model's levels are ordered top-down; a node's
 * level must lie below its parent's (levels may be skipped: Midtjylland's spor hang directly
 * under the vision, not under an overall goal), and measures hang only on levels that carry
 * them. These rules decide every create, move, indent and outdent.
 */
export interface PlacedNode {
  id: number;
  parentId: number | null;
  levelKey: string;
  measureCount: number;
}

export type PlacementError =
  | { code: 'unknown-level'; levelKey: string }
  | { code: 'not-below-parent'; levelKey: string; parentLevelKey: string }
  | { code: 'children-not-below'; levelKey: string; childLevelKey: string }
  | { code: 'level-carries-no-measures'; levelKey: string; measures: number }
  | { code: 'cycle' };

const indexOf = (model: GovernanceModel, key: string) => model.levels.findIndex((l) => l.key === key);

/** Checks that a node on `levelKey` may hang under `parentLevelKey` (null: top level) above children on `childLevelKeys`. */
export function checkPlacement(
  model: GovernanceModel,
  levelKey: string,
  parentLevelKey: string | null,
  childLevelKeys: readonly string[],
  measureCount: number,
): PlacementError | null {
  const own = indexOf(model, levelKey);
  if (own < 0) return { code: 'unknown-level', levelKey };
  if (parentLevelKey !== null && own <= indexOf(model, parentLevelKey)) return { code: 'not-below-parent', levelKey, parentLevelKey };
  const child = childLevelKeys.find((k) => indexOf(model, k) <= own);
  if (child !== undefined) return { code: 'children-not-below', levelKey, childLevelKey: child };
  if (measureCount > 0 && !model.levels[own]!.carriesMeasures) return { code: 'level-carries-no-measures', levelKey, measures: measureCount };
  return null;
}

/** The level right below `parentLevelKey` (the first level for the top), for a new child or an indent. */
export function levelBelow(model: GovernanceModel, parentLevelKey: string | null): string | null {
  const i = parentLevelKey === null ? -1 : indexOf(model, parentLevelKey);
  return model.levels[i + 1]?.key ?? null;
}

/** Whether moving `nodeId` under `newParentId` would put it under itself. */
export function wouldCycle(nodes: readonly Pick<PlacedNode, 'id' | 'parentId'>[], nodeId: number, newParentId: number | null): boolean {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  for (let at = newParentId; at !== null; at = parentOf.get(at) ?? null) {
    if (at === nodeId) return true;
  }
  return false;
}

/** Ids of a node and everything under it, the node first. */
export function subtreeIds(nodes: readonly Pick<PlacedNode, 'id' | 'parentId'>[], rootId: number): number[] {
  const children = new Map<number, number[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n.id);
    children.set(n.parentId, list);
  }
  const out: number[] = [];
  const visit = (id: number) => {
    out.push(id);
    for (const c of children.get(id) ?? []) visit(c);
  };
  visit(rootId);
  return out;
}
