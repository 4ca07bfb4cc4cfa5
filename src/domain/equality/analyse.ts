/** Equality analysis of one measure: gaps by sex, area and age band per period, flags and the gap's trend. */
import { comparePeriodKeys } from '../periods';
import { isNationalArea } from '../fulfilment/national';
import type { Sex, Unit } from '../targets/types';
import { type Direction, type NamedValue, type SexGap, type Spread, sexGap, spread } from './gaps';
import { type EqualityThresholds, type ExceededRule, exceededRules } from './thresholds';

/** A stored value with its breakdown; '' or null means "all ages" / "the whole area". */
export interface BreakdownPoint {
  sex: Sex;
  ageBand: string | null;
  area: string | null;
  value: number;
}

/** A gap that exceeded a threshold. */
export interface EqualityFlag {
  dimension: 'sex' | 'area' | 'age';
  /** For areas and age bands: whose values were compared (T = the whole population). */
  sex: Sex | null;
  rules: ExceededRule[];
}

/** Everything the analysis found for one measure and period. */
export interface PeriodEquality {
  period: string;
  /** Women against men for the whole population; null without both values. */
  sex: SexGap | null;
  /** Lowest against highest area, once per sex that has at least two areas (T first). */
  areas: Spread[];
  /** Youngest-to-oldest is not assumed: lowest against highest age band, per sex. */
  ageBands: Spread[];
  flags: EqualityFlag[];
}

const SEX_ORDER: Sex[] = ['T', 'K', 'M'];
const blank = (s: string | null) => !s || s.trim() === '';

function spreadsBy(points: BreakdownPoint[], key: (p: BreakdownPoint) => string | null, direction: Direction): Spread[] {
  const out: Spread[] = [];
  for (const sex of SEX_ORDER) {
    const named = new Map<string, number>();
    for (const p of points) {
      const name = key(p);
      if (p.sex === sex && name && !named.has(name)) named.set(name, p.value);
    }
    const values: NamedValue[] = [...named].map(([name, value]) => ({ name, value }));
    const s = spread(values, sex, direction);
    if (s) out.push(s);
  }
  return out;
}

/**
 * Analyses one period's values. Sex gap: whole-population K against M. Areas: values with an
 * area and no age band. Age bands: values with an age band and no area. Each gap is flagged
 * when it reaches one of the plan's thresholds.
 */
export function analysePeriod(
  period: string,
  points: BreakdownPoint[],
  direction: Direction,
  unit: Unit | string | null,
  thresholds: EqualityThresholds,
): PeriodEquality {
  const whole = points.filter((p) => blank(p.ageBand) && blank(p.area));
  const women = whole.find((p) => p.sex === 'K');
  const men = whole.find((p) => p.sex === 'M');
  const sex = women && men ? sexGap(women.value, men.value, direction) : null;
  const areas = spreadsBy(
    // The national value ("Riket") is what the region is compared with, not one of its areas.
    points.filter((p) => blank(p.ageBand) && !blank(p.area) && !isNationalArea(p.area)),
    (p) => p.area?.trim() ?? null,
    direction,
  );
  const ageBands = spreadsBy(
    points.filter((p) => blank(p.area) && !blank(p.ageBand)),
    (p) => p.ageBand?.trim() ?? null,
    direction,
  );
  const flags: EqualityFlag[] = [];
  if (sex) {
    const rules = exceededRules(sex, unit, thresholds);
    if (rules.length) flags.push({ dimension: 'sex', sex: null, rules });
  }
  for (const [dimension, list] of [['area', areas], ['age', ageBands]] as const) {
    for (const s of list) {
      const rules = exceededRules(s, unit, thresholds);
      if (rules.length) flags.push({ dimension, sex: s.sex, rules });
    }
  }
  return { period, sex, areas, ageBands, flags };
}

/** Whether a period has anything to analyse: a sex gap, an area spread or an age-band spread. */
export function hasBreakdowns(p: PeriodEquality): boolean {
  return p.sex !== null || p.areas.length > 0 || p.ageBands.length > 0;
}

/** Analyses every period of a measure that has breakdowns, oldest first. */
export function analyseMeasure(
  series: Map<string, BreakdownPoint[]>,
  direction: Direction,
  unit: Unit | string | null,
  thresholds: EqualityThresholds,
): PeriodEquality[] {
  return [...series.keys()]
    .sort(comparePeriodKeys)
    .map((period) => analysePeriod(period, series.get(period) ?? [], direction, unit, thresholds))
    .filter(hasBreakdowns);
}

/** How a gap moved between two periods. */
export interface GapChange {
  fromPeriod: string;
  toPeriod: string;
  from: number;
  to: number;
  /** to − from: negative when the gap narrowed. */
  change: number;
  direction: 'narrowing' | 'widening' | 'unchanged';
}

/** The trend of a measure's gaps: the latest against the previous and against the first measured period. */
export interface GapTrend {
  sex: { sincePrevious: GapChange | null; sinceFirst: GapChange | null };
  /** The whole population's area spread (T), or the first sex that has one. */
  area: { sincePrevious: GapChange | null; sinceFirst: GapChange | null };
}

// Gaps closer than this count as unchanged: values are typed with at most a few decimals.
const SAME = 1e-9;

function change(from: { period: string; gap: number }, to: { period: string; gap: number }): GapChange {
  const delta = to.gap - from.gap;
  return {
    fromPeriod: from.period,
    toPeriod: to.period,
    from: from.gap,
    to: to.gap,
    change: delta,
    direction: Math.abs(delta) <= SAME ? 'unchanged' : delta < 0 ? 'narrowing' : 'widening',
  };
}

function trendOf(gaps: { period: string; gap: number }[]) {
  const last = gaps.at(-1);
  const previous = gaps.at(-2);
  const first = gaps[0];
  return {
    sincePrevious: last && previous ? change(previous, last) : null,
    sinceFirst: last && first && gaps.length > 2 ? change(first, last) : null,
  };
}

/**
 * Is the gap narrowing ("Minskad skillnad jmf 2019")? Compares absolute gaps of the periods
 * (oldest first) that have one; `sinceFirst` only when there are three or more, so that it
 * never repeats `sincePrevious`.
 */
export function gapTrend(periods: PeriodEquality[]): GapTrend {
  const sexGaps = periods.flatMap((p) => (p.sex ? [{ period: p.period, gap: p.sex.absolute }] : []));
  const areaSex = periods.flatMap((p) => p.areas.map((a) => a.sex)).sort((a, b) => SEX_ORDER.indexOf(a) - SEX_ORDER.indexOf(b))[0];
  const areaGaps = periods.flatMap((p) => {
    const s = p.areas.find((a) => a.sex === areaSex);
    return s ? [{ period: p.period, gap: s.absolute }] : [];
  });
  return { sex: trendOf(sexGaps), area: trendOf(areaGaps) };
}
