/**
 * The target a period's year is judged against, as the plan chooses between target years: the
 * next target ("nästa mål", the default) or a straight line between the targets around the year
 * ("rak linje"). The choice says how it was reached, so the status sentence can name it.
 */
import type { Lang, Localized } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import { formatQuantity } from '../numbers';
import type { Target } from '../targets/types';
import { selectTarget, type YearTarget } from './select-target';

/** How a plan judges the years between its target years. */
export type TargetBetweenYears = 'next-target' | 'straight-line';
export const TARGET_BETWEEN_YEARS: readonly TargetBetweenYears[] = ['next-target', 'straight-line'];
export const DEFAULT_TARGET_BETWEEN_YEARS: TargetBetweenYears = 'next-target';

type LevelTarget = Extract<Target, { kind: 'level' }>;

/** The target used for a year and how it was reached. */
export interface ChosenTarget {
  /** The year the target is for: the target year, or the period's year on a straight line. */
  year: number;
  target: Target;
  /**
   * `own-year`: the year has a target; `next`: the next target year's; `last`: after the last target
   * year; `straight-line`: read off the line between `line.from` and `line.to`.
   */
  how: 'own-year' | 'next' | 'last' | 'straight-line';
  line?: { from: YearTarget; to: YearTarget };
  /** Set when the plan asks for a straight line but the targets around the year are not two comparable numbers. */
  noLine?: true;
}

/** The target that applies in `periodYear` under the plan's choice `mode`; null when the measure has no targets. */
export function targetForYear(targets: readonly YearTarget[], periodYear: number, mode: TargetBetweenYears = DEFAULT_TARGET_BETWEEN_YEARS): ChosenTarget | null {
  const next = selectTarget([...targets], periodYear);
  if (!next) return null;
  const how = next.year === periodYear ? 'own-year' : next.year > periodYear ? 'next' : 'last';
  if (mode !== 'straight-line' || how !== 'next') return { ...next, how };
  const before = targets
    .filter((t) => t.target.kind !== 'none' && t.year < periodYear)
    .sort((a, b) => b.year - a.year)[0];
  // Before the first target year there is no line to draw: the first target applies, as with "next target".
  if (!before) return { ...next, how };
  const from = asLevel(before.target);
  const to = asLevel(next.target);
  if (!from || !to || !sameKind(from, to)) return { ...next, how, noLine: true };
  const share = (periodYear - before.year) / (next.year - before.year);
  const value = roundTo(from.quantity.value + (to.quantity.value - from.quantity.value) * share, decimalsOf(from.quantity.value, to.quantity.value) + 1);
  const quantity = { value, unit: to.quantity.unit };
  const target: LevelTarget = {
    kind: 'level',
    op: to.op,
    quantity,
    ...(to.month !== undefined ? { month: to.month } : {}),
    ...(to.noun !== undefined ? { noun: to.noun } : {}),
    text: `${OP_TEXT[to.op ?? 'none']}${formatQuantity(quantity, 'sv')}`,
  };
  return { year: periodYear, target, how: 'straight-line', line: { from: before, to: next } };
}

function asLevel(t: Target): LevelTarget | null {
  return t.kind === 'level' && t.year === undefined ? t : null;
}

/** Two levels a line can join: the same comparison, unit, month and noun. */
function sameKind(a: LevelTarget, b: LevelTarget): boolean {
  return a.op === b.op && a.quantity.unit === b.quantity.unit && a.month === b.month && (a.noun ?? '') === (b.noun ?? '');
}

const OP_TEXT: Record<NonNullable<LevelTarget['op']> | 'none', string> = { '<': '< ', '<=': '≤ ', '>': '> ', '>=': '≥ ', '=': '', none: '' };

function decimalsOf(...values: number[]): number {
  return Math.max(...values.map((v) => (Number.isInteger(v) ? 0 : (String(v).split('.')[1]?.length ?? 0))));
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * What the sentence says about the target used, before the rule's own sentence; null when the year
 * has its own target. sv: `Mål 2024: 50 %, rak linje mellan 2022 (40 %) och 2024 (50 %) → 45 % för 2023`,
 * `Mål 2024 (nästa målår)`, `Mål 2024 (senaste målåret)`.
 */
export function targetUsedText(chosen: ChosenTarget, periodYear: number): Localized | null {
  if (chosen.how === 'own-year') return null;
  return Object.fromEntries(LANGS.map((lang) => [lang, targetUsedIn(chosen, periodYear, lang)])) as Localized;
}

const WORDS = {
  sv: { target: 'Mål', next: 'nästa målår', last: 'senaste målåret', line: 'rak linje mellan', and: 'och', for: 'för', noLine: 'rak linje kräver två tal av samma slag' },
  da: { target: 'Mål', next: 'næste målår', last: 'seneste målår', line: 'ret linje mellem', and: 'og', for: 'for', noLine: 'ret linje kræver to tal af samme slags' },
  en: { target: 'Target', next: 'the next target year', last: 'the last target year', line: 'straight line between', and: 'and', for: 'for', noLine: 'a straight line needs two numbers of the same kind' },
} as const;

function targetUsedIn(chosen: ChosenTarget, periodYear: number, lang: Lang): string {
  const w = WORDS[lang];
  if (chosen.how === 'straight-line' && chosen.line) {
    const { from, to } = chosen.line;
    const q = (t: Target) => (t.kind === 'level' ? formatQuantity(t.quantity, lang) : t.text);
    const reached = chosen.target.kind === 'level' ? formatQuantity(chosen.target.quantity, lang) : chosen.target.text;
    return `${w.target} ${to.year}: ${to.target.text}, ${w.line} ${from.year} (${q(from.target)}) ${w.and} ${to.year} (${q(to.target)}) → ${reached} ${w.for} ${periodYear}`;
  }
  const which = chosen.how === 'last' ? w.last : w.next;
  return `${w.target} ${chosen.year} (${which}${chosen.noLine ? `; ${w.noLine}` : ''})`;
}
