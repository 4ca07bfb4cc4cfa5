import { evaluateMeasure, type FulfilmentStatus, type YearTarget } from '../fulfilment';
import { type TargetBetweenYears, targetForYear, targetUsedText } from '../fulfilment/target-for-year';
import { baselinePeriodKey } from '../fulfilment/references';
import type { Lang, Localized } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import { formatQuantity } from '../numbers';
import { withReportValues } from '../periods/derive-report-values';
import type { ValueNature } from '../periods/value-nature';
import { inferBetterDirection } from '../measures/better-direction';
import { parseBaseline } from '../targets/parse-baseline';
import { parseTarget } from '../targets/parse-target';
import type { Baseline, Sex, Target, Unit } from '../targets/types';

/** What the status of one measure in one period is computed from. */
export interface MeasureFacts {
  /** The measure's name, which may state its better direction (`väntetid`) when none is stored. */
  name?: string;
  baselineText: string;
  targets: { year: number; text: string }[];
  betterDirection: 'increase' | 'decrease' | null;
  unit: string | null;
  /** How a period's number is meant; state and cumulative report values can be read off monthly ones. Default flow. */
  valueNature?: ValueNature;
}

/** A measure's whole-population values: period key -> points. */
export type Series = Map<string, { sex: Sex; ageBand: string | null; area: string | null; value: number; source?: string | null }[]>;

/** The `measure_values.source` of values fetched from Kolada, whose raw values must be credited "Källa: Kolada". */
export const KOLADA_SOURCE = 'Kolada';

export interface MeasurePeriodStatus {
  status: FulfilmentStatus;
  explanation: Localized;
  targetText: string | null;
  targetYear: number | null;
  valueText: Localized | null;
  /** Whether any value shown for the period was fetched from Kolada. */
  valueFromKolada: boolean;
  /** The value of a baseline that names a period (`2021`), once it is entered: shown wherever the baseline is. */
  baselineValueText: Localized | null;
  /** The period's whole-population total (sex T), for trends between periods; null without one. */
  total: number | null;
}

/** A measure's baseline and targets as understood: parse once, judge as many periods as needed. */
export interface ParsedMeasure {
  baseline: Baseline;
  targets: YearTarget[];
  betterDirection: 'increase' | 'decrease' | null;
  unit: Unit;
  valueNature: ValueNature;
  /** Whether a target needs a better direction that neither the measure nor its row states ("riktning saknas"). */
  directionMissing: boolean;
}

/**
 * A cache of parsed texts. Parsing is pure, and a plan repeats the same few hundred target
 * texts ("Öka", "95 %") across thousands of measures, so a scorecard of 2 000 measures would
 * otherwise spend most of its time parsing. Bounded: cleared when full.
 */
const MAX_CACHED = 20_000;
const targetCache = new Map<string, Target>();
const baselineCache = new Map<string, Baseline>();

function cached<T>(cache: Map<string, T>, text: string, parse: (text: string) => T): T {
  let hit = cache.get(text);
  if (hit === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    hit = parse(text);
    cache.set(text, hit);
  }
  return hit;
}

/** Parses a measure's baseline and target texts. The results are shared between calls: treat them as read-only. */
export function parseMeasure(m: MeasureFacts): ParsedMeasure {
  const baseline = cached(baselineCache, m.baselineText, parseBaseline);
  const targets = m.targets.map((t) => ({ year: t.year, target: cached(targetCache, t.text, parseTarget) }));
  // A direction a person stored wins; otherwise what the row states (a measure stored before the name was read has none).
  const betterDirection = m.betterDirection ?? inferBetterDirection({ name: m.name ?? '', targets, baseline })?.direction ?? null;
  return {
    baseline,
    targets,
    betterDirection,
    unit: m.unit as Unit,
    valueNature: m.valueNature ?? 'flow',
    directionMissing: betterDirection === null && targets.some((t) => needsDirection(t.target)),
  };
}

/** Whether judging a target may need the measure's better direction: a bare number, "Förbättra", "samma som", "bättre än riket". */
function needsDirection(t: Target): boolean {
  switch (t.kind) {
    case 'level':
      return t.op === null;
    case 'direction':
      return t.direction === 'improve';
    case 'same-as':
      return t.bound === undefined;
    case 'benchmark':
      return t.relation === 'better';
    case 'per-sex':
    case 'per-report-period':
      return Object.values(t.targets).some((x) => x !== undefined && needsDirection(x));
    case 'compound':
      return t.parts.some(needsDirection);
    case 'average':
      return needsDirection(t.target);
    default:
      return false;
  }
}

/** What a judgement may compare with besides the measure's own series. */
export interface JudgingContext {
  /** The national value ("riket") by period key (fulfilment/national.ts). */
  benchmarks?: Map<string, number>;
  /** The plan's first and last year, for targets averaged over the plan period. */
  planYears?: { from: number; to: number };
  /** How the plan judges years between target years (plans.target_between_years); default the next target. */
  targetBetweenYears?: TargetBetweenYears;
}

/** Judges one measure in one period against the target that applies to the period's year; a state or cumulative report without a value of its own is read off its closing month. */
export function measureStatus(m: ParsedMeasure, given: Series, period: string, context: JudgingContext = {}): MeasurePeriodStatus {
  const series = withReportValues(given, m.valueNature);
  const year = Number(period.slice(0, 4));
  const chosen = targetForYear(m.targets, year, context.targetBetweenYears);
  // A target read off a straight line is named by the sentence's head, not repeated as the rule's prefix.
  const judgedTarget = chosen ? (chosen.how === 'straight-line' ? { ...chosen.target, text: '' } : chosen.target) : null;
  const result = evaluateMeasure({
    target: judgedTarget,
    targetYear: chosen?.year ?? null,
    baseline: m.baseline,
    betterDirection: m.betterDirection,
    unit: m.unit,
    valueNature: m.valueNature,
    period,
    series,
    ...(context.benchmarks && context.benchmarks.size > 0 ? { benchmarks: context.benchmarks } : {}),
    ...(context.planYears ? { planYears: context.planYears } : {}),
  });
  // Between target years the sentence says which target was used and how ("2023 against the 2024 target", or the straight line).
  const used = chosen ? targetUsedText(chosen, year) : null;
  const explanation = used ? localizeAll((lang) => `${used[lang]}: ${result.explanation[lang]}`) : result.explanation;
  return {
    status: result.status,
    explanation,
    targetText: chosen ? chosen.target.text : null,
    targetYear: chosen?.year ?? null,
    valueText: formatObserved(series.get(period) ?? [], m.unit),
    valueFromKolada: (series.get(period) ?? []).some((p) => p.source === KOLADA_SOURCE),
    baselineValueText: baselineValueText(m.baseline, series, m.unit),
    total: (series.get(period) ?? []).find((p) => p.sex === 'T' && !p.ageBand && !p.area)?.value ?? null,
  };
}

const SEX_ORDER: Sex[] = ['T', 'K', 'M'];

/** "5,8 %" for a total, "K 16,1 % · M 17,0 %" for values by sex, in every language. */
export function formatObserved(points: { sex: Sex; ageBand: string | null; area: string | null; value: number }[], unit: Unit): Localized | null {
  const whole = points.filter((p) => !p.ageBand && !p.area).sort((a, b) => SEX_ORDER.indexOf(a.sex) - SEX_ORDER.indexOf(b.sex));
  if (whole.length === 0) return null;
  const one = (lang: Lang) =>
    whole
      .map((p) => {
        const q = formatQuantity({ value: p.value, unit }, lang);
        return p.sex === 'T' ? q : `${p.sex} ${q}`;
      })
      .join(' · ');
  return Object.fromEntries(LANGS.map((l) => [l, one(l)])) as Localized;
}

function localizeAll(fn: (lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((l) => [l, fn(l)])) as Localized;
}

/** `1 000` for a baseline `2021` once 2021 has a value; null while it has none, or when the baseline gives its numbers itself. */
function baselineValueText(baseline: Baseline, series: Series, unit: Unit): Localized | null {
  if (baseline.kind !== 'reference-period') return null;
  const key = baselinePeriodKey(baseline.year, baseline.subPeriod);
  return key === null ? null : formatObserved(series.get(key) ?? [], unit);
}
