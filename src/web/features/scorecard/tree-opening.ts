/**
 * Which parts of the scorecard's tree are open when the page is first shown. A seed-size plan is
 * shown whole, as it always was; a national one (2 000 measures) would take React and the
 * browser's layout well over a second to show whole, so its tree opens only as many levels as fit
 * a budget of rows, and the rest is shown closed, each node with its roll-up status and counts,
 * until its button opens it. Whole levels open or stay closed, so the page reads evenly.
 */

/** The part of a scorecard node this needs (ScorecardNode has it). */
export interface TreeNode {
  id: number;
  children: readonly TreeNode[];
  measures: readonly unknown[];
}

/** Rows (node sections and measure rows) shown at first: a few hundred render and lay out in tens of milliseconds. */
export const FIRST_VIEW_ROWS = 250;

/**
 * How many levels are open at first: a node at depth d (the top level is 0) is open when d is
 * below the result. Levels open one at a time while the rows they show, counted with the top
 * level's headings, stay within `budget`; a tree that fits whole gives Infinity, so that the parts
 * added to it later (the plan editor adds goals under an empty plan's perspectives) open too.
 */
export function openLevels(roots: readonly TreeNode[], budget = FIRST_VIEW_ROWS): number {
  let shown = roots.length;
  let level: readonly TreeNode[] = roots;
  let depth = 0;
  while (level.length > 0) {
    let rows = 0;
    for (const node of level) rows += node.children.length + node.measures.length;
    if (shown + rows > budget) return depth;
    shown += rows;
    level = level.flatMap((node) => node.children);
    depth += 1;
  }
  return Number.POSITIVE_INFINITY;
}

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
