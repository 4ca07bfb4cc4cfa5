import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParsedMeasure, measureStatus, parseMeasure, type Series } from '../scorecard/measure-status';
import { SEED_001_MEASURE_CELLS } from '../../test-support/fixtures/seed-001-measure-cells.fixtures';
import { isRead, periodsRead } from './periods-read';

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
const KEY_SUFFIXES = ['', '-DÅ04', '-DÅ08', '-T1', '-T2', '-T3', '-Q1', '-Q4', '-04', '-08', '-11', '-12'];
const ALL_KEYS = YEARS.flatMap((y) => KEY_SUFFIXES.map((s) => `${y}${s}`));
const REPORTS = [2022, 2023, 2024].flatMap((y) => [`${y}-DÅ04`, `${y}-DÅ08`, String(y)]);

const seedMeasures: ParsedMeasure[] = SEED_001_MEASURE_CELLS.flatMap((c) =>
  (['flow', 'state'] as const).flatMap((valueNature) =>
    (['increase', 'decrease', null] as const).map((betterDirection) =>
      parseMeasure({ baselineText: c.baseline, targets: [{ year: 2022, text: c.target2022 }, { year: 2024, text: c.target2024 }], betterDirection, unit: null, valueNature }),
    ),
  ),
);
// Extra baselines that send the evaluation elsewhere in the series.
const extra = ['Tidigare mätning', '202012:', '2021 års antal', 'Nytt mått'].flatMap((baselineText) =>
  ['Öka', 'Samma som 201912', 'Öka jmf motsvarande kvarta året innan', 'Minska med 50 % jmf 2020', 'Minskad skillnad jmf 2019', 'K 16,0 M 17,2'].map((text) =>
    parseMeasure({ baselineText, targets: [{ year: 2022, text }, { year: 2024, text }], betterDirection: 'increase', unit: null, valueNature: 'cumulative' }),
  ),
);
// Phrasings from other regions, among them an average over named years that reads earlier years.
const others = ['Öka med 300 platser jmf 2020', 'Minska med 2 procentenheter', 'Ingen försämring', 'Öka och nå riksgenomsnittet', 'Minst 25 000 besök',
  'Resultatet ska i genomsnitt för åren 2020-2024 uppgå till minst 50', 'Bland de fem bästa regionerna'].map((text) =>
  parseMeasure({ baselineText: '2021 års antal', targets: [{ year: 2022, text }, { year: 2024, text }], betterDirection: 'increase', unit: null, valueNature: 'flow' }),
);
const measures = [...seedMeasures, ...extra, ...others];

const point = fc.record({ sex: fc.constantFrom('T' as const, 'K' as const, 'M' as const), value: fc.integer({ min: 0, max: 200 }) });
const series = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...ALL_KEYS), fc.array(point, { minLength: 1, maxLength: 3 })), { maxLength: 40, selector: ([k]) => k })
  .map((cells): Series => new Map(cells.map(([k, pts]) => [k, pts.map((p) => ({ ...p, ageBand: null, area: null }))])));

describe('periodsRead', () => {
  it('names every period an evaluation reads: judging on those alone gives the same status and explanation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: measures.length - 1 }), fc.constantFrom(...REPORTS), series, (i, period, full) => {
        const m = measures[i]!;
        const read = periodsRead(m.baseline, m.targets, period);
        const only = new Map([...full].filter(([k]) => isRead(read, k)));
        expect(measureStatus(m, only, period)).toEqual(measureStatus(m, full, period));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the period, its closing month, the year before and named reference periods', () => {
    const m = parseMeasure({ baselineText: '202012:', targets: [{ year: 2022, text: 'Samma som 201912' }], betterDirection: null, unit: null });
    const read = periodsRead(m.baseline, m.targets, '2022-DÅ08');
    expect([...read.keys].sort()).toEqual(['2019-12', '2020-12', '2021-08', '2021-DÅ08', '2022-08', '2022-DÅ08']);
    expect(read.earlier).toBeNull();
  });

  it('reads every earlier report of the same kind for "Tidigare mätning"', () => {
    const m = parseMeasure({ baselineText: 'Tidigare mätning', targets: [{ year: 2022, text: 'Öka' }], betterDirection: 'increase', unit: null });
    const read = periodsRead(m.baseline, m.targets, '2022-DÅ04');
    expect(read.earlier).toEqual({ beforeYear: 2022, suffixes: ['-DÅ04', '-04'] });
    expect(isRead(read, '2017-DÅ04')).toBe(true);
    expect(isRead(read, '2017-04')).toBe(true);
    expect(isRead(read, '2017-DÅ08')).toBe(false);
    expect(isRead(read, '2023-DÅ04')).toBe(false);
    expect(isRead(read, '2022-08')).toBe(false);
    expect(isRead(read, '2017-T1')).toBe(false);
  });

  it('reads every earlier year report and December for "Tidigare mätning" at a year report', () => {
    const m = parseMeasure({ baselineText: 'Tidigare mätning', targets: [{ year: 2024, text: 'Öka' }], betterDirection: 'increase', unit: null });
    const read = periodsRead(m.baseline, m.targets, '2024');
    expect(isRead(read, '2019')).toBe(true);
    expect(isRead(read, '2019-12')).toBe(true);
    expect(isRead(read, '2019-11')).toBe(false);
    expect(isRead(read, '2019-DÅ08')).toBe(false);
  });
});
