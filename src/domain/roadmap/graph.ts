import type { MapEdge, MapMilestone } from './types';

/** Why an edge was refused; `cycle` lists the milestone titles around the loop, first = last. */
export type EdgeRefusal =
  | { reason: 'self'; title: string }
  | { reason: 'unknown'; key: string }
  | { reason: 'duplicate' }
  | { reason: 'cycle'; cycle: string[] };

/** Successor lists over milestone-to-milestone edges (edges to goals end the walk). */
function successors(edges: readonly MapEdge[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    if (e.toGoal) continue;
    const list = out.get(e.from) ?? [];
    list.push(e.to);
    out.set(e.from, list);
  }
  return out;
}

function predecessors(edges: readonly MapEdge[]): Map<string, string[]> {
  return successors(edges.filter((e) => !e.toGoal).map((e) => ({ ...e, from: e.to, to: e.from })));
}

/** A path of keys from `start` to `goal` along `next`, or null. */
function pathBetween(next: Map<string, string[]>, start: string, goal: string): string[] | null {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === goal) {
      const path = [at];
      while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
      return path;
    }
    for (const n of next.get(at) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      cameFrom.set(n, at);
      queue.push(n);
    }
  }
  return null;
}

/**
 * Checks whether `edge` may be added: both ends exist, it is not a duplicate, and it closes no
 * loop. A refused cycle is named by its milestones' titles, from the new edge's source round to it again.
 */
export function checkEdge(milestones: readonly MapMilestone[], edges: readonly MapEdge[], edge: MapEdge, goalKeys: readonly string[] = []): EdgeRefusal | null {
  const byKey = new Map(milestones.map((m) => [m.key, m]));
  if (!byKey.has(edge.from)) return { reason: 'unknown', key: edge.from };
  if (edge.toGoal ? !goalKeys.includes(edge.to) : !byKey.has(edge.to)) return { reason: 'unknown', key: edge.to };
  if (edges.some((e) => e.from === edge.from && e.to === edge.to && !!e.toGoal === !!edge.toGoal)) return { reason: 'duplicate' };
  if (edge.toGoal) return null;
  if (edge.from === edge.to) return { reason: 'self', title: byKey.get(edge.from)!.title };
  // A loop exists when the target already reaches the source.
  const back = pathBetween(successors(edges), edge.to, edge.from);
  if (!back) return null;
  const keys = [edge.from, ...back];
  return { reason: 'cycle', cycle: keys.map((k) => byKey.get(k)!.title) };
}

/** The Swedish sentence for a refused edge, naming the cycle. */
export function describeRefusal(refusal: EdgeRefusal): string {
  switch (refusal.reason) {
    case 'self':
      return `En milstolpe kan inte leda till sig själv (${refusal.title}).`;
    case 'unknown':
      return `Milstolpen eller målet ${refusal.key} finns inte i kartan.`;
    case 'duplicate':
      return 'Pilen finns redan.';
    case 'cycle':
      return `Pilen skulle skapa en cirkel: ${refusal.cycle.join(' → ')}.`;
  }
}

function reach(start: string, next: Map<string, string[]>): Set<string> {
  const found = new Set<string>();
  const stack = [...(next.get(start) ?? [])];
  while (stack.length > 0) {
    const k = stack.pop()!;
    if (found.has(k)) continue;
    found.add(k);
    stack.push(...(next.get(k) ?? []));
  }
  return found;
}

/** Every milestone on the way to `key` (all that lead to it, directly or through others). */
export function ancestors(key: string, edges: readonly MapEdge[]): Set<string> {
  return reach(key, predecessors(edges));
}

/** Every milestone `key` enables or leads to, directly or through others. */
export function descendants(key: string, edges: readonly MapEdge[]): Set<string> {
  return reach(key, successors(edges));
}

/** The goals `key` points to, directly or through the milestones it leads to. */
export function goalsReached(key: string, edges: readonly MapEdge[]): Set<string> {
  const from = new Set([key, ...descendants(key, edges)]);
  return new Set(edges.filter((e) => e.toGoal && from.has(e.from)).map((e) => e.to));
}

/** Year order for sorting: scheduled years first, unscheduled ("Inväntar tidplan") last. */
export const yearRank = (year: number | null): number => (year === null ? Number.POSITIVE_INFINITY : year);

/**
 * Milestones in an order where every milestone comes after those that lead to it; ties go by
 * year, then by the given order. Throws when the edges contain a cycle (stored maps never do).
 */
export function topologicalOrder(milestones: readonly MapMilestone[], edges: readonly MapEdge[]): MapMilestone[] {
  const index = new Map(milestones.map((m, i) => [m.key, i]));
  const indegree = new Map(milestones.map((m) => [m.key, 0]));
  const next = successors(edges);
  for (const targets of next.values()) for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  const byPriority = (a: MapMilestone, b: MapMilestone) => yearRank(a.year) - yearRank(b.year) || index.get(a.key)! - index.get(b.key)!;
  const ready = milestones.filter((m) => indegree.get(m.key) === 0);
  const out: MapMilestone[] = [];
  const byKey = new Map(milestones.map((m) => [m.key, m]));
  while (ready.length > 0) {
    ready.sort(byPriority);
    const m = ready.shift()!;
    out.push(m);
    for (const t of next.get(m.key) ?? []) {
      const d = indegree.get(t)! - 1;
      indegree.set(t, d);
      if (d === 0 && byKey.has(t)) ready.push(byKey.get(t)!);
    }
  }
  if (out.length !== milestones.length) throw new Error('The map has a cycle');
  return out;
}
