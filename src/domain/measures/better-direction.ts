/**
 * Which way a measure gets better, read from what its plan row says, never guessed:
 *
 * | step | source      | says                                                                                   |
 * |------|-------------|----------------------------------------------------------------------------------------|
 * | 1    | target      | a word or operator: `Minska`, `Öka`, `Under 6,5 %`, `Minst 25 000`, `Minska med 50 %`    |
 * | 2    | name        | a phrase that fixes the direction: `väntetid`, `vårdskador`, `återinskrivningar`, or     |
 * |      |             | `andel … som väntat 90 dagar eller kortare` (up) vs `… längre än 90 dagar` (down)        |
 * | 3    | target-path | the plan's targets over its years only rise (`12` → `14`) or only fall (`270` → `245`)  |
 * | 4    | baseline    | every bare-number target lies on the same side of every baseline number (`2019: 6` → `12`) |
 *
 * Anything else is null: the scorecard says "riktning saknas" to editors and lists the measure.
 */
import type { Baseline, Sex, Target } from '../targets/types';

export type DirectionSource = 'target' | 'name' | 'target-path' | 'baseline';

export interface InferredDirection {
  direction: 'increase' | 'decrease';
  from: DirectionSource;
}

/** Name phrases (lower case, Swedish and Danish) where a lower value is better. */
const LOWER_IS_BETTER: readonly RegExp[] = [
  /väntetid|ventetid/,
  /vårdskad|vårdrelaterade infektion|patientskad/,
  /återinskriv|genindlæg/,
  /utskrivningsklar|færdigbehandlede indlagte/,
  /sjukfrånvaro|sygefravær/,
  /överbeläggning|overbelægning/,
  /som väntat (mer|längre) än|som ventet (mere|længere) end/,
  /självmord|selvmord|dödlighet|dødelighed/,
  /antibiotikarecept|antibiotikaordination/,
];

/** Name phrases where a higher value is better. */
const HIGHER_IS_BETTER: readonly RegExp[] = [
  /som väntat \d+ dagar eller kortare|som ventet \d+ dage eller kortere/,
  /inom \d+ (dagar|timmar)|inden for \d+ (dage|timer)/,
  /tillgänglighet|tilgængelighed/,
  /nöjd|tilfreds/,
];

/** The direction a target states in words or with an operator; a bare number states none. */
export function statedDirection(t: Target): 'increase' | 'decrease' | null {
  switch (t.kind) {
    case 'direction':
      return t.direction === 'improve' ? null : t.direction;
    case 'relative-change':
    case 'absolute-change':
      return t.direction;
    case 'level':
      if (t.op === '<' || t.op === '<=') return 'decrease';
      if (t.op === '>' || t.op === '>=') return 'increase';
      return null;
    case 'per-sex':
    case 'per-report-period':
    case 'average':
    case 'compound': {
      const inner = t.kind === 'average' ? [t.target] : t.kind === 'compound' ? t.parts : Object.values(t.targets).filter((x): x is Target => x !== undefined);
      return inner.map(statedDirection).find((d) => d !== null) ?? null;
    }
    default:
      return null;
  }
}

/** The direction a measure's name fixes, when it matches exactly one side. */
export function nameDirection(name: string): 'increase' | 'decrease' | null {
  const n = name.toLowerCase();
  // "som väntat 90 dagar eller kortare" names a wait but counts those who did not wait long: check the higher side's specific phrases first.
  const up = HIGHER_IS_BETTER.some((r) => r.test(n));
  const down = LOWER_IS_BETTER.some((r) => r.test(n));
  if (up && /som väntat \d+ dagar eller kortare|som ventet \d+ dage eller kortere/.test(n)) return 'increase';
  if (up === down) return null;
  return up ? 'increase' : 'decrease';
}

/** Bare-number levels of a target, per sex (T for a total): `12` -> T 12; `K 16,0 M 17,2` -> K 16, M 17,2. */
function bareLevels(t: Target, sex: Sex = 'T'): { sex: Sex; value: number }[] {
  if (t.kind === 'level' && t.op === null) return [{ sex, value: t.quantity.value }];
  if (t.kind === 'per-sex') return (Object.entries(t.targets) as [Sex, Target | undefined][]).flatMap(([s, inner]) => (inner ? bareLevels(inner, s) : []));
  return [];
}

/** Targets over the years (per sex): none lower than the year before and one higher -> increase; the mirror -> decrease; else null. */
function pathDirection(targets: { year: number; target: Target }[]): 'increase' | 'decrease' | null {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  let up = false;
  let down = false;
  for (let i = 1; i < sorted.length; i++) {
    const before = bareLevels(sorted[i - 1]!.target);
    const after = bareLevels(sorted[i]!.target);
    for (const a of after) {
      const b = before.find((x) => x.sex === a.sex);
      if (!b) continue;
      if (a.value > b.value) up = true;
      if (a.value < b.value) down = true;
    }
  }
  if (up === down) return null;
  return up ? 'increase' : 'decrease';
}

/** Every bare-number target above every outcome in the baseline (same sex, or the total) -> increase; every one below -> decrease. */
function baselineDirection(targets: { year: number; target: Target }[], baseline: Baseline): 'increase' | 'decrease' | null {
  if (baseline.kind !== 'values') return null;
  const outcomes = baseline.points.filter((p) => !p.forecast && p.ageBand === null && p.label === null);
  const levels = targets.flatMap((t) => bareLevels(t.target));
  if (outcomes.length === 0 || levels.length === 0) return null;
  let up = false;
  let down = false;
  for (const l of levels) {
    for (const p of outcomes) {
      if (p.sex !== l.sex && p.sex !== 'T' && l.sex !== 'T') continue;
      if (l.value > p.quantity.value) up = true;
      else if (l.value < p.quantity.value) down = true;
    }
  }
  if (up === down) return null;
  return up ? 'increase' : 'decrease';
}

/** The better direction a measure's row states, and what stated it; null when nothing does. */
export function inferBetterDirection(input: { name: string; targets: { year: number; target: Target }[]; baseline: Baseline }): InferredDirection | null {
  const stated = input.targets.map((t) => statedDirection(t.target)).find((d) => d !== null);
  if (stated) return { direction: stated, from: 'target' };
  const byName = nameDirection(input.name);
  if (byName) return { direction: byName, from: 'name' };
  const path = pathDirection(input.targets);
  if (path) return { direction: path, from: 'target-path' };
  const base = baselineDirection(input.targets, input.baseline);
  if (base) return { direction: base, from: 'baseline' };
  return null;
}
