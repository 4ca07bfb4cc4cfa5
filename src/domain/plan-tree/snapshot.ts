/**
 * A plan's content as one plain value: what a decided version keeps, what two versions
 * compare, and what a copy to the next plan period starts from. Keys are lineage keys:
 * a node or measure keeps its key across revisions of its plan and across copies to the
 * next plan, so series continue and versions compare.
 */
export interface SnapshotNode {
  key: string;
  parentKey: string | null;
  levelKey: string;
  position: number;
  name: string;
  description: string;
}

export interface SnapshotMeasure {
  key: string;
  nodeKey: string;
  kindKey: string;
  position: number;
  name: string;
  unit: string | null;
  baseline: string;
  /** Target text per year, as written. */
  targets: Record<string, string>;
}

export interface PlanSnapshot {
  nodes: SnapshotNode[];
  measures: SnapshotMeasure[];
}
