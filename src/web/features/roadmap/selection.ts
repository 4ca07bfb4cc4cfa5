import { ancestors, descendants, goalsReached } from '../../../domain/roadmap/graph';
import type { MapEdge } from '../../../domain/roadmap/types';

/** What a selected milestone lights up: every milestone on the way to it, every one it enables, and the goals it leads to. */
export interface Highlight {
  selected: string;
  before: Set<string>;
  after: Set<string>;
  goals: Set<string>;
}

/** The highlight for `selected` over `edges`, or null without a selection. */
export function highlightFor(selected: string | null, edges: readonly MapEdge[]): Highlight | null {
  if (!selected) return null;
  return { selected, before: ancestors(selected, edges), after: descendants(selected, edges), goals: goalsReached(selected, edges) };
}

/** Whether a milestone is part of the highlighted paths (or nothing is selected). */
export function isLit(h: Highlight | null, key: string): boolean {
  return !h || key === h.selected || h.before.has(key) || h.after.has(key);
}

/** Whether an arrow lies on a highlighted path: within the way to the selection, or within what follows it. */
export function edgeLit(h: Highlight | null, e: MapEdge): boolean {
  if (!h) return true;
  const upstream = (k: string) => k === h.selected || h.before.has(k);
  const downstream = (k: string) => k === h.selected || h.after.has(k);
  if (e.toGoal) return downstream(e.from) && h.goals.has(e.to);
  return (upstream(e.from) && upstream(e.to)) || (downstream(e.from) && downstream(e.to));
}
