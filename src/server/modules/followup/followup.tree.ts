/** Reads the scorecard tree the follow-up needs: judged nodes, their proposals and the measures below them. */
import { judgedLevelKeys, type ProposalFacts } from '../../../domain/followup';
import type { Scorecard, ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';

/** A judged node as found in the scorecard, with the perspective (top-level node) it belongs to. */
export interface JudgedNode {
  node: ScorecardNode;
  parentId: number | null;
  depth: number;
  top: ScorecardNode;
  proposal: ProposalFacts;
}

/** Every measure of a subtree. */
function measuresBelow(node: ScorecardNode): ScorecardMeasure[] {
  return [...node.measures, ...node.children.flatMap(measuresBelow)];
}

/**
 * The judged nodes of a scorecard in plan order. The proposal is the scorecard's own roll-up;
 * the measures "not met" are the targeted ones the roll-up counted as not met.
 */
export function judgedNodes(scorecard: Scorecard): JudgedNode[] {
  const judged = new Set(judgedLevelKeys(scorecard.model));
  const targeted = new Set(scorecard.model.measureKinds.filter((k) => k.targeted).map((k) => k.key));
  const out: JudgedNode[] = [];
  const walk = (node: ScorecardNode, parentId: number | null, depth: number, top: ScorecardNode) => {
    const isJudged = judged.has(node.levelKey);
    if (isJudged) {
      const notMetMeasures = measuresBelow(node)
        .filter((m) => targeted.has(m.kindKey) && m.fulfilment.status === 'not-met')
        .map((m) => m.name);
      out.push({ node, parentId, depth, top, proposal: { status: node.fulfilment.status, notMetMeasures } });
    }
    for (const child of node.children) walk(child, node.id, isJudged ? depth + 1 : depth, top);
  };
  for (const top of scorecard.nodes) walk(top, null, 0, top);
  return out;
}

/** Every measure of the scorecard with the node it hangs on. */
export function allMeasures(scorecard: Scorecard): { measure: ScorecardMeasure; nodeId: number }[] {
  const out: { measure: ScorecardMeasure; nodeId: number }[] = [];
  const walk = (node: ScorecardNode) => {
    for (const m of node.measures) out.push({ measure: m, nodeId: node.id });
    node.children.forEach(walk);
  };
  scorecard.nodes.forEach(walk);
  return out;
}
