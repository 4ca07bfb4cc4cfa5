import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMeasure, analysePeriod, gapTrend, type BreakdownPoint } from './analyse';
import { DEFAULT_THRESHOLDS, exceededRules } from './thresholds';

const whole = (sex: 'K' | 'M' | 'T', value: number): BreakdownPoint => ({ sex, ageBand: null, area: null, value });
const area = (name: string, value: number, sex: 'K' | 'M' | 'T' = 'T'): BreakdownPoint => ({ sex, ageBand: null, area: name, value });
const age = (band: string, value: number): BreakdownPoint => ({ sex: 'T', ageBand: band, area: null, value });

describe('exceededRules', () => {
  it('flags a relative gap at the threshold, not below it', () => {
    expect(exceededRules({ absolute: 1, relative: 0.1 }, '%', DEFAULT_THRESHOLDS)).toEqual(['relative']);
    expect(exceededRules({ absolute: 1, relative: 0.0999 }, '%', DEFAULT_THRESHOLDS)).toEqual([]);
  });
  it('applies the absolute rule in percentage points to measures in percent only', () => {
    const t = { relativeGap: 0.5, absolutePoints: 2 };
    expect(exceededRules({ absolute: 2.5, relative: 0.03 }, '%', t)).toEqual(['absolute']);
    expect(exceededRules({ absolute: 2.5, relative: 0.03 }, 'kr', t)).toEqual([]);
  });
  it('never flags no gap, and a lower threshold flags at least what a higher one does', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (absolute, relative, threshold) => {
          const low = exceededRules({ absolute, relative }, '%', { relativeGap: threshold / 2, absolutePoints: null });
          const high = exceededRules({ absolute, relative }, '%', { relativeGap: threshold, absolutePoints: null });
          if (high.length) expect(low).toEqual(high);
          expect(exceededRules({ absolute: 0, relative: 0 }, '%', { relativeGap: threshold, absolutePoints: 0 })).toEqual([]);
        },
      ),
    );
  });
});

describe('analysePeriod', () => {
  it('flags the sex gap and the area spread of a re-admission measure and keeps age bands apart', () => {
    const points = [whole('K', 16.1), whole('M', 18.4), whole('T', 17.2), area('Luleå', 15.2), area('Kiruna', 19.8), age('65–79 år', 14.0), age('80+ år', 14.9)];
    const r = analysePeriod('2022-DÅ08', points, 'decrease', '%', DEFAULT_THRESHOLDS);
    expect(r.sex?.absolute).toBeCloseTo(2.3, 10);
    expect(r.sex?.worseOff).toBe('M');
    expect(r.areas).toHaveLength(1);
    expect(r.areas[0]!.worst?.name).toBe('Kiruna');
    expect(r.ageBands[0]!.lowest.name).toBe('65–79 år');
    expect(r.flags.map((f) => f.dimension)).toEqual(['sex', 'area']);
  });
  it('has no sex gap without both sexes', () => {
    const r = analysePeriod('2022', [whole('K', 5), whole('T', 5)], 'increase', '%', DEFAULT_THRESHOLDS);
    expect(r.sex).toBeNull();
    expect(r.flags).toEqual([]);
  });
  it('compares areas per sex', () => {
    const r = analysePeriod('2022', [area('Luleå', 1, 'K'), area('Kiruna', 2, 'K'), area('Luleå', 3, 'M')], null, null, DEFAULT_THRESHOLDS);
    expect(r.areas.map((a) => a.sex)).toEqual(['K']);
  });
});

describe('gapTrend', () => {
  it('says whether the gap between women and men narrowed', () => {
    const series = new Map<string, BreakdownPoint[]>([
      ['2022-DÅ04', [whole('K', 16.0), whole('M', 18.5)]],
      ['2022', [whole('K', 16.0), whole('M', 17.0)]],
      ['2022-DÅ08', [whole('K', 16.1), whole('M', 18.4)]],
    ]);
    const periods = analyseMeasure(series, 'decrease', '%', DEFAULT_THRESHOLDS);
    expect(periods.map((p) => p.period)).toEqual(['2022-DÅ04', '2022-DÅ08', '2022']);
    const trend = gapTrend(periods);
    expect(trend.sex.sincePrevious?.direction).toBe('narrowing');
    expect(trend.sex.sincePrevious?.change).toBeCloseTo(-1.3, 10);
    expect(trend.sex.sinceFirst?.fromPeriod).toBe('2022-DÅ04');
    expect(trend.area.sincePrevious).toBeNull();
  });
});
