import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureStatus, parseMeasure, type Series } from '../scorecard/measure-status';
import { SEED_001_MEASURE_CELLS } from '../../test-support/fixtures/seed-001-measure-cells.fixtures';
import { parseTarget } from '../targets/parse-target';
import type { Target } from '../targets/types';
import { targetForYear, targetUsedText } from './target-for-year';

/** Seed 001's row by its line in the document, with its 2022 and 2024 targets as stored. */
function seedRow(line: number) {
  const row = SEED_001_MEASURE_CELLS.find((c) => c.line === line)!;
  const targets = [
    { year: 2022, text: row.target2022 },
    { year: 2024, text: row.target2024 },
  ];
  return { row, targets, parsed: targets.map((t) => ({ year: t.year, target: parseTarget(t.text) })) };
}

const DIGITAL_VISITS = 432; // Andel digitala vårdbesök: 40 % → 50 %
const TRIAGE = 430; // Antal slutförda ärenden (triage) på Digitalen: 43 000 → 60 000
const KNOWS_DIGITALEN = 431; // Andel som känner till Digitalen: 50% → 80%
const WAITED_90_DAYS = 437; // 100 % i dec → 100 %
const READMISSIONS = 528; // K 16,0 M 17,2 → K15,0 M15,5

const level = (t: Target | undefined) => (t?.kind === 'level' ? t.quantity.value : null);

describe('targetForYear: the next target (the default)', () => {
  it('judges 2023 against the 2024 target, and says so', () => {
    const { parsed } = seedRow(DIGITAL_VISITS);
    const chosen = targetForYear(parsed, 2023)!;
    expect(chosen).toMatchObject({ year: 2024, how: 'next' });
    expect(level(chosen.target)).toBe(50);
    expect(targetUsedText(chosen, 2023)?.sv).toBe('Mål 2024 (nästa målår)');
  });

  it('uses a year’s own target without a note, and the last one after the plan', () => {
    const { parsed } = seedRow(DIGITAL_VISITS);
    expect(targetForYear(parsed, 2022, 'straight-line')).toMatchObject({ year: 2022, how: 'own-year' });
    expect(targetUsedText(targetForYear(parsed, 2022, 'straight-line')!, 2022)).toBeNull();
    expect(targetForYear(parsed, 2025, 'straight-line')).toMatchObject({ year: 2024, how: 'last' });
    expect(targetUsedText(targetForYear(parsed, 2025)!, 2025)?.sv).toBe('Mål 2024 (senaste målåret)');
  });
});

describe('targetForYear: a straight line', () => {
  it('reads 45 % for 2023 off the line between 2022 (40 %) and 2024 (50 %)', () => {
    const { parsed } = seedRow(DIGITAL_VISITS);
    const chosen = targetForYear(parsed, 2023, 'straight-line')!;
    expect(chosen).toMatchObject({ year: 2023, how: 'straight-line' });
    expect(level(chosen.target)).toBe(45);
    expect(chosen.target.text).toBe('45\u00a0%');
    const said = targetUsedText(chosen, 2023)!;
    expect(said.sv).toBe('Mål 2024: 50 %, rak linje mellan 2022 (40\u00a0%) och 2024 (50\u00a0%) → 45\u00a0% för 2023');
    expect(said.da).toBe('Mål 2024: 50 %, ret linje mellem 2022 (40\u00a0%) og 2024 (50\u00a0%) → 45\u00a0% for 2023');
    expect(said.en).toBe('Target 2024: 50 %, straight line between 2022 (40%) and 2024 (50%) → 45% for 2023');
  });

  it('reads counts and shares of seed 001 the same way', () => {
    expect(level(targetForYear(seedRow(TRIAGE).parsed, 2023, 'straight-line')!.target)).toBe(51_500);
    expect(level(targetForYear(seedRow(KNOWS_DIGITALEN).parsed, 2023, 'straight-line')!.target)).toBe(65);
  });

  it('falls back to the next target, saying why, when the two targets are not numbers of the same kind', () => {
    for (const line of [WAITED_90_DAYS, READMISSIONS, 400 /* Öka → Öka */]) {
      const chosen = targetForYear(seedRow(line).parsed, 2023, 'straight-line')!;
      expect(chosen).toMatchObject({ year: 2024, how: 'next', noLine: true });
      expect(targetUsedText(chosen, 2023)?.sv).toBe('Mål 2024 (nästa målår; rak linje kräver två tal av samma slag)');
    }
  });

  it('has no line to draw before the first target year', () => {
    const { parsed } = seedRow(DIGITAL_VISITS);
    expect(targetForYear(parsed, 2021, 'straight-line')).toMatchObject({ year: 2022, how: 'next' });
    expect(targetForYear(parsed, 2021, 'straight-line')?.noLine).toBeUndefined();
  });

  it('names the straight-line target in the status sentence of seed 001’s measure', () => {
    const { row, targets } = seedRow(DIGITAL_VISITS);
    const m = parseMeasure({ name: row.name, baselineText: row.baseline, targets, betterDirection: 'increase', unit: '%' });
    const series: Series = new Map([['2023', [{ sex: 'T', ageBand: null, area: null, value: 44 }]]]);
    const line = measureStatus(m, series, '2023', { targetBetweenYears: 'straight-line' });
    expect(line.status).not.toBe('met');
    expect(line.targetText).toBe('45\u00a0%');
    expect(line.targetYear).toBe(2023);
    expect(line.explanation.sv).toMatch(/^Mål 2024: 50 %, rak linje mellan 2022 \(40\u00a0%\) och 2024 \(50\u00a0%\) → 45\u00a0% för 2023: 44\u00a0% .*45\u00a0%/);
    const next = measureStatus(m, series, '2023');
    expect(next.status).toBe('not-met');
    expect(next.targetYear).toBe(2024);
    expect(next.explanation.sv).toMatch(/^Mål 2024 \(nästa målår\): 50 %:/);
    // 46 % meets the line's 45 % but not the next target's 50 %: the plan's choice decides the colour.
    const above: Series = new Map([['2023', [{ sex: 'T', ageBand: null, area: null, value: 46 }]]]);
    expect(measureStatus(m, above, '2023', { targetBetweenYears: 'straight-line' }).status).toBe('met');
    expect(measureStatus(m, above, '2023').status).not.toBe('met');
  });

  it('stays between its two targets and meets them at their years (property)', () => {
    const amount = fc.integer({ min: 0, max: 100_000 });
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 5 }), (a, b, from, span, step) => {
        const to = from + span;
        const year = from + Math.min(step, span - 1);
        const targets = [
          { year: from, target: parseTarget(`${a} st`) },
          { year: to, target: parseTarget(`${b} st`) },
        ];
        const chosen = targetForYear(targets, year, 'straight-line')!;
        const v = level(chosen.target)!;
        expect(chosen.how).toBe('straight-line');
        expect(v).toBeGreaterThanOrEqual(Math.min(a, b) - 0.051);
        expect(v).toBeLessThanOrEqual(Math.max(a, b) + 0.051);
        expect(Math.abs(v - (a + ((b - a) * (year - from)) / span))).toBeLessThanOrEqual(0.051);
        expect(targetForYear(targets, from, 'straight-line')).toMatchObject({ how: 'own-year', year: from });
        expect(targetForYear(targets, to, 'straight-line')).toMatchObject({ how: 'own-year', year: to });
      }),
    );
  });
});
