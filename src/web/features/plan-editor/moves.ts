import type { GovernanceModel } from '../../../domain/model/governance';
import { checkPlacement, levelBelow, type PlacementError, wouldCycle } from '../../../domain/plan-tree/placement';

/**
 * Moving a part of the plan (a perspective, goal, success factor …) within the tree, worked out
 * on the client from the scorecard's tree so that the buttons, the keyboard shortcuts and drag and
 * drop all send the same PATCH /api/plan-nodes/:id request. The server checks the same placement
 * rules again; these only decide what to ask for and what to refuse at once.
 */
export interface MoveTreeNode {
  id: number;
  levelKey: string;
  title: string;
  measures: readonly unknown[];
  children: readonly MoveTreeNode[];
}

export type MoveDirection = 'up' | 'down' | 'indent' | 'outdent';

/** The body of the PATCH request, without the version. `levelKey` only when the level changes. */
export interface MoveRequest {
  parentId: number | null;
  position: number;
  levelKey?: string;
}

export interface PlannedMove {
  request: MoveRequest;
  /** The new parent, null for the top level. */
  parent: MoveTreeNode | null;
  /** The level the node will have (its own unless the move changes it). */
  levelKey: string;
}

export type MoveRefusal =
  | { code: 'not-found' }
  | { code: 'first' }
  | { code: 'last' }
  | { code: 'no-previous' }
  | { code: 'top' }
  | { code: 'same-place' }
  | { code: 'placement'; problem: PlacementError };

export type MoveResult = { ok: true; move: PlannedMove } | { ok: false; refusal: MoveRefusal };

interface Located {
  node: MoveTreeNode;
  parent: MoveTreeNode | null;
  siblings: readonly MoveTreeNode[];
  index: number;
}

/** Finds a node with its parent and its place among its siblings. */
export function locate(roots: readonly MoveTreeNode[], nodeId: number, parent: MoveTreeNode | null = null): Located | null {
  const siblings = parent ? parent.children : roots;
  for (let index = 0; index < siblings.length; index++) {
    const node = siblings[index]!;
    if (node.id === nodeId) return { node, parent, siblings, index };
    const found = locate(roots, nodeId, node);
    if (found) return found;
  }
  return null;
}

function flatten(roots: readonly MoveTreeNode[], parentId: number | null = null, out: { id: number; parentId: number | null }[] = []) {
  for (const n of roots) {
    out.push({ id: n.id, parentId });
    flatten(n.children, n.id, out);
  }
  return out;
}

/**
 * The level the node takes under a new parent: the first of `preferred`, then of the model's levels
 * top-down, that the placement rules allow with its children and measures; or the first problem.
 */
function chooseLevel(model: GovernanceModel, node: MoveTreeNode, parentLevelKey: string | null, preferred: readonly (string | null)[]): { levelKey: string } | { problem: PlacementError } {
  const childLevels = node.children.map((c) => c.levelKey);
  const candidates = [...preferred.filter((k): k is string => k !== null), ...model.levels.map((l) => l.key)];
  for (const levelKey of candidates) {
    if (!checkPlacement(model, levelKey, parentLevelKey, childLevels, node.measures.length)) return { levelKey };
  }
  // No level fits: say why not on the level a move of this kind would give it, else on its own.
  const said = preferred.find((k): k is string => k !== null) ?? node.levelKey;
  const problem = checkPlacement(model, said, parentLevelKey, childLevels, node.measures.length);
  return { problem: problem ?? { code: 'unknown-level', levelKey: node.levelKey } };
}

function placed(node: MoveTreeNode, parent: MoveTreeNode | null, position: number, levelKey: string): MoveResult {
  const request: MoveRequest = { parentId: parent?.id ?? null, position };
  if (levelKey !== node.levelKey) request.levelKey = levelKey;
  return { ok: true, move: { request, parent, levelKey } };
}

/** Up or down among the siblings, indent under the previous sibling (last), outdent to right after the parent. */
export function planMove(model: GovernanceModel, roots: readonly MoveTreeNode[], nodeId: number, direction: MoveDirection): MoveResult {
  const at = locate(roots, nodeId);
  if (!at) return { ok: false, refusal: { code: 'not-found' } };
  const { node, parent, siblings, index } = at;
  switch (direction) {
    case 'up':
      if (index === 0) return { ok: false, refusal: { code: 'first' } };
      return placed(node, parent, index - 1, node.levelKey);
    case 'down':
      if (index === siblings.length - 1) return { ok: false, refusal: { code: 'last' } };
      return placed(node, parent, index + 1, node.levelKey);
    case 'indent': {
      const previous = siblings[index - 1];
      if (!previous) return { ok: false, refusal: { code: 'no-previous' } };
      const level = chooseLevel(model, node, previous.levelKey, [levelBelow(model, previous.levelKey)]);
      if ('problem' in level) return { ok: false, refusal: { code: 'placement', problem: level.problem } };
      return placed(node, previous, previous.children.length, level.levelKey);
    }
    case 'outdent': {
      if (!parent) return { ok: false, refusal: { code: 'top' } };
      const up = locate(roots, parent.id)!;
      const level = chooseLevel(model, node, up.parent?.levelKey ?? null, [levelBelow(model, up.parent?.levelKey ?? null)]);
      if ('problem' in level) return { ok: false, refusal: { code: 'placement', problem: level.problem } };
      return placed(node, up.parent, up.index + 1, level.levelKey);
    }
  }
}

/**
 * A drop of `nodeId` into `parentId`'s children (null: the top level) before the child now at
 * `index` (the list's length: last). The node keeps its level where the model allows it there.
 */
export function planDrop(model: GovernanceModel, roots: readonly MoveTreeNode[], nodeId: number, parentId: number | null, index: number): MoveResult {
  const at = locate(roots, nodeId);
  if (!at) return { ok: false, refusal: { code: 'not-found' } };
  if (parentId !== null && wouldCycle(flatten(roots), nodeId, parentId)) return { ok: false, refusal: { code: 'placement', problem: { code: 'cycle' } } };
  const parent = parentId === null ? null : (locate(roots, parentId)?.node ?? null);
  if (parentId !== null && !parent) return { ok: false, refusal: { code: 'not-found' } };
  const sameParent = (at.parent?.id ?? null) === parentId;
  // Within the same list the node's own place is taken out first.
  const position = sameParent && at.index < index ? index - 1 : index;
  if (sameParent && position === at.index) return { ok: false, refusal: { code: 'same-place' } };
  const level = chooseLevel(model, at.node, parent?.levelKey ?? null, [at.node.levelKey, levelBelow(model, parent?.levelKey ?? null)]);
  if ('problem' in level) return { ok: false, refusal: { code: 'placement', problem: level.problem } };
  return placed(at.node, parent, position, level.levelKey);
}
