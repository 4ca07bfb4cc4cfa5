import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScorecard, judgeMeasure } from '../../../domain/scorecard/build-scorecard';
import { rejudgeScorecard } from '../../../domain/scorecard/rejudge';
import { model, PERIOD, planArb, seriesOf, valuesArb } from '../../../domain/scorecard/scorecard-arbitraries';
import type { Scorecard, ScorecardNode } from '../../../shared/api-types';
import type { MeasureForecast } from '../../../shared/forecast-types';
import { withForecasts } from '../forecasts/forecasts-judged';
import { withEntryRights } from './judged-trees';
import { type EntryRights, scorecardBytes } from './scorecard-bytes';

const head: Omit<Scorecard, 'nodes'> = {
  plan: { id: 1, organisationId: 1, title: 'Regional utvecklingsplan', startYear: 2022, endYear: 2024, targetYears: [2022, 2024] },
  vision: 'En god hälsa för alla',
  period: PERIOD,
  periods: [{ key: PERIOD, label: { sv: 'Delår augusti 2022', da: 'Delår august 2022', en: 'Interim August 2022' } }],
  model,
};

const forecast = (measureId: number, value: number): MeasureForecast => ({
  measureId,
  period: PERIOD,
  forecast: value,
  forecastText: { sv: `${value} %`, da: `${value} %`, en: `${value}%` },
  comment: 'Prognosen bygger på första halvåret.',
  status: { verdict: 'meets', explanation: { sv: 'Når målet', da: 'Når målet', en: 'Meets the target' } },
  version: 1,
  enteredBy: 'Anna',
  enteredAt: '2022-08-31T10:00:00Z',
});

/** What the answer was before its text was kept per node: the reader's copy of the tree, written out whole. */
const expected = (tree: readonly ScorecardNode[], forecasts: Map<number, MeasureForecast>, mayEnter: (id: number) => boolean) =>
  JSON.stringify({ ...head, nodes: withEntryRights(withForecasts(tree, forecasts), mayEnter) });

const freeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) freeze(v);
  }
  return value;
};

describe('scorecardBytes', () => {
  it('writes what JSON.stringify writes for the reader’s copy, before and after a change judged from the kept tree', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) => {
          const ids = plan.measures.map((m) => m.id);
          return fc.record({
            plan: fc.constant(plan),
            before: valuesArb(ids),
            after: valuesArb(ids),
            changed: fc.subarray(ids, { minLength: 1 }),
            forecasted: fc.subarray(ids),
            // Every reader's rights in turn, in any order: what is kept for one must not show for another.
            order: fc.shuffledSubarray<EntryRights>(['all', 'none', 'some'], { minLength: 3, maxLength: 3 }),
          });
        }),
        ({ plan, before, after, changed, forecasted, order }) => {
          const ids = plan.measures.map((m) => m.id);
          const forecasts = new Map(forecasted.map((id, i) => [id, forecast(id, 40 + i)]));
          const tree = freeze(buildScorecard(model, PERIOD, plan.nodes, plan.measures, seriesOf(ids, before)));
          const series = seriesOf(ids, after);
          const next = freeze(rejudgeScorecard(model, tree, new Map(changed.map((id) => [id, judgeMeasure(plan.measures.find((m) => m.id === id)!, PERIOD, series)])))!);
          for (const rights of order) {
            const mayEnter = (id: number) => (rights === 'some' ? id % 2 === 0 : rights === 'all');
            // Twice: the second time from the kept bytes.
            for (let i = 0; i < 2; i++) {
              expect(scorecardBytes(head, tree, forecasts, rights, mayEnter).toString()).toBe(expected(tree, forecasts, mayEnter));
              expect(scorecardBytes(head, tree, new Map(), rights, mayEnter).toString()).toBe(expected(tree, new Map(), mayEnter));
            }
            expect(scorecardBytes(head, next, forecasts, rights, mayEnter).toString()).toBe(expected(next, forecasts, mayEnter));
            expect(scorecardBytes(head, next, new Map(), rights, mayEnter).toString()).toBe(expected(next, new Map(), mayEnter));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes only the path from a changed measure to the root anew', () => {
    const plan = {
      nodes: [1, 2].map((id) => ({ id, parentId: null, levelKey: 'perspective', title: `P${id}`, description: '', longTermGoals: '', bodies: [], version: 1 })),
      measures: [10, 20].map((id, i) => ({
        id,
        nodeId: i + 1,
        name: `M${id}`,
        kindKey: 'styrmatt',
        baselineText: '',
        targets: [{ year: 2022, text: 'Minst 50 %' }],
        betterDirection: 'increase' as const,
        unit: '%',
        reportingPeriods: ['DÅ08'],
      })),
    };
    const tree = freeze(buildScorecard(model, PERIOD, plan.nodes, plan.measures, new Map()));
    scorecardBytes(head, tree, new Map(), 'all', () => true);
    const next = freeze(rejudgeScorecard(model, tree, new Map([[10, judgeMeasure(plan.measures[0]!, PERIOD, seriesOf([10], [{ T: 60, K: 30 }]))]]))!);
    expect(next[1]).toBe(tree[1]);
    // The unchanged perspective's measure is not looked at again: its text is the kept one.
    const asked: number[] = [];
    const text = scorecardBytes(head, next, new Map(), 'all', (id) => {
      asked.push(id);
      return true;
    });
    expect(asked).toEqual([10]);
    expect(text.toString()).toBe(expected(next, new Map(), () => true));
  });
});
