import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang';
import type { RollupRule } from '../model/governance';
import type { Reference, Sex, Target } from '../targets/types';
import { combineStatuses, evaluateMeasure } from './evaluate-measure';
import { statusPhrase } from './explain';
import { rollUp } from './rollup';
import { baseVals, input, level, pt } from '../../test-support/fixtures/fulfilment.fixtures';
import { FULFILMENT_STATUSES, type FulfilmentStatus, type ValuePoint } from './types';

const RANK: Record<FulfilmentStatus, number> = { met: 2, 'partly-met': 1, 'not-met': 0, 'too-few-values': -1, 'no-value': -1, 'not-reported': -1, 'not-measurable': -1 };

// A measure never has a node's "too few values".
const status = fc.constantFrom(...FULFILMENT_STATUSES.filter((s) => s !== 'too-few-values'));
const rule: fc.Arbitrary<RollupRule> = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b, w]) => ({ method: 'share-met', metThreshold: Math.max(a, b), partlyThreshold: Math.min(a, b), partlyWeight: w }));

describe('rollUp properties', () => {
  it('turning a not-met into met or partly met never lowers the status', () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 20 }), rule, fc.nat(), fc.constantFrom<FulfilmentStatus>('met', 'partly-met'), (statuses, r, pick, better) => {
        const notMet = statuses.flatMap((s, i) => (s === 'not-met' ? [i] : []));
        fc.pre(notMet.length > 0);
        const i = notMet[pick % notMet.length]!;
        const improved = statuses.map((s, j) => (j === i ? better : s));
        expect(RANK[rollUp(improved, r).status]).toBeGreaterThanOrEqual(RANK[rollUp(statuses, r).status]);
        const [after, before] = [rollUp(improved, r).share, rollUp(statuses, r).share];
        // The coverage is unchanged, so a colour before is a colour after, with a share at least as high.
        if (before !== null) expect(after!).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('turning a partly met into met never lowers the status', () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 20 }), rule, (statuses, r) => {
        const i = statuses.indexOf('partly-met');
        fc.pre(i >= 0);
        const improved = statuses.map((s, j) => (j === i ? 'met' : s));
        expect(RANK[rollUp(improved, r).status]).toBeGreaterThanOrEqual(RANK[rollUp(statuses, r).status]);
      }),
    );
  });

  it('counts add up, the share is a fraction, order does not matter and every language explains', () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 20 }), rule, (statuses, r) => {
        const res = rollUp(statuses, r);
        expect(Object.values(res.counts).reduce((a, b) => a + b, 0)).toBe(statuses.length);
        if (res.share !== null) {
          expect(res.share).toBeGreaterThanOrEqual(0);
          expect(res.share).toBeLessThanOrEqual(1);
        } else {
          expect(['too-few-values', 'no-value', 'not-reported', 'not-measurable']).toContain(res.status);
        }
        expect(rollUp([...statuses].reverse(), r)).toEqual(res);
        for (const lang of LANGS) expect(res.explanation[lang]).toContain(` – ${statusPhrase(res.status, lang)}`);
      }),
    );
  });
});

describe('combineStatuses properties', () => {
  it('ignores order and is met only when every judged part is met', () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 6 }), (statuses) => {
        const s = combineStatuses(statuses);
        expect(combineStatuses([...statuses].reverse())).toBe(s);
        const judged = statuses.filter((x) => RANK[x] >= 0);
        expect(s === 'met').toBe(judged.length > 0 && judged.every((x) => x === 'met'));
        expect(s === 'not-met').toBe(judged.length > 0 && judged.every((x) => x === 'not-met'));
      }),
    );
  });
});

// Values on a 0.1 grid, like the plans' numbers, so that equal values do occur.
const num = fc.integer({ min: -50, max: 500 }).map((n) => n / 10);
const sex = fc.constantFrom<Sex>('K', 'M', 'T');
const period = fc.constantFrom('2022', '2022-DÅ04', '2022-DÅ08', '2022-T2', '2022-Q1', '2022-12');
const reference: fc.Arbitrary<Reference> = fc.oneof(
  fc.constant<Reference>({ type: 'baseline' }),
  fc.constantFrom('2019', '2021-DÅ04', '2020-12').map((p): Reference => ({ type: 'period', period: p })),
  fc.constant<Reference>({ type: 'same-period-previous-year' }),
  fc.constantFrom<Reference>({ type: 'series', series: 'riket' }, { type: 'series', series: 'other-regions' }),
);
const levelT = fc
  .tuple(fc.constantFrom('<', '<=', '>', '>=', '=', null), num, fc.constantFrom('%', 'st', null))
  .map(([op, v, unit]) => level(op as Parameters<typeof level>[0], v, unit as '%' | 'st' | null, `${v}`));
const target: fc.Arbitrary<Target> = fc.oneof(
  levelT,
  fc.tuple(fc.nat(30), fc.integer({ min: 1, max: 30 })).map(([n, d]): Target => ({ kind: 'fraction', numerator: n, denominator: d, text: `${n}/${d}` })),
  fc.tuple(fc.constantFrom('increase', 'decrease', 'improve'), reference).map(([d, r]) => ({ kind: 'direction', direction: d, reference: r, text: 'Öka' }) as Target),
  fc.tuple(fc.constantFrom('increase', 'decrease'), fc.nat(100), reference).map(([d, p, r]) => ({ kind: 'relative-change', direction: d, percent: p, reference: r, text: 'Minska' }) as Target),
  reference.map((r): Target => ({ kind: 'same-as', reference: r, text: 'Samma som' })),
  fc.tuple(fc.constantFrom('increase', 'decrease'), reference).map(([d, r]) => ({ kind: 'gap', direction: d, reference: r, text: 'Minskad skillnad' }) as Target),
  fc.tuple(fc.constantFrom('equal', 'better', 'low-stable'), reference).map(([rel, r]) => ({ kind: 'benchmark', relation: rel, reference: r, text: 'I nivå med riket' }) as Target),
  fc.tuple(levelT, levelT).map(([k, m]): Target => ({ kind: 'per-sex', targets: { K: k, M: m }, text: 'K M' })),
  fc.tuple(levelT, levelT).map(([a, b]): Target => ({ kind: 'per-report-period', targets: { DÅ04: a, ÅR: b }, text: 'DÅ 04 ÅR' })),
  fc.constant<Target>({ kind: 'pending', year: 2022, text: 'Uppdateras 2022' }),
  fc.constant<Target>({ kind: 'qualitative', text: 'Efter behov' }),
  fc.constant<Target>({ kind: 'none', text: '' }),
);
const points: fc.Arbitrary<ValuePoint[]> = fc.array(
  fc.tuple(sex, num, fc.boolean()).map(([s, v, broken]) => (broken ? pt(s, v, { area: 'Luleå' }) : pt(s, v))),
  { maxLength: 4 },
);
const seriesArb = fc.dictionary(fc.constantFrom('2019', '2020-12', '2021', '2021-DÅ04', '2021-DÅ08', '2021-T2', '2021-Q1', '2021-12', '2022', '2022-DÅ04', '2022-DÅ08', '2022-T2', '2022-Q1', '2022-12'), points);
const baseline = fc.oneof(
  fc.array(fc.tuple(sex, num), { maxLength: 3 }).map((ps) => baseVals(ps.map(([s, v]) => [s, v] as [Sex, number]))),
  fc.constant({ kind: 'new-measure' as const, text: 'Nytt mått' }),
  fc.constant({ kind: 'previous-measurement' as const, text: 'Tidigare mätning' }),
  fc.constant({ kind: 'reference-period' as const, year: 2021, subPeriod: null, text: '2021' }),
);

describe('evaluateMeasure properties', () => {
  it('never throws, always explains in every language, and ends with its status', () => {
    fc.assert(
      fc.property(
        fc.option(target, { nil: null }),
        baseline,
        fc.constantFrom('increase', 'decrease', null),
        period,
        seriesArb,
        fc.option(fc.dictionary(period, num), { nil: undefined }),
        (t, b, dir, p, s, bench) => {
          const r = evaluateMeasure(
            input({ target: t, baseline: b, betterDirection: dir as 'increase' | null, period: p, series: new Map(Object.entries(s)), benchmarks: bench && new Map(Object.entries(bench)) }),
          );
          expect(FULFILMENT_STATUSES).toContain(r.status);
          for (const lang of LANGS) {
            expect(r.explanation[lang].endsWith(` – ${statusPhrase(r.status, lang)}`)).toBe(true);
            expect(r.explanation[lang]).not.toMatch(/undefined|NaN|null/);
          }
          // A judged status must rest on at least one observed value of the period.
          if (RANK[r.status] >= 0) expect(r.observed.length).toBeGreaterThan(0);
          for (const o of r.observed) expect(o.period).toBe(p);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a better value never gets a worse status (level, higher is better)', () => {
    fc.assert(
      fc.property(levelT, num, num, fc.option(num, { nil: null }), (t, a, b, base) => {
        fc.pre(t.kind === 'level' && (t.op === null || t.op.startsWith('>')));
        const judge = (v: number) =>
          evaluateMeasure(
            input({
              target: t,
              betterDirection: 'increase',
              baseline: base === null ? { kind: 'none', text: '' } : baseVals([['T', base]]),
              series: new Map([['2022-DÅ04', [pt('T', v)]]]),
            }),
          ).status;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(RANK[judge(hi)]).toBeGreaterThanOrEqual(RANK[judge(lo)]);
      }),
    );
  });

  it('direction targets agree with the plain comparison', () => {
    fc.assert(
      fc.property(num, num, fc.constantFrom<'increase' | 'decrease'>('increase', 'decrease'), (v, ref, d) => {
        const r = evaluateMeasure(
          input({
            target: { kind: 'direction', direction: d, reference: { type: 'baseline' }, text: 'Öka' },
            baseline: baseVals([['T', ref]]),
            series: new Map([['2022-DÅ04', [pt('T', v)]]]),
          }),
        );
        const better = d === 'increase' ? v > ref : v < ref;
        expect(r.status).toBe(v === ref ? 'partly-met' : better ? 'met' : 'not-met');
      }),
    );
  });
});
