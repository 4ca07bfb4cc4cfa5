/**
 * Which parts of the scorecard's tree are open when its page is first shown, and the scorecard's
 * first-view form, which leaves out what that view does not show. A seed-size plan is shown whole,
 * as it always was; a national one (2 000 measures) would take React and the browser's layout well
 * over a second to show whole, so its tree opens only as many levels as fit a budget of rows, and
 * the rest is shown closed, each node with its roll-up status and counts, until its button opens
 * it. Whole levels open or stay closed, so the page reads evenly.
 *
 * The server and the web app decide the same way (this module): the server sends the page the
 * tree with the measures of the nodes shown closed left out — at national size about 40 kB of
 * JSON instead of 1,4 MB, which a browser on a 2-core machine took 70–250 ms to receive and read —
 * and the page asks for the whole scorecard once it shows.
 */
import type { FulfilmentStatus } from '../fulfilment';

/** Rows (node sections and measure rows) shown at first: a few hundred render and lay out in tens of milliseconds. */
export const FIRST_VIEW_ROWS = 250;

/** The part of a scorecard node the opening needs (ScorecardNode has it). */
export interface TreeNode {
  id: number;
  children: readonly TreeNode[];
  measures: readonly unknown[];
  /** In the first-view form: the node's own measures that were left out, per status. */
  measuresLeftOut?: Partial<Record<FulfilmentStatus, number>>;
}

/** How many measures the node holds itself, those left out of a first-view form included. */
export function measureCount(node: TreeNode): number {
  let n = node.measures.length;
  for (const count of Object.values(node.measuresLeftOut ?? {})) n += count ?? 0;
  return n;
}

/**
 * How many levels are open at first: a node at depth d (the top level is 0) is open when d is
 * below the result. Levels open one at a time while the rows they show, counted with the top
 * level's headings, stay within `budget`; a tree that fits whole gives Infinity, so that the parts
 * added to it later (the plan editor adds goals under an empty plan's perspectives) open too.
 * A first-view form gives the same result as the whole tree (its left-out measures count).
 */
export function openLevels(roots: readonly TreeNode[], budget = FIRST_VIEW_ROWS): number {
  let shown = roots.length;
  let level: readonly TreeNode[] = roots;
  let depth = 0;
  while (level.length > 0) {
    let rows = 0;
    for (const node of level) rows += node.children.length + measureCount(node);
    if (shown + rows > budget) return depth;
    shown += rows;
    level = level.flatMap((node) => node.children);
    depth += 1;
  }
  return Number.POSITIVE_INFINITY;
}

/** A judged node as the first-view form needs it: its measures' statuses. */
interface JudgedNode<N> {
  children: readonly N[];
  measures: readonly { fulfilment: { status: FulfilmentStatus } }[];
}

/**
 * The tree as the first view shows it: every node, and the measures of the nodes shown open; a
 * node shown closed (or below one) has its measures left out and counted per status in
 * `measuresLeftOut`. A tree that opens whole is returned as it is.
 */
export function firstViewOf<N extends TreeNode & JudgedNode<N>>(roots: readonly N[], budget = FIRST_VIEW_ROWS): readonly N[] {
  const levels = openLevels(roots, budget);
  if (levels === Number.POSITIVE_INFINITY) return roots;
  const strip = (nodes: readonly N[], depth: number): N[] =>
    nodes.map((node) => {
      const children = strip(node.children, depth + 1);
      if (depth < levels || node.measures.length === 0) return { ...node, children };
      const measuresLeftOut: Partial<Record<FulfilmentStatus, number>> = {};
      for (const m of node.measures) measuresLeftOut[m.fulfilment.status] = (measuresLeftOut[m.fulfilment.status] ?? 0) + 1;
      return { ...node, children, measures: [], measuresLeftOut };
    });
  return strip(roots, 0);
}
