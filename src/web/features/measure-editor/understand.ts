/**
 * How a target or baseline being typed is understood, computed in the browser with the same pure
 * parser the server judges with, so the person sees a misreading before saving.
 */
import type { Lang } from '../../../domain/i18n/lang';
import { formatQuantity } from '../../../domain/numbers';
import { describeBaseline, parseBaseline, parseTarget } from '../../../domain/targets';
import { describeTargetParts } from '../../../domain/targets/describe';
import { interpretTarget, type TargetInterpretation } from '../../../domain/targets/interpret';

export type Better = 'higher' | 'lower' | 'equal' | null;

/** The part of `interpretTarget` that this form uses. */
export type TargetReading = Pick<TargetInterpretation, 'understood' | 'better' | 'sentence'>;

/** How the text is read: the domain's own interpretation, the same the CLI gives. */
export const readTarget: (text: string, lang: Lang) => TargetReading = interpretTarget;

export type TargetUnderstanding =
  | { state: 'empty' }
  | { state: 'not-understood' }
  | {
      state: 'understood';
      sentence: string;
      /** What is aimed at, the first part of `sentence` (`Under 6,5 %`); null where the sentence has its own shape (per sex, per report). */
      aim: string | null;
      /** The rule as the sentence states it (`uppfyllt om värdet ≤ värdet för 2020 − 50 %`), used where the form has none of its own. */
      describedRule: string | null;
      better: Better;
      /** Whether `better` came from the measure's "better is" rather than from the text. */
      betterFromMeasure: boolean;
      /** For a level: met when the value relates so to the number, e.g. `{ op: '<', value: '6,5 %' }`. */
      rule: { op: '<' | '≤' | '>' | '≥' | '='; value: string } | null;
      /** The text leaves the direction to the measure, and the measure does not say it: it cannot be judged. */
      needsDirection: boolean;
    };

const OP_SYMBOL = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=' } as const;

/** Reads one target text as the server will judge it, with the measure's better direction (null when not set). */
export function understandTarget(text: string, lang: Lang, betterDirection: 'increase' | 'decrease' | null): TargetUnderstanding {
  if (text.trim() === '') return { state: 'empty' };
  const reading = readTarget(text, lang);
  if (!reading.understood) return { state: 'not-understood' };
  const target = parseTarget(text);
  const fromMeasure: Better = betterDirection === 'increase' ? 'higher' : betterDirection === 'decrease' ? 'lower' : null;
  const better = reading.better ?? fromMeasure;
  let rule: { op: '<' | '≤' | '>' | '≥' | '='; value: string } | null = null;
  let needsDirection = false;
  if (target.kind === 'level') {
    // A bare number is judged against the measure's direction: at least when higher is better, at most when lower is.
    const op = target.op ?? (betterDirection === 'increase' ? '>=' : betterDirection === 'decrease' ? '<=' : null);
    if (op) rule = { op: OP_SYMBOL[op], value: formatQuantity(target.quantity, lang) };
    else needsDirection = true;
  } else if (target.kind === 'fraction') {
    rule = { op: '≥', value: String(target.numerator) };
  } else if ((target.kind === 'direction' && target.direction === 'improve') || target.kind === 'same-as') {
    needsDirection = betterDirection === null;
  }
  const parts = describeTargetParts(target, lang);
  return { state: 'understood', sentence: reading.sentence, aim: parts?.what ?? null, describedRule: parts?.rule ?? null, better, betterFromMeasure: reading.better === null && better !== null, rule, needsDirection };
}

export type BaselineUnderstanding = { state: 'empty' } | { state: 'not-understood' } | { state: 'understood'; sentence: string };

/** Reads a baseline text: the numbers and periods found, or that a person must read it. */
export function understandBaseline(text: string, lang: Lang): BaselineUnderstanding {
  if (text.trim() === '') return { state: 'empty' };
  const baseline = parseBaseline(text);
  if (baseline.kind === 'qualitative') return { state: 'not-understood' };
  if (baseline.kind === 'none') return { state: 'empty' };
  return { state: 'understood', sentence: describeBaseline(baseline, lang) };
}
