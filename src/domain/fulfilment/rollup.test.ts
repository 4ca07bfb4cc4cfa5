import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLLUP, type RollupRule } from '../model/governance';
import { rollUp } from './rollup';
import type { FulfilmentStatus } from './types';

const sp = (s: string) => s.replace(/\u00A0/g, ' ');
const M: FulfilmentStatus = 'met';
const P: FulfilmentStatus = 'partly-met';
const N: FulfilmentStatus = 'not-met';
const V: FulfilmentStatus = 'no-value';
const X: FulfilmentStatus = 'not-measurable';
const R: FulfilmentStatus = 'not-reported';

describe('rollUp with the default rule (75 % / 40 %, partly counts half)', () => {
  it.each<[FulfilmentStatus[], FulfilmentStatus, number | null]>([
    [[M, M, P], 'met', 2.5 / 3],
    [[M, M, M, N], 'met', 0.75],
    [[M, M, N], 'partly-met', 2 / 3],
    [[M, N], 'partly-met', 0.5],
    [[P, P, N, N], 'not-met', 0.25],
    [[P, N], 'not-met', 0.25],
    [[P], 'partly-met', 0.5],
    [[N, N, M], 'not-met', 1 / 3],
    [[M, M, V, X], 'met', 1],
    // Coverage before colour: 1 of 4 with a value is below half (was "not-met" before issue 12).
    [[N, V, V, V], 'too-few-values', null],
    [[N, M, V, V], 'partly-met', 0.5],
    [[M, V, V], 'too-few-values', null],
    [[M, V, X, X, R, R], 'met', 1],
    [[V, X], 'no-value', null],
    [[X, X], 'not-measurable', null],
    [[R, R], 'not-reported', null],
    [[R, X], 'not-measurable', null],
    [[], 'not-measurable', null],
  ])('%j -> %s', (statuses, status, share) => {
    const r = rollUp(statuses, DEFAULT_ROLLUP);
    expect(r.status).toBe(status);
    if (share === null) expect(r.share).toBeNull();
    else expect(r.share).toBeCloseTo(share, 12);
  });

  it('counts every status', () => {
    expect(rollUp([M, P, P, N, V, X, X, R], DEFAULT_ROLLUP).counts).toEqual({ met: 1, 'partly-met': 2, 'not-met': 1, 'too-few-values': 0, 'no-value': 1, 'not-reported': 1, 'not-measurable': 2 });
  });

  it.each<[FulfilmentStatus[], string, string, string]>([
    [[M, M, P], '3 av 3 mått har värde; 2 av 3 bedömda mått uppfyllda, 1 delvis (83 %) ≥ 75 % – uppfyllt', '3 af 3 mål har en værdi; 2 af 3 vurderede mål opfyldt, 1 delvist (83 %) ≥ 75 % – opfyldt', '3 of 3 measures have a value; 2 of 3 judged measures met, 1 partly (83%) ≥ 75% – met'],
    [[M, N], '2 av 2 mått har värde; 1 av 2 bedömda mått uppfyllda (50 %) ≥ 40 % – delvis uppfyllt', '2 af 2 mål har en værdi; 1 af 2 vurderede mål opfyldt (50 %) ≥ 40 % – delvist opfyldt', '2 of 2 measures have a value; 1 of 2 judged measures met (50%) ≥ 40% – partly met'],
    [[N, N, M, V, X, X], '3 av 4 mått har värde; 1 av 3 bedömda mått uppfyllda (33 %) < 40 % – ej uppfyllt (2 ej mätbara räknas inte)', '3 af 4 mål har en værdi; 1 af 3 vurderede mål opfyldt (33 %) < 40 % – ikke opfyldt (2 ikke målbare tælles ikke med)', '3 of 4 measures have a value; 1 of 3 judged measures met (33%) < 40% – not met (2 not measurable not counted)'],
    // The case: one valued measure of four is not a colour.
    [[M, V, V, V, R], '1 av 4 mått har värde (25 %) < 50 % – för få värden (1 rapporteras inte denna period räknas inte)', '1 af 4 mål har en værdi (25 %) < 50 % – for få værdier (1 rapporteres ikke i denne periode tælles ikke med)', '1 of 4 measures have a value (25%) < 50% – too few values (1 not reported this period not counted)'],
    [[V, X], '0 av 1 mått har värde – inget värde ännu (1 ej mätbart räknas inte)', '0 af 1 mål har en værdi – ingen værdi endnu (1 ikke målbart tælles ikke med)', '0 of 1 measures have a value – no value yet (1 not measurable not counted)'],
    [[R, R], 'Inget mått att bedöma: 2 rapporteras inte denna period – rapporteras inte denna period', 'Ingen mål at vurdere: 2 rapporteres ikke i denne periode – rapporteres ikke i denne periode', 'No measure to judge: 2 not reported this period – not reported this period'],
    [[], 'Inget mått att bedöma – ej mätbart', 'Ingen mål at vurdere – ikke målbart', 'No measure to judge – not measurable'],
  ])('explains %j', (statuses, sv, da, en) => {
    const e = rollUp(statuses, DEFAULT_ROLLUP).explanation;
    expect(sp(e.sv)).toBe(sv);
    expect(sp(e.da)).toBe(da);
    expect(sp(e.en)).toBe(en);
  });
});

describe('rollUp with other rules', () => {
  it('follows the configured coverage share', () => {
    const all: RollupRule = { ...DEFAULT_ROLLUP, minCoverage: 1 };
    expect(rollUp([M, M, M, V], all).status).toBe('too-few-values');
    expect(rollUp([M, M, M, X, R], all).status).toBe('met');
    const any: RollupRule = { ...DEFAULT_ROLLUP, minCoverage: 0 };
    expect(rollUp([M, V, V, V, V], any).status).toBe('met');
    expect(rollUp([V, V], any).status).toBe('no-value');
    // A model saved before the coverage share existed gets the default half.
    const { minCoverage: _, ...old } = DEFAULT_ROLLUP;
    expect(rollUp([M, V, V], old).status).toBe('too-few-values');
    expect(rollUp([M, V], old).status).toBe('met');
  });

  it('follows the configured thresholds and weight', () => {
    const strict: RollupRule = { method: 'share-met', metThreshold: 1, partlyThreshold: 0.5, partlyWeight: 0 };
    expect(rollUp([M, M, P], strict).status).toBe('partly-met');
    expect(rollUp([M, P, P], strict).status).toBe('not-met');
    expect(rollUp([M, M], strict).status).toBe('met');
    const generous: RollupRule = { method: 'share-met', metThreshold: 0.5, partlyThreshold: 0.2, partlyWeight: 1 };
    expect(rollUp([P, N], generous).status).toBe('met');
    const half: RollupRule = { method: 'share-met', metThreshold: 0.75, partlyThreshold: 0.5, partlyWeight: 0.5 };
    expect(rollUp([M, N], half).status).toBe('partly-met');
    expect(rollUp([P, N, N, N], half).status).toBe('not-met');
  });

  it('reaches a threshold that floating point would just miss', () => {
    // (1 + 0.2 × 1) / 3 = 0.4 in decimal but 0.39999999999999997 in binary.
    const rule: RollupRule = { method: 'share-met', metThreshold: 0.4, partlyThreshold: 0.2, partlyWeight: 0.2 };
    expect((1 + 0.2 * 1) / 3).toBeLessThan(0.4);
    expect(rollUp([M, P, N], rule).status).toBe('met');
  });

  it('shows decimals where the rounded share would equal the threshold', () => {
    const rule: RollupRule = { method: 'share-met', metThreshold: 0.9, partlyThreshold: 0.75, partlyWeight: 0.49 };
    const r = rollUp([M, P], rule); // (1 + 0.49) / 2 = 0.745
    expect(r.status).toBe('not-met');
    expect(sp(r.explanation.sv)).toContain('(74,5 %) < 75 %');
  });
});
