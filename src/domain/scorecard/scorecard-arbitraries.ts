/** Random plans and values for the scorecard's property tests (rejudge.test.ts, server/modules/plans/scorecard-bytes.test.ts). */
import fc from 'fast-check';
import { getTemplate } from '../model/templates';
import type { ScorecardMeasureInput, ScorecardNodeInput } from './build-scorecard';
import type { Series } from './measure-status';

export const model = getTemplate('norrbotten');
export const PERIOD = '2022-DÅ08';
const TARGETS = ['Under 6,5 %', 'Minst 50 %', 'K 16,0 M 17,2', 'Öka', 'Minska'];

/** A plan of `shape.nodes` nodes (each under an earlier one, or a root) with measures hung on them. */
export const planArb = fc
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
export const valuesArb = (ids: number[]) =>
  fc.tuple(...ids.map(() => fc.option(fc.record({ T: fc.double({ min: 0, max: 100, noNaN: true }), K: fc.integer({ min: 0, max: 40 }) }), { nil: null })));

export const seriesOf = (ids: number[], values: ({ T: number; K: number } | null)[]): Map<number, Series> =>
  new Map(
    ids.flatMap((id, i) => {
      const v = values[i];
      if (!v) return [];
      const s: Series = new Map([[PERIOD, [{ sex: 'T' as const, ageBand: null, area: null, value: v.T }, { sex: 'K' as const, ageBand: null, area: null, value: v.K }]]]);
      return [[id, s] as const];
    }),
  );
