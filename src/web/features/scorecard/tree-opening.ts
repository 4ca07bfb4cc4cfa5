import type { TreeNode } from '../../../domain/scorecard/first-view';

/**
 * Finding nodes in the scorecard's tree. How many levels open at first, and the scorecard's
 * first-view form, are the domain's (domain/scorecard/first-view.ts), shared with the server.
 */

/** The ids from a root down to the node `id` (itself last), or [] when the tree does not hold it. */
export function pathTo(roots: readonly TreeNode[], id: number): number[] {
  for (const node of roots) {
    if (node.id === id) return [id];
    const below = pathTo(node.children, id);
    if (below.length > 0) return [node.id, ...below];
  }
  return [];
}

/** Every node's id, parents before their children. */
export function allIds(roots: readonly TreeNode[], ids: number[] = []): number[] {
  for (const node of roots) {
    ids.push(node.id);
    allIds(node.children, ids);
  }
  return ids;
}
