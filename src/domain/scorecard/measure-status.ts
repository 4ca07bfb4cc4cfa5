import { evaluateMeasure, type FulfilmentStatus, selectTarget, type YearTarget } from '../fulfilment';
import type { Lang, Localized } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import { formatQuantity } from '../numbers';
import { parseBaseline } from '../targets/parse-baseline';
import { parseTarget } from '../targets/parse-target';
import type { Baseline, Sex, Unit } from '../targets/types';

/** What the status of one measure in one period is computed from. */
export interface MeasureFacts {
  baselineText: string;
  targets: { year: number; text: string }[];
  betterDirection: 'increase' | 'decrease' | null;
  unit: string | null;
}

/** A measure's whole-population values: period key -> points. */
export type Series = Map<string, { sex: Sex; ageBand: string | null; area: string | null; value: number }[]>;

export interface MeasurePeriodStatus {
  status: FulfilmentStatus;
  explanation: Localized;
  targetText: string | null;
  targetYear: number | null;
  valueText: Localized | null;
}

/** A measure's baseline and targets as understood: parse once, judge as many periods as needed. */
export interface ParsedMeasure {
  baseline: Baseline;
  targets: YearTarget[];
  betterDirection: 'increase' | 'decrease' | null;
  unit: Unit;
}

/** Parses a measure's baseline and target texts. */
export function parseMeasure(m: MeasureFacts): ParsedMeasure {
  return {
    baseline: parseBaseline(m.baselineText),
    targets: m.targets.map((t) => ({ year: t.year, target: parseTarget(t.text) })),
    betterDirection: m.betterDirection,
    unit: m.unit as Unit,
  };
}

/** Judges one measure in one period against the target that applies to the period's year. */
export function measureStatus(m: ParsedMeasure, series: Series, period: string): MeasurePeriodStatus {
  const chosen = selectTarget(m.targets, Number(period.slice(0, 4)));
  const result = evaluateMeasure({
    target: chosen?.target ?? null,
    targetYear: chosen?.year ?? null,
    baseline: m.baseline,
    betterDirection: m.betterDirection,
    unit: m.unit,
    period,
    series,
  });
  return {
    status: result.status,
    explanation: result.explanation,
    targetText: chosen ? chosen.target.text : null,
    targetYear: chosen?.year ?? null,
    valueText: formatObserved(series.get(period) ?? [], m.unit),
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
