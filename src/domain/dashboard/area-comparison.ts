/** One measure compared across org units: its values by area for a period, ranked, with the whole beside them. */
import { type Direction, spread, type Spread } from '../equality';
import type { Sex } from '../targets/types';

export interface AreaPoint {
  sex: Sex;
  ageBand: string | null;
  area: string | null;
  value: number;
}

export interface RankedArea {
  name: string;
  value: number;
  /** 1 for the best value (or the highest when the better direction is unknown); equal values share a rank. */
  rank: number;
  /** Value minus the whole's value; null without a value for the whole. */
  fromWhole: number | null;
}

export interface AreaComparison {
  sex: Sex;
  /** The value for the whole region (area ''), when entered. */
  whole: number | null;
  areas: RankedArea[];
  /** How the ranking was ordered. */
  order: 'best-first' | 'highest-first';
  spread: Spread | null;
}

/**
 * Ranks the areas' values for one sex (all ages) best first by the measure's better direction,
 * or highest first when it is unknown; names break ties so that the order is stable.
 */
export function compareAreas(points: AreaPoint[], sex: Sex, direction: Direction): AreaComparison {
  const ofSex = points.filter((p) => p.sex === sex && !p.ageBand?.trim());
  const whole = ofSex.find((p) => !p.area?.trim())?.value ?? null;
  const byArea = new Map<string, number>();
  for (const p of ofSex) {
    const name = p.area?.trim();
    if (name && !byArea.has(name)) byArea.set(name, p.value);
  }
  const sign = direction === 'decrease' ? 1 : -1;
  const sorted = [...byArea]
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => sign * (a.value - b.value) || a.name.localeCompare(b.name, 'sv'));
  const areas: RankedArea[] = [];
  sorted.forEach((a, i) => {
    const prev = areas[i - 1];
    const rank = prev && prev.value === a.value ? prev.rank : i + 1;
    areas.push({ ...a, rank, fromWhole: whole === null ? null : a.value - whole });
  });
  return {
    sex,
    whole,
    areas,
    order: direction === null ? 'highest-first' : 'best-first',
    spread: spread(sorted, sex, direction),
  };
}
