import type { Lang } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { MeasureRow, NodeRow } from '../plans/plans.queries';

/** A plan node with its children and its own measures, in document order. */
export interface TreeNode {
  node: NodeRow;
  levelName: string;
  measures: MeasureRow[];
  children: TreeNode[];
}

/** Builds the plan's tree from its rows: children by position, measures by position, level names from the model. */
export function planTree(model: GovernanceModel, nodes: NodeRow[], measures: MeasureRow[], lang: Lang = 'sv'): TreeNode[] {
  const byParent = new Map<number | null, NodeRow[]>();
  for (const n of nodes) byParent.set(n.parent_id, [...(byParent.get(n.parent_id) ?? []), n]);
  const byNode = new Map<number, MeasureRow[]>();
  for (const m of [...measures].sort((a, b) => a.position - b.position)) byNode.set(m.node_id, [...(byNode.get(m.node_id) ?? []), m]);
  const levelName = (key: string) => model.levels.find((l) => l.key === key)?.name[lang] ?? key;
  const build = (n: NodeRow): TreeNode => ({
    node: n,
    levelName: levelName(n.level_key),
    measures: byNode.get(n.id) ?? [],
    children: (byParent.get(n.id) ?? []).sort((a, b) => a.position - b.position || a.id - b.id).map(build),
  });
  return (byParent.get(null) ?? []).sort((a, b) => a.position - b.position || a.id - b.id).map(build);
}
