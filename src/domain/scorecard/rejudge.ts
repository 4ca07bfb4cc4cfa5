import { rollUpCounts } from '../fulfilment';
import type { GovernanceModel } from '../model/governance';
import type { ScorecardMeasure, ScorecardNode } from '../../shared/api-types';
import { countsBelow, targetedKindsOf } from './build-scorecard';

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
    const rolled = rollUpCounts(countsBelow(measures, children, targetedKinds), model.rollup);
    return { ...node, measures, children, fulfilment: { status: rolled.status, explanation: rolled.explanation, counts: rolled.counts } };
  };

  const out = tree.map(visit);
  return found === rejudged.size ? out : null;
}
