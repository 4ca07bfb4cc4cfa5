/**
 * Every baseline and target of the 58 measures in seed 001, with the structure a reader of the plan
 * sees in it. The cells come from seed-001-measure-cells.ts, which is checked against the file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pt } from '../../test-support/fixtures/target-points.fixtures';
import { LANGS } from '../i18n/lang';
import { describeBaseline, describeTarget } from './describe';
import { parseBaseline } from './parse-baseline';
import { parseTarget } from './parse-target';
import { SEED_001_MEASURE_CELLS, type SeedMeasureCells } from '../../test-support/fixtures/seed-001-measure-cells.fixtures';
import type { BaselinePoint, Sex, Unit } from './types';

const SEED_FILE = fileURLToPath(new URL('../../../data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', import.meta.url));
const HEADER = 'Styrmått\tIngångsvärde\tMål 2022\t→\tMål 2024\tKälla\tPeriod';

/** The measure rows as the file has them: every non-blank line after a measure-table header. */
function readSeedRows(): SeedMeasureCells[] {
  const lines = readFileSync(SEED_FILE, 'utf8').split('\n');
  const rows: SeedMeasureCells[] = [];
  lines.forEach((line, i) => {
    if (line !== HEADER) return;
    for (let j = i + 1; j < lines.length && (lines[j] ?? '').trim() !== ''; j++) {
      const cells = (lines[j] ?? '').split('\t');
      rows.push({ line: j + 1, name: cells[0] ?? '', baseline: cells[1] ?? '', target2022: cells[2] ?? '', target2024: cells[4] ?? '' });
    }
  });
  return rows;
}

/** Drops `text` at every depth so expectations state only the structure. */
function structure(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structure);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'text').map(([k, v]) => [k, structure(v)]));
}

// Target shapes.
const base = { type: 'baseline' };
const inc = { kind: 'direction', direction: 'increase', reference: base };
const dec = { kind: 'direction', direction: 'decrease', reference: base };
const none = { kind: 'none' };
const qual = { kind: 'qualitative' };
const lvl = (value: number, unit: Unit = null, op: string | null = null) => ({ kind: 'level', op, quantity: { value, unit } });
const pct = (value: number) => lvl(value, '%');
const perSex = (k: number, m: number) => ({ kind: 'per-sex', targets: { K: lvl(k), M: lvl(m) } });
const perReport = (a: number, b: number, c: number) => ({ kind: 'per-report-period', targets: { DÅ04: pct(a), DÅ08: pct(b), ÅR: pct(c) } });

// Baseline shapes.
const ref = (year: number, subPeriod: string | null = null) => ({ kind: 'reference-period', year, subPeriod });
const newMeasure = { kind: 'new-measure' };
const previous = { kind: 'previous-measurement' };
const vals = (points: BaselinePoint[], flags: { uncertain?: boolean } = {}) => ({
  kind: 'values',
  points,
  uncertain: flags.uncertain ?? false,
  forecast: points.some((p) => p.forecast),
});
const y19 = (value: number, unit: Unit, extra: Partial<BaselinePoint> = {}) => pt(value, unit, { year: 2019, ...extra });
/** `2019: T1 K a% M b% T2 K c% M d% …`: one point per tertial and sex, in that order. */
const tertialsBySex = (subs: string[], pairs: [number, number][]) =>
  vals(
    pairs.flatMap(([k, m], i) =>
      (['K', 'M'] as Sex[]).map((sex, j) => y19(j === 0 ? k : m, '%', { subPeriod: subs[i] ?? null, sex })),
    ),
  );
const forecast = { forecast: true } as const;

/** line -> [baseline, target 2022, target 2024]. */
const EXPECTED: Record<number, [unknown, unknown, unknown]> = {
  400: [ref(2021), inc, inc],
  401: [ref(2021), inc, inc],
  402: [vals([y19(6, null)]), lvl(12), lvl(14)],
  409: [{ kind: 'none' }, qual, qual],
  430: [vals([pt(19600, null, { year: 2021, subPeriod: 'T2' }), pt(35000, null, { year: 2021, ...forecast })]), lvl(43000), lvl(60000)],
  431: [vals([pt(30, '%', { year: 2021 })]), pct(50), pct(80)],
  432: [ref(2021), pct(40), pct(50)],
  433: [newMeasure, inc, inc],
  434: [newMeasure, inc, inc],
  435: [vals([y19(87, '%', { subPeriod: 'T1' }), y19(87.4, '%', { subPeriod: 'T2' }), y19(87.1, '%', { subPeriod: 'T3' })]), pct(95), pct(95)],
  // The plan prints T1 twice; both pairs are kept so a person can see and correct it.
  436: [tertialsBySex(['T1', 'T1', 'T2'], [[89.7, 89.2], [91.8, 91.7], [91.8, 91.9]]), pct(100), pct(100)],
  437: [tertialsBySex(['T1', 'T2', 'T3'], [[60, 65], [56, 63], [57, 64]]), { ...pct(100), month: 12 }, pct(100)],
  438: [tertialsBySex(['T1', 'T2', 'T3'], [[60, 65], [51, 55], [67, 72]]), { ...pct(100), month: 12 }, pct(100)],
  439: [tertialsBySex(['T1', 'T2', 'T3'], [[61, 42], [31, 24], [41, 41]]), { ...pct(100), month: 12 }, pct(100)],
  440: [tertialsBySex(['T1', 'T2', 'T3'], [[26, 19], [12, 9], [13, 15]]), { ...pct(100), month: 12 }, pct(100)],
  441: [vals([pt(68, '%', { year: 2021, subPeriod: 'T1' })]), pct(70), pct(100)],
  460: [vals([y19(8520, null, { sex: 'K' }), y19(4458, null, { sex: 'M' })]), inc, inc],
  461: [ref(2020), inc, none],
  462: [
    vals(
      [['40', 16, 13], ['50', 29, 18], ['60', 32, 22]].flatMap(([age, k, m]) => [
        y19(k as number, '%', { ageBand: age as string, sex: 'K' }),
        y19(m as number, '%', { ageBand: age as string, sex: 'M' }),
      ]),
    ),
    pct(35),
    pct(50),
  ],
  463: [newMeasure, inc, inc],
  474: [vals([pt(0, null, { year: 2020 })]), lvl(14), lvl(14)],
  487: [ref(2021), pct(40), pct(50)],
  488: [newMeasure, dec, dec],
  499: [ref(2021), dec, dec],
  500: [vals([pt(19.2, null, { year: 2020 })]), inc, inc],
  501: [newMeasure, inc, inc],
  510: [vals([y19(73.4, '%')]), pct(80), pct(85)],
  511: [vals([y19(56, 'st', { subPeriod: 'T1' }), y19(40, 'st', { subPeriod: 'T2' }), y19(57, 'st', { subPeriod: 'T3' })]), dec, dec],
  526: [vals([y19(50, '%', { sex: 'K' }), y19(47, '%', { sex: 'M' })]), pct(70), pct(75)],
  527: [vals([y19(9.9, '%')]), pct(7), none],
  528: [vals([y19(16.9, '%', { sex: 'K' }), y19(18, '%', { sex: 'M' })]), perSex(16, 17.2), perSex(15, 15.5)],
  529: [vals([y19(78, '%')]), pct(85), inc],
  540: [vals([pt(0, null, { year: 2020, denominator: 6 })]), { kind: 'fraction', numerator: 6, denominator: 25 }, { kind: 'pending', year: 2022 }],
  541: [vals([pt(1, null, { year: 2021 })]), lvl(14), { kind: 'pending', year: 2022 }],
  542: [vals([y19(275, 'st')]), lvl(270), lvl(245)],
  559: [vals([y19(7, '%')]), lvl(6.5, '%', '<'), lvl(5, '%', '<')],
  560: [
    vals([y19(207, null), y19(82, null, { sex: 'K' }), y19(125, null, { sex: 'M' })]),
    { kind: 'relative-change', direction: 'decrease', percent: 50, reference: { type: 'period', period: '2020' } },
    none,
  ],
  561: [vals([y19(63, '%', { sex: 'K' }), y19(63, '%', { sex: 'M' })]), pct(70), pct(100)],
  574: [ref(2021), dec, dec],
  575: [ref(2021), pct(95), pct(100)],
  576: [previous, inc, none],
  585: [previous, qual, none],
  586: [previous, { kind: 'direction', direction: 'improve', reference: base }, none],
  593: [ref(2019), dec, { kind: 'benchmark', relation: 'low-stable', reference: { type: 'series', series: 'other-regions' } }],
  594: [
    ref(2020, '12'),
    { kind: 'direction', direction: 'increase', reference: { type: 'period', period: '2020-12' } },
    { kind: 'same-as', reference: { type: 'period', period: '2019-12' } },
  ],
  602: [vals([pt(78, null)], { uncertain: true }), inc, inc],
  603: [vals([pt(80, null)], { uncertain: true }), inc, inc],
  604: [previous, inc, pct(100)],
  605: [previous, pct(50), none],
  620: [vals([pt(6.4, '%', { year: 2020, ...forecast })]), lvl(1), lvl(1)],
  621: [vals([pt(110, 'mnkr', { year: 2020, ...forecast })]), lvl(0), lvl(0)],
  622: [vals([pt(55, '%', { year: 2020, ...forecast })]), perReport(56, 57, 58), perReport(65, 66, 67)],
  633: [
    vals([
      y19(5.9, '%', { label: 'Som vård, SV' }),
      y19(6.3, '%', { label: 'Som vård, ÖV' }),
      y19(7.6, '%', { label: 'Psykiatri (exkl rättspsykiatri), SV' }),
      y19(9.5, '%', { label: 'Psykiatri (exkl rättspsykiatri), ÖV' }),
    ]),
    { kind: 'gap', direction: 'decrease', reference: { type: 'period', period: '2019' } },
    { kind: 'benchmark', relation: 'equal', reference: { type: 'series', series: 'riket' } },
  ],
  634: [vals([y19(5, '%')]), dec, dec],
  635: [
    ref(2020),
    { kind: 'direction', direction: 'increase', reference: { type: 'same-period-previous-year' } },
    { kind: 'direction', direction: 'increase', reference: { type: 'same-period-previous-year' } },
  ],
  636: [vals([y19(47.6, '%', { label: 'Som vård' }), y19(48, '%', { label: 'Psykiatrisk vård' })]), inc, inc],
  637: [vals([pt(458, 'kr', { year: 2018 }), pt(274, 'kr', { year: 2020, ...forecast })]), lvl(350, 'kr'), lvl(330, 'kr')],
  638: [newMeasure, pct(90), none],
};

describe('seed 001 measure cells', () => {
  const fileRows = readSeedRows();

  it('match the seed file row for row, verbatim', () => {
    expect(fileRows).toHaveLength(58);
    expect(SEED_001_MEASURE_CELLS).toEqual(fileRows);
  });

  it('each have exactly one expectation', () => {
    expect(Object.keys(EXPECTED).map(Number)).toEqual(SEED_001_MEASURE_CELLS.map((r) => r.line));
  });
});

describe.each(SEED_001_MEASURE_CELLS.map((row) => [row.line, row] as const))('seed 001 line %i', (line, row) => {
  const [baseline, target2022, target2024] = EXPECTED[line] ?? [undefined, undefined, undefined];

  it(`baseline ${JSON.stringify(row.baseline)}`, () => {
    const parsed = parseBaseline(row.baseline);
    expect(parsed.text).toBe(row.baseline.trim());
    expect(structure(parsed)).toEqual(baseline);
  });

  it(`target 2022 ${JSON.stringify(row.target2022)}`, () => {
    const parsed = parseTarget(row.target2022);
    expect(parsed.text).toBe(row.target2022.trim());
    expect(structure(parsed)).toEqual(target2022);
  });

  it(`target 2024 ${JSON.stringify(row.target2024)}`, () => {
    const parsed = parseTarget(row.target2024);
    expect(parsed.text).toBe(row.target2024.trim());
    expect(structure(parsed)).toEqual(target2024);
  });

  it('is described in every language', () => {
    for (const lang of LANGS) {
      for (const sentence of [
        describeBaseline(parseBaseline(row.baseline), lang),
        describeTarget(parseTarget(row.target2022), lang),
        describeTarget(parseTarget(row.target2024), lang),
      ]) {
        expect(sentence).not.toMatch(/undefined|NaN|null|\[object/);
        expect(sentence.trim()).not.toBe('');
      }
    }
  });
});
