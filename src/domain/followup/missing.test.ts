import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMissing, type MissingMeasureInput, type MissingNodeInput } from './missing';

const REPORTER = 11;
const OTHER = 12;
const met = { status: 'met' as const, notMetMeasures: [] };

const measure = (over: Partial<MissingMeasureInput>): MissingMeasureInput => ({
  id: 1,
  name: 'Andel vårdskador, sluten somatisk vård',
  nodeId: 100,
  ownerUserId: REPORTER,
  reportedThisPeriod: true,
  hasValue: false,
  ...over,
});
const node = (over: Partial<MissingNodeInput>): MissingNodeInput => ({
  id: 100,
  title: 'En hållbar verksamhet med hög säkerhet',
  levelKey: 'success-factor',
  ownerUserId: REPORTER,
  proposal: met,
  judgement: null,
  ...over,
});

describe('what is missing', () => {
  it('lists a reported measure without a value and a node without a judgement under its owner', () => {
    const result = computeMissing({ measures: [measure({})], nodes: [node({})], overdue: true });
    expect(result).toEqual([
      {
        ownerUserId: REPORTER,
        items: [
          { kind: 'value', id: 1, title: 'Andel vårdskador, sluten somatisk vård', nodeId: 100, overdue: true },
          { kind: 'judgement', id: 100, title: 'En hållbar verksamhet med hög säkerhet', nodeId: 100, overdue: true },
        ],
      },
    ]);
  });

  it('ignores measures not reported in the period and measures with a value', () => {
    const result = computeMissing({ measures: [measure({ reportedThisPeriod: false }), measure({ id: 2, hasValue: true })], nodes: [], overdue: false });
    expect(result).toEqual([]);
  });

  it('asks for an analysis where one is required, for submission of drafts and approval of submitted ones', () => {
    const notMet = { status: 'not-met' as const, notMetMeasures: ['X'] };
    const result = computeMissing({
      measures: [],
      nodes: [
        node({ id: 1, proposal: notMet, judgement: { status: 'draft', judgement: 'not-met', analysis: '', actions: '' } }),
        node({ id: 2, ownerUserId: OTHER, judgement: { status: 'submitted', judgement: 'met', analysis: '', actions: '' } }),
        node({ id: 3, ownerUserId: null, judgement: { status: 'approved', judgement: 'met', analysis: '', actions: '' } }),
        node({ id: 4, ownerUserId: null, judgement: { status: 'draft', judgement: null, analysis: 'Halvfärdig', actions: '' } }),
      ],
      overdue: false,
    });
    expect(result.map((o) => [o.ownerUserId, o.items.map((i) => `${i.kind}:${i.id}`)])).toEqual([
      [REPORTER, ['analysis:1', 'submission:1']],
      [OTHER, ['approval:2']],
      [null, ['judgement:4']],
    ]);
  });

  it('has nothing missing once every value is entered and every judgement approved', () => {
    const arb = fc.array(fc.record({ id: fc.nat(), owner: fc.option(fc.nat({ max: 5 })), reported: fc.boolean() }), { maxLength: 30 });
    fc.assert(
      fc.property(arb, fc.boolean(), (rows, overdue) => {
        const measures = rows.map((r) => measure({ id: r.id, ownerUserId: r.owner, reportedThisPeriod: r.reported, hasValue: true }));
        const nodes = rows.map((r) => node({ id: r.id, ownerUserId: r.owner, judgement: { status: 'approved', judgement: 'met', analysis: '', actions: '' } }));
        expect(computeMissing({ measures, nodes, overdue })).toEqual([]);
        // …and every unreported value shows up under its own owner, marked as the period is.
        const open = computeMissing({ measures: measures.map((m) => ({ ...m, hasValue: false })), nodes: [], overdue });
        const count = open.reduce((n, o) => n + o.items.length, 0);
        expect(count).toBe(rows.filter((r) => r.reported).length);
        for (const o of open) for (const i of o.items) expect(i.overdue).toBe(overdue);
      }),
    );
  });
});

describe('missing forecasts at DÅ 04 and DÅ 08', () => {
  it('lists a measure that needs a forecast and has none, after its value, under its owner', () => {
    const result = computeMissing({ measures: [measure({ needsForecast: true, hasForecast: false })], nodes: [], overdue: false });
    expect(result[0]!.items.map((i) => i.kind)).toEqual(['value', 'forecast']);
    expect(result[0]!.items[1]).toMatchObject({ id: 1, title: 'Andel vårdskador, sluten somatisk vård' });
  });
  it('asks nothing once the forecast is in, nor where none is asked for', () => {
    expect(computeMissing({ measures: [measure({ hasValue: true, needsForecast: true, hasForecast: true })], nodes: [], overdue: false })).toEqual([]);
    expect(computeMissing({ measures: [measure({ hasValue: true })], nodes: [], overdue: false })).toEqual([]);
  });
});
