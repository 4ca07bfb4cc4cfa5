/**
 * How a target or baseline being typed is understood, computed in the browser with the same pure
 * parser the server judges with, so the person sees a misreading before saving.
 */
import type { Lang } from '../../../domain/i18n/lang';
import { formatQuantity } from '../../../domain/numbers';
import { describeBaseline, describeTarget, parseBaseline, parseTarget } from '../../../domain/targets';
import type { Target } from '../../../domain/targets';

export type Better = 'higher' | 'lower' | 'equal' | null;

/** The part of `interpretTarget` (src/domain/targets/interpret.ts, on its way) that this form uses. */
export interface TargetReading {
  understood: boolean;
  better: Better;
  sentence: string;
}

/** Until interpretTarget is merged: the same reading from parseTarget/describeTarget. */
function readWithParser(text: string, lang: Lang): TargetReading {
  const target = parseTarget(text);
  const understood = target.kind !== 'qualitative' && target.kind !== 'none';
  return { understood, better: understood ? betterOf(target) : null, sentence: describeTarget(target, lang) };
}

/** The one line to change to `interpretTarget` once it is on main. */
export const readTarget: (text: string, lang: Lang) => TargetReading = readWithParser;

function betterOf(t: Target): Better {
  switch (t.kind) {
    case 'level':
      if (t.op === '>' || t.op === '>=') return 'higher';
      if (t.op === '<' || t.op === '<=') return 'lower';
      return t.op === '=' ? 'equal' : null;
    case 'fraction':
      return 'higher';
    case 'direction':
      return t.direction === 'improve' ? null : t.direction === 'increase' ? 'higher' : 'lower';
    case 'relative-change':
      return t.direction === 'increase' ? 'higher' : 'lower';
    case 'gap':
      return t.direction === 'decrease' ? 'lower' : 'higher';
    case 'same-as':
      return 'equal';
    case 'benchmark':
      return t.relation === 'equal' ? 'equal' : t.relation === 'low-stable' ? 'lower' : null;
    case 'per-sex':
    case 'per-report-period':
      return Object.values(t.targets).map((s) => (s ? betterOf(s) : null)).find((b) => b !== null) ?? null;
    default:
      return null;
  }
}

export type TargetUnderstanding =
  | { state: 'empty' }
  | { state: 'not-understood' }
  | {
      state: 'understood';
      sentence: string;
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
  return { state: 'understood', sentence: reading.sentence, better, betterFromMeasure: reading.better === null && better !== null, rule, needsDirection };
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
