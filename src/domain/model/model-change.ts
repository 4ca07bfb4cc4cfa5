import { slugify } from '../slug';
import type { GovernanceModel } from './governance';

/**
 * Whether a governance model may change as an admin asks, given what the plans of every
 * organisation using it hold. Levels and kinds may be added, renamed and reordered freely;
 * what existing plans rely on may not be taken away: a level that holds nodes, a kind that
 * measures have, measures on a level that would stop carrying them, or an order that would
 * put an existing child above its parent.
 */
export interface ModelUsageCounts {
  /** Nodes per level key. */
  levels: Record<string, number>;
  /** Measures per level key of the node they hang on. */
  measureLevels: Record<string, number>;
  /** Measures per kind key. */
  kinds: Record<string, number>;
  /** Parent level → child level pairs that occur in plans, with how many children. */
  pairs: { parent: string; child: string; count: number }[];
}

export type ModelChangeProblem =
  | { code: 'level-in-use'; levelKey: string; nodes: number }
  | { code: 'kind-in-use'; kindKey: string; measures: number }
  | { code: 'level-has-measures'; levelKey: string; measures: number }
  | { code: 'order-breaks-tree'; parent: string; child: string; nodes: number };

/** Every reason the new model cannot replace the current one; empty when it can. */
export function modelChangeProblems(next: GovernanceModel, usage: ModelUsageCounts): ModelChangeProblem[] {
  const problems: ModelChangeProblem[] = [];
  const index = new Map(next.levels.map((l, i) => [l.key, i]));
  for (const [levelKey, nodes] of Object.entries(usage.levels)) {
    if (nodes > 0 && !index.has(levelKey)) problems.push({ code: 'level-in-use', levelKey, nodes });
  }
  const kinds = new Set(next.measureKinds.map((k) => k.key));
  for (const [kindKey, measures] of Object.entries(usage.kinds)) {
    if (measures > 0 && !kinds.has(kindKey)) problems.push({ code: 'kind-in-use', kindKey, measures });
  }
  for (const [levelKey, measures] of Object.entries(usage.measureLevels)) {
    const level = next.levels.find((l) => l.key === levelKey);
    if (level && measures > 0 && !level.carriesMeasures) problems.push({ code: 'level-has-measures', levelKey, measures });
  }
  for (const pair of usage.pairs) {
    const p = index.get(pair.parent);
    const c = index.get(pair.child);
    if (p !== undefined && c !== undefined && c <= p) problems.push({ code: 'order-breaks-tree', parent: pair.parent, child: pair.child, nodes: pair.count });
  }
  return problems;
}

/** A new level key from a name, unique in the model: "Delmål" → `delmal`, then `delmal-2`. */
export function newLevelKey(model: GovernanceModel, name: string): string {
  const base = slugify(name).replace(/^(\d)/, 'l-$1') || 'level';
  const taken = new Set([...model.levels.map((l) => l.key), ...model.measureKinds.map((k) => k.key)]);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
