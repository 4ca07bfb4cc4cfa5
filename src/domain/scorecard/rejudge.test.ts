import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../model/templates';
import { buildScorecard, judgeMeasure, type ScorecardMeasureInput, type ScorecardNodeInput } from './build-scorecard';
import type { Series } from './measure-status';
import { rejudgeScorecard } from './rejudge';

const model = getTemplate('norrbotten');
const PERIOD = '2022-DÅ08';
const TARGETS = ['Under 6,5 %', 'Minst 50 %', 'K 16,0 M 17,2', 'Öka', 'Minska'];

/** A plan of `shape.nodes` nodes (each under an earlier one, or a root) with measures hung on them. */
const planArb = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
    measures: fc.array(fc.record({ node: fc.nat(), target: fc.constantFrom(...TARGETS), kontroll: fc.boolean(), decrease: fc.boolean() }), {
      minLength: 1,
      maxLength: 25,
    }),
  })
  .map(({ parents, measures }) => {
    const nodes: ScorecardNodeInput[] = parents.map((p, i) => ({
      id: i + 1,
      // Node 1 is a root; others hang under an earlier node or are roots of their own.
      parentId: i === 0 || p % (i + 1) === 0 ? null : (p % i) + 1,
      levelKey: model.levels[Math.min(i, model.levels.length - 1)]!.key,
      title: `Nod ${i + 1}`,
      description: '',
      longTermGoals: '',
      bodies: [],
      version: 1,
    }));
    const inputs: ScorecardMeasureInput[] = measures.map((m, i) => ({
      id: 100 + i,
      nodeId: (m.node % nodes.length) + 1,
      name: `Mått ${i}`,
      kindKey: m.kontroll ? 'kontrollmatt' : 'styrmatt',
      baselineText: '',
      targets: [{ year: 2022, text: m.target }],
      betterDirection: m.decrease ? 'decrease' : 'increase',
      unit: '%',
      reportingPeriods: ['DÅ04', 'DÅ08', 'ÅR'],
    }));
    return { nodes, measures: inputs };
  });

/** Values for some measures: absent, or one whole-population value per sex for the period. */
const valuesArb = (ids: number[]) =>
  fc.tuple(...ids.map(() => fc.option(fc.record({ T: fc.double({ min: 0, max: 100, noNaN: true }), K: fc.integer({ min: 0, max: 40 }) }), { nil: null })));

const seriesOf = (ids: number[], values: ({ T: number; K: number } | null)[]): Map<number, Series> =>
  new Map(
    ids.flatMap((id, i) => {
      const v = values[i];
      if (!v) return [];
      const s: Series = new Map([[PERIOD, [{ sex: 'T' as const, ageBand: null, area: null, value: v.T }, { sex: 'K' as const, ageBand: null, area: null, value: v.K }]]]);
      return [[id, s] as const];
    }),
  );

describe('rejudgeScorecard', () => {
  it('gives what judging the whole plan again gives, after any values change', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) => {
          const ids = plan.measures.map((m) => m.id);
          return fc.record({ plan: fc.constant(plan), before: valuesArb(ids), after: valuesArb(ids), changed: fc.subarray(ids, { minLength: 1 }) });
        }),
        ({ plan, before, after, changed }) => {
          const ids = plan.measures.map((m) => m.id);
          const oldSeries = seriesOf(ids, before);
          // Only the changed measures get the new values; the others keep theirs.
          const newSeries = new Map(oldSeries);
          const fresh = seriesOf(ids, after);
          for (const id of changed) {
            const s = fresh.get(id);
            if (s) newSeries.set(id, s);
            else newSeries.delete(id);
          }
          const tree = buildScorecard(model, PERIOD, plan.nodes, plan.measures, oldSeries);
          const rejudged = new Map(changed.map((id) => [id, judgeMeasure(plan.measures.find((m) => m.id === id)!, PERIOD, newSeries)]));
          const incremental = rejudgeScorecard(model, tree, rejudged);
          expect(incremental).toEqual(buildScorecard(model, PERIOD, plan.nodes, plan.measures, newSeries));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every node that has no changed measure below it, and says when a measure is not in the tree', () => {
    const nodes: ScorecardNodeInput[] = [1, 2].map((id) => ({ id, parentId: null, levelKey: 'perspective', title: `P${id}`, description: '', longTermGoals: '', bodies: [], version: 1 }));
    const m = (id: number, nodeId: number): ScorecardMeasureInput => ({
      id,
      nodeId,
      name: `M${id}`,
      kindKey: 'styrmatt',
      baselineText: '',
      targets: [{ year: 2022, text: 'Minst 50 %' }],
      betterDirection: 'increase',
      unit: '%',
      reportingPeriods: ['DÅ08'],
    });
    const measures = [m(10, 1), m(20, 2)];
    const tree = buildScorecard(model, PERIOD, nodes, measures, new Map());
    const series = new Map<number, Series>([[10, new Map([[PERIOD, [{ sex: 'T', ageBand: null, area: null, value: 60 }]]])]]);
    const next = rejudgeScorecard(model, tree, new Map([[10, judgeMeasure(measures[0]!, PERIOD, series)]]))!;
    expect(next[0]!.fulfilment.status).toBe('met');
    expect(next[0]).not.toBe(tree[0]);
    expect(next[1]).toBe(tree[1]);
    expect(rejudgeScorecard(model, tree, new Map([[99, judgeMeasure({ ...measures[0]!, id: 99 }, PERIOD, series)]]))).toBeNull();
  });
});
