/**
 * The gap maths of equality analysis (seed 001: statistics by age, geography and sex,
 * analysed for jämlikhet and jämställdhet). Pure functions of numbers; no units, no I/O.
 */
import type { Sex } from '../targets/types';

/** Which way a measure gets better; null when nobody has said (then nobody is "worse off"). */
export type Direction = 'increase' | 'decrease' | null;

/** The gap between women (K) and men (M) for one measure and period. */
export interface SexGap {
  women: number;
  men: number;
  /** |K − M| in the measure's unit (procentenheter for a measure in %). */
  absolute: number;
  /** K − M: positive when women have the higher value. */
  signed: number;
  /**
   * Larger over smaller, so always ≥ 1 and the same whichever sex is named first; null when
   * a value is zero or the two have different signs (a ratio would say nothing then).
   */
  ratio: number | null;
  /** ratio − 1: 0,12 means the higher value is 12 % above the lower. */
  relative: number | null;
  /** The sex with the worse value given the better direction; null when equal or the direction is unknown. */
  worseOff: 'K' | 'M' | null;
}

/** The ratio of the larger to the smaller of two values, or null when it means nothing. */
export function gapRatio(a: number, b: number): number | null {
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return null;
  const lo = Math.min(Math.abs(a), Math.abs(b));
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return hi / lo;
}

/** Which of two values is worse given the better direction: -1 the first, 1 the second, 0 neither. */
function worseOf(a: number, b: number, direction: Direction): -1 | 0 | 1 {
  if (direction === null || a === b) return 0;
  const firstIsLower = a < b;
  // When higher is better the lower value is worse, and the other way round.
  return (direction === 'increase') === firstIsLower ? -1 : 1;
}

/** The gap between women's and men's values. */
export function sexGap(women: number, men: number, direction: Direction): SexGap {
  const ratio = gapRatio(women, men);
  const worse = worseOf(women, men, direction);
  return {
    women,
    men,
    absolute: Math.abs(women - men),
    signed: women - men,
    ratio,
    relative: ratio === null ? null : ratio - 1,
    worseOff: worse === -1 ? 'K' : worse === 1 ? 'M' : null,
  };
}

/** One named value in a spread: an area (kommun) or an age band. */
export interface NamedValue {
  name: string;
  value: number;
}

/** The spread between the lowest and highest of several areas or age bands. */
export interface Spread {
  /** Which sex the values are for (T for the whole population). */
  sex: Sex;
  lowest: NamedValue;
  highest: NamedValue;
  /** How many areas or bands were compared (at least two). */
  count: number;
  absolute: number;
  ratio: number | null;
  relative: number | null;
  /** The area or band with the worse value given the better direction; null when unknown or all equal. */
  worst: NamedValue | null;
}

/**
 * The spread between the lowest and highest value among areas or age bands; null for fewer
 * than two. Ties on value are broken by name so that the result does not depend on input order.
 */
export function spread(values: NamedValue[], sex: Sex, direction: Direction): Spread | null {
  if (values.length < 2) return null;
  const sorted = [...values].sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, 'sv'));
  const lowest = sorted[0]!;
  const highest = sorted[sorted.length - 1]!;
  const ratio = gapRatio(lowest.value, highest.value);
  const worst = lowest.value === highest.value || direction === null ? null : direction === 'increase' ? lowest : highest;
  return {
    sex,
    lowest,
    highest,
    count: values.length,
    absolute: highest.value - lowest.value,
    ratio,
    relative: ratio === null ? null : ratio - 1,
    worst,
  };
}
