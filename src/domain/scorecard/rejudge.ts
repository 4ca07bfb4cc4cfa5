import { countStatuses, FULFILMENT_STATUSES, rollUpCounts } from '../fulfilment';
import type { GovernanceModel } from '../model/governance';
import type { ScorecardMeasure, ScorecardNode } from '../../shared/api-types';
import { targetedKindsOf } from './build-scorecard';

/**
 * A judged tree with some measures judged anew (`rejudged`, by id) and the nodes above them rolled
 * up again; every other node is the same object as in `tree`. Gives what buildScorecard gives for
 * the same inputs, as long as only those measures' values or targets changed (not the nodes, the
 * measures' rows or the model). Returns null when a rejudged measure is not in the tree: then the
 * plan changed in a way this cannot follow, and the caller judges the whole plan.
 */
export function rejudgeScorecard(
  model: GovernanceModel,
  tree: readonly ScorecardNode[],
  rejudged: ReadonlyMap<number, ScorecardMeasure>,
): ScorecardNode[] | null {
  if (rejudged.size === 0) return [...tree];
  const targetedKinds = targetedKindsOf(model);
  let found = 0;

  /**
   * How many of the targeted measures below `node` have each status: what its roll-up reads. Its
   * own measures counted, and its children's counts as their roll-ups kept them (a child's counts
   * are those of every targeted measure below it), so only the path is walked, not the subtree.
   */
  const countsBelow = (node: ScorecardNode) => {
    const counts = countStatuses(node.measures.filter((m) => targetedKinds.has(m.kindKey)).map((m) => m.fulfilment.status));
    for (const child of node.children) for (const s of FULFILMENT_STATUSES) counts[s] += child.fulfilment.counts[s];
    return counts;
  };

  const visit = (node: ScorecardNode): ScorecardNode => {
    let changed = false;
    const measures = node.measures.map((m) => {
      const next = rejudged.get(m.id);
      if (!next) return m;
      found++;
      changed = true;
      return next;
    });
    const children = node.children.map((c) => {
      const next = visit(c);
      if (next !== c) changed = true;
      return next;
    });
    if (!changed) return node;
    const next = { ...node, measures, children };
    const rolled = rollUpCounts(countsBelow(next), model.rollup);
    return { ...next, fulfilment: { status: rolled.status, explanation: rolled.explanation, counts: rolled.counts } };
  };

  const out = tree.map(visit);
  return found === rejudged.size ? out : null;
}
