import type { CascadeEntry } from '../../../shared/authoring-schemas';

/**
 * The server lists the cascade depth first, each node's descendants right after it; the node a
 * row hangs under or serves is therefore the nearest earlier row one level up (or the root).
 */
export function withParents(root: CascadeEntry, entries: CascadeEntry[]): { entry: CascadeEntry; parent: CascadeEntry }[] {
  const stack: CascadeEntry[] = [root];
  return entries.map((entry) => {
    while (stack.length > entry.depth) stack.pop();
    const parent = stack[stack.length - 1] ?? root;
    stack.push(entry);
    return { entry, parent };
  });
}
