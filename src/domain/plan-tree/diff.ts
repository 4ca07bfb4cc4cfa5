import { diffByKey } from '../diff-by-key';
import type { PlanSnapshot, SnapshotMeasure, SnapshotNode } from './snapshot';

export interface NodeRef {
  key: string;
  levelKey: string;
  name: string;
}

export interface MeasureRef {
  key: string;
  name: string;
  /** The name of the node the measure hangs on (in the later version). */
  nodeName: string;
}

export interface TargetChange {
  measureKey: string;
  measureName: string;
  year: string;
  from: string | null;
  to: string | null;
}

/** What changed between two versions of a plan: nodes, measures and targets added, removed and changed. */
export interface PlanTreeDiff {
  nodes: {
    added: NodeRef[];
    removed: NodeRef[];
    renamed: (NodeRef & { from: string })[];
    moved: (NodeRef & { fromParent: string | null; toParent: string | null })[];
    described: NodeRef[];
  };
  measures: {
    added: MeasureRef[];
    removed: MeasureRef[];
    renamed: (MeasureRef & { from: string })[];
    moved: (MeasureRef & { fromNode: string })[];
    /** Other fields changed: unit, baseline, kind. */
    changed: (MeasureRef & { fields: ('unit' | 'baseline' | 'kindKey')[] })[];
  };
  targets: { added: TargetChange[]; removed: TargetChange[]; changed: TargetChange[] };
}

const nodeRef = (n: SnapshotNode): NodeRef => ({ key: n.key, levelKey: n.levelKey, name: n.name });

/** Whether the diff has nothing in it. */
export function isEmptyDiff(d: PlanTreeDiff): boolean {
  return [d.nodes, d.measures, d.targets].every((part) => Object.values(part).every((list) => list.length === 0));
}

/** Compares two versions of a plan by lineage key. */
export function diffPlanSnapshots(before: PlanSnapshot, after: PlanSnapshot): PlanTreeDiff {
  const nameOf = (snapshot: PlanSnapshot) => {
    const names = new Map(snapshot.nodes.map((n) => [n.key, n.name]));
    return (key: string | null) => (key === null ? null : (names.get(key) ?? null));
  };
  const oldName = nameOf(before);
  const newName = nameOf(after);
  const measureRef = (m: SnapshotMeasure, names: (k: string) => string | null): MeasureRef => ({ key: m.key, name: m.name, nodeName: names(m.nodeKey) ?? '' });

  const nodes = diffByKey(before.nodes, after.nodes, (n) => n.key);
  const result: PlanTreeDiff = {
    nodes: { added: nodes.added.map(nodeRef), removed: nodes.removed.map(nodeRef), renamed: [], moved: [], described: [] },
    measures: { added: [], removed: [], renamed: [], moved: [], changed: [] },
    targets: { added: [], removed: [], changed: [] },
  };
  for (const [was, n] of nodes.kept) {
    if (was.name !== n.name) result.nodes.renamed.push({ ...nodeRef(n), from: was.name });
    if (was.parentKey !== n.parentKey) result.nodes.moved.push({ ...nodeRef(n), fromParent: oldName(was.parentKey), toParent: newName(n.parentKey) });
    if (was.description !== n.description) result.nodes.described.push(nodeRef(n));
  }

  const measures = diffByKey(before.measures, after.measures, (m) => m.key);
  result.measures.added = measures.added.map((m) => measureRef(m, newName));
  result.measures.removed = measures.removed.map((m) => measureRef(m, oldName));
  for (const [was, m] of measures.kept) {
    const ref = measureRef(m, newName);
    if (was.name !== m.name) result.measures.renamed.push({ ...ref, from: was.name });
    if (was.nodeKey !== m.nodeKey) result.measures.moved.push({ ...ref, fromNode: oldName(was.nodeKey) ?? '' });
    const fields = (['unit', 'baseline', 'kindKey'] as const).filter((f) => (was[f] ?? '') !== (m[f] ?? ''));
    if (fields.length > 0) result.measures.changed.push({ ...ref, fields });
  }

  // Targets of every measure in either version, so a removed measure's targets do not count twice: only kept measures' targets are compared.
  for (const [was, m] of measures.kept) {
    const years = [...new Set([...Object.keys(was.targets), ...Object.keys(m.targets)])].sort();
    for (const year of years) {
      const from = was.targets[year]?.trim() || null;
      const to = m.targets[year]?.trim() || null;
      if (from === to) continue;
      const change: TargetChange = { measureKey: m.key, measureName: m.name, year, from, to };
      if (from === null) result.targets.added.push(change);
      else if (to === null) result.targets.removed.push(change);
      else result.targets.changed.push(change);
    }
  }
  return result;
}
