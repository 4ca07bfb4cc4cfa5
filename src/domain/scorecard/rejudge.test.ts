import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScorecard, judgeMeasure, type ScorecardMeasureInput, type ScorecardNodeInput } from './build-scorecard';
import type { Series } from './measure-status';
import { rejudgeScorecard } from './rejudge';
import { model, PERIOD, planArb, seriesOf, valuesArb } from './scorecard-arbitraries';

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
