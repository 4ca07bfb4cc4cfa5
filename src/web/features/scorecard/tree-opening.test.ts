import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allIds, openLevels, pathTo, type TreeNode } from './tree-opening';

let nextId = 1;
/** A node with `measures` measures and the given children. */
function node(measures: number, children: TreeNode[] = []): TreeNode {
  return { id: nextId++, children, measures: Array.from({ length: measures }, (_, i) => i) };
}

/** Rows shown when levels below `open` are closed: the top level's headings, then each open node's children and measures. */
function rowsShown(roots: readonly TreeNode[], open: number): number {
  const walk = (nodes: readonly TreeNode[], depth: number): number =>
    nodes.reduce((n, x) => n + (depth < open ? x.children.length + x.measures.length + walk(x.children, depth + 1) : 0), 0);
  return roots.length + walk(roots, 0);
}

const depthOf = (roots: readonly TreeNode[]): number => (roots.length === 0 ? 0 : 1 + Math.max(...roots.map((r) => depthOf(r.children))));

const arbTree: fc.Arbitrary<TreeNode[]> = fc.letrec<{ forest: TreeNode[]; tree: TreeNode }>((tie) => ({
  forest: fc.array(tie('tree'), { maxLength: 4 }),
  tree: fc.record({ id: fc.nat(), measures: fc.array(fc.constant(0), { maxLength: 60 }), children: fc.oneof({ depthSize: 'small' }, fc.constant([]), tie('forest')) }) as fc.Arbitrary<TreeNode>,
})).forest;

describe('openLevels', () => {
  it('opens a seed-size plan to its last level', () => {
    const plan = [node(0, [node(6), node(4, [node(3)])]), node(0, [node(12), node(9)])];
    expect(openLevels(plan)).toBe(Number.POSITIVE_INFINITY);
    expect(rowsShown(plan, 3)).toBe(2 + 4 + 31 + 1 + 3);
  });

  it('keeps a national plan’s measure level closed: perspectives and goals open, 2 000 measures behind their nodes', () => {
    const plan = Array.from({ length: 5 }, () => node(0, [node(0, Array.from({ length: 4 }, () => node(100)))]));
    expect(openLevels(plan)).toBe(2);
    expect(rowsShown(plan, 2)).toBe(5 + 5 + 20);
  });

  it('shows a top level too long for the budget closed', () => {
    expect(openLevels([node(400)])).toBe(0);
  });

  it('opens an empty plan, and so the parts added to it later, whole', () => {
    expect(openLevels([])).toBe(Number.POSITIVE_INFINITY);
    expect(openLevels([node(0), node(0)])).toBe(Number.POSITIVE_INFINITY);
  });

  it('never shows more than the budget unless the top level alone does, and opens one level more only past it', () => {
    fc.assert(
      fc.property(arbTree, fc.integer({ min: 0, max: 300 }), (roots, budget) => {
        const open = openLevels(roots, budget);
        if (open > 0) expect(rowsShown(roots, open)).toBeLessThanOrEqual(budget);
        if (open === Number.POSITIVE_INFINITY) expect(rowsShown(roots, depthOf(roots))).toBeLessThanOrEqual(budget);
        else expect(rowsShown(roots, open + 1)).toBeGreaterThan(budget);
      }),
    );
  });
});

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
