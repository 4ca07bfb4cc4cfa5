import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLLUP } from '../model/governance';
import { getTemplate } from '../model/templates';
import { SEED_001_MEASURE_CELLS } from '../../test-support/fixtures/seed-001-measure-cells.fixtures';
import { buildScorecard, type ScorecardMeasureInput, type ScorecardNodeInput } from './build-scorecard';
import { measureStatus, parseMeasure, type Series } from './measure-status';

// The coverage rule of the roll-up, with the evaluator as the oracle: a node under which seed 001's
// real measures get random values is coloured exactly when at least half of its judgeable measures
// (judged by the evaluator on their own) have a value, and measures not reported or not measurable
// never count either way.
const model = getTemplate('norrbotten');
const sf = model.levels[2]!.key;
const node: ScorecardNodeInput = { id: 1, parentId: null, levelKey: sf, title: 'Framgångsfaktor', description: '', longTermGoals: '', bodies: [], version: 1 };
const PERIODS = ['2022-DÅ04', '2022-DÅ08', '2022'];
const REPORTS = [['DÅ04', 'DÅ08', 'ÅR'], ['ÅR'], ['DÅ08', 'ÅR'], []];

const measureArb = fc.record({
  cell: fc.integer({ min: 0, max: SEED_001_MEASURE_CELLS.length - 1 }),
  direction: fc.constantFrom('increase' as const, 'decrease' as const, null),
  reports: fc.constantFrom(...REPORTS),
  // Values for the judged period and the year before, or none.
  value: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  before: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
});

describe('coverage before colour (roll-up over the evaluator)', () => {
  it('colours a node only when at least half of its judgeable measures have a value', () => {
    fc.assert(
      fc.property(fc.array(measureArb, { minLength: 1, maxLength: 12 }), fc.constantFrom(...PERIODS), (rows, period) => {
        const previous = `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
        const measures: ScorecardMeasureInput[] = rows.map((r, i) => {
          const c = SEED_001_MEASURE_CELLS[r.cell]!;
          return {
            id: i + 1,
            nodeId: 1,
            name: c.name,
            kindKey: 'styrmatt',
            baselineText: c.baseline,
            targets: [{ year: 2022, text: c.target2022 }, { year: 2024, text: c.target2024 }],
            betterDirection: r.direction,
            unit: null,
            reportingPeriods: r.reports,
          };
        });
        const series = new Map<number, Series>(
          rows.map((r, i) => {
            const s: Series = new Map();
            if (r.value !== undefined) s.set(period, [{ sex: 'T', ageBand: null, area: null, value: r.value }]);
            if (r.before !== undefined) s.set(previous, [{ sex: 'T', ageBand: null, area: null, value: r.before }]);
            return [i + 1, s];
          }),
        );
        const [tree] = buildScorecard(model, period, [node], measures, series);
        // The oracle: each measure judged alone by the evaluator.
        const kind = period.length === 4 ? 'ÅR' : period.slice(5);
        const alone = measures.map((m) => {
          const s = measureStatus(parseMeasure(m), series.get(m.id)!, period).status;
          return s === 'no-value' && m.reportingPeriods.length > 0 && !m.reportingPeriods.includes(kind) ? 'not-reported' : s;
        });
        expect(tree!.measures.map((m) => m.fulfilment.status)).toEqual(alone);
        const withValue = alone.filter((s) => s === 'met' || s === 'partly-met' || s === 'not-met').length;
        const judgeable = withValue + alone.filter((s) => s === 'no-value').length;
        const coloured = ['met', 'partly-met', 'not-met'].includes(tree!.fulfilment.status);
        expect(coloured).toBe(withValue > 0 && withValue / judgeable >= (DEFAULT_ROLLUP.minCoverage ?? 0.5));
        if (!coloured && withValue > 0) expect(tree!.fulfilment.status).toBe('too-few-values');
        expect(tree!.fulfilment.explanation.sv).toContain(judgeable > 0 ? `${withValue} av ${judgeable} mått har värde` : 'Inget mått att bedöma');
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('a measure not reported this period or not measurable never changes a node’s status', () => {
    const seed = (text: string, reportingPeriods: string[], id: number): ScorecardMeasureInput => ({
      id,
      nodeId: 1,
      name: 'Andel vårdskador, sluten somatisk vård',
      kindKey: 'styrmatt',
      baselineText: '2020: 7,9 %',
      targets: [{ year: 2022, text }],
      betterDirection: 'decrease',
      unit: '%',
      reportingPeriods,
    });
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 10), { nil: undefined }), { minLength: 1, maxLength: 8 }), fc.nat(4), fc.nat(4), (values, notReported, qualitative) => {
        const base = values.map((_, i) => seed('Under 6,5 %', ['DÅ04', 'DÅ08', 'ÅR'], i + 1));
        const series = new Map<number, Series>(values.map((v, i) => [i + 1, new Map(v === undefined ? [] : [['2022-DÅ08', [{ sex: 'T' as const, ageBand: null, area: null, value: v }]]])]));
        const extra = [
          ...Array.from({ length: notReported }, (_, i) => seed('Under 6,5 %', ['ÅR'], 100 + i)),
          ...Array.from({ length: qualitative }, (_, i) => seed('Handlingsplaner upprättas', ['DÅ08'], 200 + i)),
        ];
        const [a] = buildScorecard(model, '2022-DÅ08', [node], base, series);
        const [b] = buildScorecard(model, '2022-DÅ08', [node], [...base, ...extra], series);
        expect(b!.fulfilment.status).toBe(a!.fulfilment.status);
        expect(b!.fulfilment.counts['not-reported']).toBe(notReported);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
