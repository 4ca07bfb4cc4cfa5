import { describe, expect, it } from 'vitest';
import { getTemplate } from '../model/templates';
import { buildScorecard, type ScorecardMeasureInput, type ScorecardNodeInput } from '../scorecard/build-scorecard';
import type { Series } from '../scorecard/measure-status';
import { compareAreas } from './area-comparison';
import { isImprovement, nodeFulfilment, planCounts, previousPeriod, statusChanges, trendSeries } from './fulfilment-summary';

const model = getTemplate('norrbotten');
const node = (id: number, parentId: number | null, levelKey: string, title: string): ScorecardNodeInput => ({
  id,
  parentId,
  levelKey,
  title,
  description: '',
  longTermGoals: '',
  bodies: [],
  version: 1,
});
// A slice of seed 001's Verksamhetsperspektivet, with its real measures and targets.
const nodes = [
  node(1, null, model.levels[0]!.key, 'Verksamhetsperspektivet'),
  node(2, 1, model.levels[1]!.key, 'God, nära och samordnad vård'),
  node(3, 2, model.levels[2]!.key, 'En hållbar verksamhet med hög säkerhet'),
];
const measure = (id: number, name: string, target: string, betterDirection: 'increase' | 'decrease' | null): ScorecardMeasureInput => ({
  id,
  nodeId: 3,
  name,
  kindKey: 'styrmatt',
  baselineText: '',
  targets: [{ year: 2022, text: target }],
  betterDirection,
  unit: '%',
  reportingPeriods: ['DÅ04', 'DÅ08', 'ÅR'],
});
const measures = [
  measure(10, 'Andel vårdskador, sluten somatisk vård', 'Under 6,5 %', 'decrease'),
  measure(11, 'Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)', 'K 16,0 M 17,2', 'decrease'),
];
const series = (entries: [number, string, 'K' | 'M' | 'T', number][]): Map<number, Series> => {
  const out = new Map<number, Series>();
  for (const [id, period, sex, value] of entries) {
    const s = out.get(id) ?? new Map();
    s.set(period, [...(s.get(period) ?? []), { sex, ageBand: null, area: null, value }]);
    out.set(id, s);
  }
  return out;
};
const values = series([
  [10, '2022-DÅ04', 'T', 7.1],
  [10, '2022-DÅ08', 'T', 5.8],
  [11, '2022-DÅ08', 'K', 15.9],
  [11, '2022-DÅ08', 'M', 17.0],
]);
const tree = (period: string) => buildScorecard(model, period, nodes, measures, values);

describe('dashboard fulfilment', () => {
  it('counts per perspective and goal are the scorecard’s own roll-up counts', () => {
    const rows = nodeFulfilment(tree('2022-DÅ08'));
    expect(rows.map((r) => [r.title, r.depth])).toEqual([
      ['Verksamhetsperspektivet', 0],
      ['God, nära och samordnad vård', 1],
    ]);
    expect(rows[0]!.counts.met).toBe(2);
    expect(rows[0]!.status).toBe('met');
    expect(planCounts(tree('2022-DÅ04'))).toMatchObject({ 'not-met': 1, 'no-value': 1, met: 0 });
  });
  it('gives a trend point per period in the order asked', () => {
    const trend = trendSeries(['2022-DÅ04', '2022-DÅ08', '2022'].map((period) => ({ period, tree: tree(period) })));
    expect(trend.map((p) => p.counts.met)).toEqual([0, 2, 0]);
    expect(trend[2]!.counts['no-value']).toBe(2);
    expect(trend[1]!.nodes).toEqual([{ nodeId: 1, status: 'met' }]);
  });
  it('lists the measures whose status changed, from and to', () => {
    const changes = statusChanges(tree('2022-DÅ04'), tree('2022-DÅ08'));
    expect(changes).toEqual([
      { measureId: 10, name: 'Andel vårdskador, sluten somatisk vård', path: ['Verksamhetsperspektivet', 'God, nära och samordnad vård', 'En hållbar verksamhet med hög säkerhet'], from: 'not-met', to: 'met' },
      expect.objectContaining({ measureId: 11, from: 'no-value', to: 'met' }),
    ]);
    expect(isImprovement(changes[0]!)).toBe(true);
    expect(isImprovement(changes[1]!)).toBeNull();
    expect(isImprovement({ from: 'met', to: 'partly-met' })).toBe(false);
    expect(statusChanges(tree('2022-DÅ08'), tree('2022-DÅ08'))).toEqual([]);
  });
  it('knows the previous period', () => {
    expect(previousPeriod(['2022-DÅ04', '2022-DÅ08', '2022'], '2022-DÅ08')).toBe('2022-DÅ04');
    expect(previousPeriod(['2022-DÅ04', '2022-DÅ08'], '2022-DÅ04')).toBeNull();
  });
});

describe('compareAreas', () => {
  const points = [
    { sex: 'T' as const, ageBand: null, area: null, value: 17.2 },
    { sex: 'T' as const, ageBand: null, area: 'Kiruna', value: 19.8 },
    { sex: 'T' as const, ageBand: null, area: 'Luleå', value: 15.2 },
    { sex: 'T' as const, ageBand: null, area: 'Piteå', value: 15.2 },
    { sex: 'K' as const, ageBand: null, area: 'Luleå', value: 1 },
    { sex: 'T' as const, ageBand: '80+ år', area: 'Luleå', value: 30 },
  ];
  it('ranks areas best first when lower is better, shows the whole and the difference to it', () => {
    const c = compareAreas(points, 'T', 'decrease');
    expect(c.whole).toBe(17.2);
    expect(c.areas.map((a) => [a.name, a.rank])).toEqual([
      ['Luleå', 1],
      ['Piteå', 1],
      ['Kiruna', 3],
    ]);
    expect(c.areas[2]!.fromWhole).toBeCloseTo(2.6, 10);
    expect(c.spread?.worst?.name).toBe('Kiruna');
  });
  it('ranks highest first when the direction is unknown', () => {
    const c = compareAreas(points, 'T', null);
    expect(c.order).toBe('highest-first');
    expect(c.areas[0]!.name).toBe('Kiruna');
  });
  it('has nothing to rank for a sex without area values', () => {
    expect(compareAreas(points, 'M', 'decrease')).toMatchObject({ whole: null, areas: [], spread: null });
  });
});
