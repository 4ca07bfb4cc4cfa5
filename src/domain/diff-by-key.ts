/**
 * The one comparison of two versions of keyed things (plan nodes, measures, targets, map
 * milestones): which keys were added, which removed, and the pairs present in both.
 * Keys are lineage keys, so a thing keeps its key across versions and copies.
 */
export interface KeyedDiff<T> {
  added: T[];
  removed: T[];
  /** [before, after] for every key in both, in the order of `after`. */
  kept: [T, T][];
}

/** Compares two lists by key; order follows `after` (added, kept) and `before` (removed). */
export function diffByKey<T>(before: readonly T[], after: readonly T[], key: (t: T) => string): KeyedDiff<T> {
  const old = new Map(before.map((t) => [key(t), t]));
  const now = new Set(after.map(key));
  const diff: KeyedDiff<T> = { added: [], removed: [], kept: [] };
  for (const t of after) {
    const was = old.get(key(t));
    if (was === undefined) diff.added.push(t);
    else diff.kept.push([was, t]);
  }
  for (const t of before) if (!now.has(key(t))) diff.removed.push(t);
  return diff;
}
