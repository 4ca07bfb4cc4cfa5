/**
 * The dashboard's view of goal fulfilment, read off scorecards that src/domain/scorecard built
 * (and src/domain/fulfilment rolled up): counts per node, the plan's trend over periods, and the
 * measures whose status changed. Nothing here judges a measure itself.
 */
import { FULFILMENT_STATUSES, type FulfilmentStatus } from '../fulfilment';
import type { ScorecardNode } from '../../shared/api-types';

export type StatusCounts = Record<FulfilmentStatus, number>;

/** Zero of every status. */
export function emptyCounts(): StatusCounts {
  return Object.fromEntries(FULFILMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** One node's roll-up: its status and how many judged measures below it have each status. */
export interface NodeFulfilment {
  nodeId: number;
  parentId: number | null;
  levelKey: string;
  title: string;
  depth: number;
  status: FulfilmentStatus;
  counts: StatusCounts;
}

/**
 * The nodes of the top `levels` levels (perspectives and strategic goals in Norrbotten's model),
 * in tree order, each with the counts its roll-up was decided from.
 */
export function nodeFulfilment(tree: readonly ScorecardNode[], levels = 2): NodeFulfilment[] {
  const out: NodeFulfilment[] = [];
  const walk = (nodes: readonly ScorecardNode[], parentId: number | null, depth: number) => {
    if (depth >= levels) return;
    for (const n of nodes) {
      out.push({ nodeId: n.id, parentId, levelKey: n.levelKey, title: n.title, depth, status: n.fulfilment.status, counts: { ...n.fulfilment.counts } });
      walk(n.children, n.id, depth + 1);
    }
  };
  walk(tree, null, 0);
  return out;
}

/** The plan's counts: every judged measure once (the top nodes' counts added up). */
export function planCounts(tree: readonly ScorecardNode[]): StatusCounts {
  const total = emptyCounts();
  for (const n of tree) for (const s of FULFILMENT_STATUSES) total[s] += n.fulfilment.counts[s];
  return total;
}

/** One period of the trend: the plan's counts and each top node's status. */
export interface TrendPoint {
  period: string;
  counts: StatusCounts;
  nodes: { nodeId: number; status: FulfilmentStatus }[];
}

/** The trend over periods, in the order given (the plan's periods, oldest first). */
export function trendSeries(scorecards: { period: string; tree: readonly ScorecardNode[] }[]): TrendPoint[] {
  return scorecards.map(({ period, tree }) => ({
    period,
    counts: planCounts(tree),
    nodes: tree.map((n) => ({ nodeId: n.id, status: n.fulfilment.status })),
  }));
}

/** A measure whose status differs between the previous period and this one. */
export interface StatusChange {
  measureId: number;
  name: string;
  /** The titles of the nodes above it, top first. */
  path: string[];
  from: FulfilmentStatus;
  to: FulfilmentStatus;
}

function measuresWithPath(tree: readonly ScorecardNode[]): Map<number, { name: string; path: string[]; status: FulfilmentStatus }> {
  const out = new Map<number, { name: string; path: string[]; status: FulfilmentStatus }>();
  const walk = (nodes: readonly ScorecardNode[], path: string[]) => {
    for (const n of nodes) {
      const here = [...path, n.title];
      for (const m of n.measures) out.set(m.id, { name: m.name, path: here, status: m.fulfilment.status });
      walk(n.children, here);
    }
  };
  walk(tree, []);
  return out;
}

/** Rank of a status for ordering changes: improvements to met first, then the rest in status order. */
const RANK = new Map(FULFILMENT_STATUSES.map((s, i) => [s, i]));

/**
 * The measures whose status changed from `previous` to `current`, in plan order. A measure
 * missing from either scorecard (added or removed between periods) is not a change of status.
 */
export function statusChanges(previous: readonly ScorecardNode[], current: readonly ScorecardNode[]): StatusChange[] {
  const before = measuresWithPath(previous);
  const changes: StatusChange[] = [];
  for (const [id, now] of measuresWithPath(current)) {
    const then = before.get(id);
    if (then && then.status !== now.status) changes.push({ measureId: id, name: now.name, path: now.path, from: then.status, to: now.status });
  }
  return changes;
}

/** Whether a change is for the better: towards met, away from not met (no value and not measurable are neither). */
export function isImprovement(c: Pick<StatusChange, 'from' | 'to'>): boolean | null {
  const judged = (s: FulfilmentStatus) => (RANK.get(s) ?? 9) <= 2;
  if (!judged(c.from) || !judged(c.to)) return null;
  return (RANK.get(c.to) ?? 0) < (RANK.get(c.from) ?? 0);
}

/** The period before `period` in the plan's list (oldest first), or null for the first. */
export function previousPeriod(periods: string[], period: string): string | null {
  const i = periods.indexOf(period);
  return i > 0 ? periods[i - 1]! : null;
}
