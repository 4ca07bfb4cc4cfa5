import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FulfilmentStatus } from '../fulfilment';
import { firstViewOf, measureCount, openLevels, type TreeNode } from './first-view';

const STATUSES: FulfilmentStatus[] = ['met', 'partly-met', 'not-met', 'too-few-values', 'no-value', 'not-reported', 'not-measurable'];

interface Judged extends TreeNode {
  children: Judged[];
  measures: { id: number; fulfilment: { status: FulfilmentStatus } }[];
}

let nextId = 1;
/** A node with `measures` measures (statuses in turn) and the given children. */
function node(measures: number, children: Judged[] = []): Judged {
  return { id: nextId++, children, measures: Array.from({ length: measures }, (_, i) => ({ id: nextId++, fulfilment: { status: STATUSES[i % STATUSES.length]! } })) };
}

/** Rows shown when levels below `open` are closed: the top level's headings, then each open node's children and measures. */
function rowsShown(roots: readonly TreeNode[], open: number): number {
  const walk = (nodes: readonly TreeNode[], depth: number): number =>
    nodes.reduce((n, x) => n + (depth < open ? x.children.length + measureCount(x) + walk(x.children, depth + 1) : 0), 0);
  return roots.length + walk(roots, 0);
}

const depthOf = (roots: readonly TreeNode[]): number => (roots.length === 0 ? 0 : 1 + Math.max(...roots.map((r) => depthOf(r.children))));

const arbMeasure = fc.record({ id: fc.nat(), fulfilment: fc.record({ status: fc.constantFrom(...STATUSES) }) });
const arbTree: fc.Arbitrary<Judged[]> = fc.letrec<{ forest: Judged[]; tree: Judged }>((tie) => ({
  forest: fc.array(tie('tree'), { maxLength: 4 }),
  tree: fc.record({ id: fc.nat(), measures: fc.array(arbMeasure, { maxLength: 60 }), children: fc.oneof({ depthSize: 'small' }, fc.constant([]), tie('forest')) }) as fc.Arbitrary<Judged>,
})).forest;

/** Per status, every measure in the tree, those left out of a first-view form included. */
function statusTotals(roots: readonly Judged[], into: Record<string, number> = {}): Record<string, number> {
  for (const n of roots) {
    for (const m of n.measures) into[m.fulfilment.status] = (into[m.fulfilment.status] ?? 0) + 1;
    for (const [status, count] of Object.entries(n.measuresLeftOut ?? {})) into[status] = (into[status] ?? 0) + (count ?? 0);
    statusTotals(n.children, into);
  }
  return into;
}

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

describe('firstViewOf', () => {
  it('leaves out the measures of the nodes shown closed and below them, counted per status, and keeps every node', () => {
    const factors = Array.from({ length: 4 }, () => node(100));
    const plan = [node(0, [node(3, factors)])];
    expect(openLevels(plan)).toBe(2);
    const first = firstViewOf(plan);
    expect(first[0]!.children[0]!.measures).toHaveLength(3);
    for (const f of first[0]!.children[0]!.children) {
      expect(f.measures).toEqual([]);
      expect(f.measuresLeftOut).toEqual({ met: 15, 'partly-met': 15, 'not-met': 14, 'too-few-values': 14, 'no-value': 14, 'not-reported': 14, 'not-measurable': 14 });
    }
    expect(plan[0]!.children[0]!.children[0]!.measures).toHaveLength(100); // the judged tree itself is untouched
  });

  it('returns a tree that opens whole as it is', () => {
    const plan = [node(0, [node(6), node(4, [node(3)])])];
    expect(firstViewOf(plan)).toBe(plan);
  });

  it('opens as the whole tree does, shows the same nodes and measures, and loses no count', () => {
    fc.assert(
      fc.property(arbTree, fc.integer({ min: 0, max: 300 }), (roots, budget) => {
        const levels = openLevels(roots, budget);
        const first = firstViewOf(roots, budget);
        expect(openLevels(first, budget)).toBe(levels);
        expect(statusTotals(first)).toEqual(statusTotals(roots));
        // The nodes shown open carry all their measures, the rest none; no node is lost.
        const walk = (a: readonly Judged[], b: readonly Judged[], depth: number) => {
          expect(b.map((n) => n.id)).toEqual(a.map((n) => n.id));
          a.forEach((n, i) => {
            expect(b[i]!.measures).toEqual(depth < levels ? n.measures : []);
            walk(n.children, b[i]!.children, depth + 1);
          });
        };
        walk(roots, first, 0);
      }),
    );
  });
});
