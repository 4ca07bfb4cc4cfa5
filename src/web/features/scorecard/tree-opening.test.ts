import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../../../domain/scorecard/first-view';
import { allIds, pathTo } from './tree-opening';

let nextId = 1;
/** A node with `measures` measures and the given children. */
function node(measures: number, children: TreeNode[] = []): TreeNode {
  return { id: nextId++, children, measures: Array.from({ length: measures }, (_, i) => i) };
}

describe('pathTo', () => {
  it('names the ancestors from the top, the node itself last', () => {
    const deep = node(1);
    const plan = [node(0), node(0, [node(0), node(0, [deep])])];
    const [, second] = plan;
    expect(pathTo(plan, deep.id)).toEqual([second!.id, second!.children[1]!.id, deep.id]);
    expect(pathTo(plan, plan[0]!.id)).toEqual([plan[0]!.id]);
    expect(pathTo(plan, -1)).toEqual([]);
  });
});

describe('allIds', () => {
  it('lists every node, parents first', () => {
    const child = node(0);
    const top = node(0, [child]);
    const last = node(0);
    expect(allIds([top, last])).toEqual([top.id, child.id, last.id]);
  });
});
