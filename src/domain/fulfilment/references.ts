/**
 * Finding the numbers a judgement needs: the judged period's values and the values it is
 * compared with (baseline, a reference period, the same period a year earlier, the nation).
 */
import type { Localized } from '../i18n/lang';
import { parsePeriodKey, reportKindOf, samePeriodPreviousYear, toPeriodKey } from '../periods/period';
import type { BaselinePoint, Reference, Sex, Unit } from '../targets/types';
import { localize, sourceLabel, tr } from './explain';
import { formatQuantity } from './format';
import type { EvaluateMeasureInput, ReferenceValue, ValuePoint } from './types';

/** What every rule needs to know about the measure and the period. */
export interface Ctx {
  input: EvaluateMeasureInput;
  period: string;
  /** Values of the judged period without age band or area, by sex. */
  values: Map<Sex, number>;
  unit: Unit;
  /**
   * Months from January a delår covers (DÅ 04: 4, DÅ 08: 8) when the measure is a flow that adds up
   * over the year; null when the judged value is comparable with full-year figures as it is.
   */
  partYear: number | null;
}

/** A comparison value with how to name it. */
export interface ResolvedRef extends ReferenceValue {
  label: Localized;
  /** A forecast ("Årsprognos aug 2020") is compared with, but says nothing about which way is better. */
  forecast: boolean;
}

/** Builds the context of one evaluation. */
export function makeCtx(input: EvaluateMeasureInput): Ctx {
  const unit = unitOf(input);
  return { input, period: input.period, values: totalsAt(input.series, input.period), unit, partYear: partYearMonths(input, unit) };
}

/** DÅ 04 -> 4 and DÅ 08 -> 8 for a flow in a unit that adds up; a share (%) is comparable over any span of months. */
function partYearMonths(input: EvaluateMeasureInput, unit: Unit): number | null {
  if (input.valueNature !== 'flow' || unit === '%') return null;
  const kind = reportKindOf(input.period);
  return kind === 'DÅ04' ? 4 : kind === 'DÅ08' ? 8 : null;
}

/** `jan–apr`, `jan.–aug.`: the months a delår covers, for sentences. */
export function monthsCovered(months: number, lang: keyof Localized): string {
  const names = lang === 'en' ? EN_MONTHS : NORDIC_MONTHS;
  return `${names[0]}–${names[months - 1]}`;
}

const NORDIC_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A part-year value is never compared with a full-year figure: when the judged period is a delår
 * of a flow (ctx.partYear) and the reference is a whole year, the same period a year earlier is
 * used where the series has it, else the full-year figure pro-rated to the months covered.
 */
function fairToPartYear(r: ResolvedRef | null, fullYear: boolean, ctx: Ctx, sex: Sex, allowTotal: boolean): ResolvedRef | null {
  if (r === null || ctx.partYear === null || !fullYear) return r;
  const prev = samePeriodPreviousYear(ctx.period);
  const found = prev === null ? null : seriesValue(ctx, prev, sex, allowTotal);
  if (found && prev !== null) return ref(found[0], found[1], 'same-period-previous-year', prev);
  const share = ctx.partYear / 12;
  const months = ctx.partYear;
  return {
    ...r,
    value: r.value * share,
    prorated: share,
    label: localize((lang) => {
      const whole = formatQuantity(r.value, ctx.unit, lang);
      const part = monthsCovered(months, lang);
      return tr(`${r.label.sv} ${whole} → ${part}`, `${r.label.da} ${whole} → ${part}`, `${r.label.en} ${whole} → ${part}`)[lang];
    }),
  };
}

/**
 * Values of a period by sex, ignoring breakdowns: age bands and areas are for equality
 * analysis, not for judging the target. If a sex appears twice the first value wins, so the
 * result never depends on anything but the order the caller gave.
 */
export function totalsAt(series: Map<string, ValuePoint[]>, period: string): Map<Sex, number> {
  const out = new Map<Sex, number>();
  for (const p of series.get(period) ?? []) {
    if (p.ageBand === null && p.area === null && Number.isFinite(p.value) && !out.has(p.sex)) out.set(p.sex, p.value);
  }
  return out;
}

/** The unit to show numbers in: the measure's, else the target's, else the baseline's. */
function unitOf(input: EvaluateMeasureInput): Unit {
  if (input.unit !== undefined) return input.unit;
  const fromTarget = targetUnit(input.target);
  if (fromTarget !== null) return fromTarget;
  if (input.baseline.kind === 'values') return input.baseline.points.find((p) => p.quantity.unit !== null)?.quantity.unit ?? null;
  return null;
}

function targetUnit(t: EvaluateMeasureInput['target']): Unit {
  if (!t) return null;
  if (t.kind === 'level') return t.quantity.unit;
  const subs = t.kind === 'per-sex' || t.kind === 'per-report-period' ? Object.values(t.targets) : [];
  for (const sub of subs) {
    const u = targetUnit(sub ?? null);
    if (u !== null) return u;
  }
  return null;
}

function seriesValue(ctx: Ctx, period: string, sex: Sex, allowTotal: boolean): [Sex, number] | null {
  const values = totalsAt(ctx.input.series, period);
  const v = values.get(sex);
  if (v !== undefined) return [sex, v];
  const t = values.get('T');
  return allowTotal && t !== undefined ? ['T', t] : null;
}

/** The baseline sub-period that matches a period: T1/T2/T3 by the report it ends in, or the month number. */
function wantedSubPeriod(period: string): string | null {
  const p = parsePeriodKey(period);
  if (p?.kind === 'month') return String(p.n);
  const kind = reportKindOf(period);
  return kind === 'DÅ04' ? 'T1' : kind === 'DÅ08' ? 'T2' : kind === 'ÅR' ? 'T3' : null;
}

function sameSubPeriod(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  // Months may be written `12` or `03`; compare them as numbers.
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) === Number(b);
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * Picks the baseline point for a sex: the one for the matching sub-period (a `2019: T1 … T2 … T3 …`
 * baseline compares DÅ 04 with T1), else one without sub-period, else the last one written.
 * Points with an age band or label describe a breakdown, not the measure, and are skipped.
 */
function pickPoint(points: BaselinePoint[], sex: Sex, period: string): BaselinePoint | null {
  const mine = points.filter((p) => p.sex === sex && p.ageBand === null && p.label === null);
  const wanted = wantedSubPeriod(period);
  return (
    mine.find((p) => wanted !== null && sameSubPeriod(p.subPeriod, wanted)) ??
    mine.find((p) => p.subPeriod === null) ??
    mine[mine.length - 1] ??
    null
  );
}

/** The canonical key of a baseline's year and sub-period (`2020`, `12` -> `2020-12`). */
export function baselinePeriodKey(year: number, subPeriod: string | null): string | null {
  if (subPeriod === null) return String(year);
  const s = subPeriod.toUpperCase();
  if (/^T[1-3]$/.test(s)) return `${year}-${s}`;
  if (/^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 12) return `${year}-${s.padStart(2, '0')}`;
  return null;
}

/**
 * The latest earlier value for a period of the same kind (DÅ 04 with an earlier DÅ 04, a year
 * with an earlier year): like-for-like, because a cumulative DÅ 08 compared with a DÅ 04 or a
 * full year would show a change that is only the calendar.
 */
function previousLikePeriod(ctx: Ctx, sex: Sex, allowTotal: boolean): [string, Sex, number] | null {
  const now = parsePeriodKey(ctx.period);
  if (!now) return null;
  const earlier = [...ctx.input.series.keys()]
    .map((k) => parsePeriodKey(k))
    .filter((p): p is NonNullable<typeof p> => p !== null && p.kind === now.kind && p.n === now.n && p.year < now.year)
    .sort((x, y) => y.year - x.year);
  for (const p of earlier) {
    const key = toPeriodKey(p);
    const found = seriesValue(ctx, key, sex, allowTotal);
    if (found) return [key, ...found];
  }
  return null;
}

function ref(sex: Sex, value: number, source: ReferenceValue['source'], period: string | null, year: number | null = null, forecast = false): ResolvedRef {
  return { sex, value, source, period, forecast, label: localize((lang) => sourceLabel(source, period, year, forecast, lang)) };
}

/**
 * The baseline's value for a sex. With `allowTotal`, a K or M judgement falls back to the
 * baseline total: a plan often gives `2019: 7,0 %` and later reports by sex, and comparing
 * with the total is the best evidence there is. Gaps between sexes must not fall back.
 */
export function baselineValue(ctx: Ctx, sex: Sex, allowTotal: boolean): ResolvedRef | null {
  const b = ctx.input.baseline;
  if (b.kind === 'values') {
    const point = pickPoint(b.points, sex, ctx.period) ?? (allowTotal && sex !== 'T' ? pickPoint(b.points, 'T', ctx.period) : null);
    // `19600 tom T2 2021, prognos 35 000 2021` marks only its forecast point; a baseline built without point flags says it for all.
    const forecast = b.points.some((p) => p.forecast) ? point?.forecast === true : b.forecast;
    // A point without a sub-period (`2019: 275 st`) is a whole year's figure.
    return point ? fairToPartYear(ref(point.sex, point.quantity.value, 'baseline', null, point.year, forecast), point.subPeriod === null, ctx, sex, allowTotal) : null;
  }
  if (b.kind === 'reference-period') {
    const key = baselinePeriodKey(b.year, b.subPeriod);
    const found = key === null ? null : seriesValue(ctx, key, sex, allowTotal);
    return found && key !== null ? fairToPartYear(ref(found[0], found[1], 'baseline', key), parsePeriodKey(key)?.kind === 'year', ctx, sex, allowTotal) : null;
  }
  if (b.kind === 'previous-measurement') {
    const found = previousLikePeriod(ctx, sex, allowTotal);
    return found ? ref(found[1], found[2], 'previous-measurement', found[0]) : null;
  }
  return null;
}

/** The value a period had; when the series lacks it, the baseline may hold it (`2019: K 16,9 % M 18,0 %` for `jmf 2019`). */
function periodValue(ctx: Ctx, period: string, sex: Sex, allowTotal: boolean): ResolvedRef | null {
  const found = seriesValue(ctx, period, sex, allowTotal);
  if (found) return ref(found[0], found[1], 'period', period);
  const b = ctx.input.baseline;
  const p = parsePeriodKey(period);
  if (b.kind !== 'values' || !p) return null;
  const sub = p.kind === 'year' ? null : p.kind === 'month' ? String(p.n) : p.kind === 'tertial' ? `T${p.n}` : undefined;
  if (sub === undefined) return null;
  const candidates = (s: Sex) =>
    b.points.find((pt) => pt.sex === s && pt.ageBand === null && pt.label === null && pt.year === p.year && sameSubPeriod(pt.subPeriod, sub));
  const point = candidates(sex) ?? (allowTotal && sex !== 'T' ? candidates('T') : undefined);
  return point ? ref(point.sex, point.quantity.value, 'period', period) : null;
}

/** The national value for a period, if given. */
export function benchmarkAt(ctx: Ctx, period: string): number | null {
  const v = ctx.input.benchmarks?.get(period);
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/**
 * Resolves what a target compares with for one sex. A `baseline` reference without a usable
 * baseline value (`Nytt mått`, `Tidigare mätning` with no history) falls back to the same period
 * a year earlier, so `Öka` can be judged from the second year of a new measure on.
 */
export function resolveReference(reference: Reference, sex: Sex, ctx: Ctx, allowTotal = true): ResolvedRef | null {
  switch (reference.type) {
    case 'baseline': {
      const b = baselineValue(ctx, sex, allowTotal);
      if (b) return b;
      const prev = samePeriodPreviousYear(ctx.period);
      const found = prev === null ? null : seriesValue(ctx, prev, sex, allowTotal);
      return found && prev !== null ? ref(found[0], found[1], 'same-period-previous-year', prev) : null;
    }
    case 'period':
      return fairToPartYear(periodValue(ctx, reference.period, sex, allowTotal), parsePeriodKey(reference.period)?.kind === 'year', ctx, sex, allowTotal);
    case 'same-period-previous-year': {
      const prev = samePeriodPreviousYear(ctx.period);
      const found = prev === null ? null : seriesValue(ctx, prev, sex, allowTotal);
      return found && prev !== null ? ref(found[0], found[1], 'same-period-previous-year', prev) : null;
    }
    case 'series': {
      // Only the national series is supplied; other regions' values are not (yet) an input.
      const v = reference.series === 'riket' ? benchmarkAt(ctx, ctx.period) : null;
      return v === null ? null : ref('T', v, 'benchmark', ctx.period);
    }
  }
}

/** The period a reference points at, when it points at one (needed to find the nation's value then). */
export function referencePeriodKey(reference: Reference, ctx: Ctx): string | null {
  if (reference.type === 'period') return reference.period;
  if (reference.type === 'same-period-previous-year') return samePeriodPreviousYear(ctx.period);
  const b = ctx.input.baseline;
  if (reference.type === 'baseline' && b.kind === 'reference-period') return baselinePeriodKey(b.year, b.subPeriod);
  if (reference.type === 'baseline' && b.kind === 'values') {
    const year = b.points.find((p) => p.year !== null)?.year;
    return year === undefined || year === null ? null : String(year);
  }
  return null;
}

/** Describes a reference that has no value, for the not-measurable explanation. */
export function describeMissingReference(reference: Reference, ctx: Ctx): Localized {
  return localize((lang) => {
    switch (reference.type) {
      case 'baseline':
        return { sv: 'ingångsvärde saknas', da: 'udgangsværdi mangler', en: 'the baseline value is missing' }[lang];
      case 'period':
      case 'same-period-previous-year': {
        const key = referencePeriodKey(reference, ctx);
        const label = key === null ? '' : ` (${sourceLabel('period', key, null, false, lang)})`;
        return { sv: `referensvärdet saknas${label}`, da: `referenceværdien mangler${label}`, en: `the reference value is missing${label}` }[lang];
      }
      case 'series':
        return reference.series === 'riket'
          ? { sv: 'rikets värde saknas', da: 'landsværdien mangler', en: 'the national value is missing' }[lang]
          : { sv: 'värden för andra regioner saknas', da: 'værdier for andre regioner mangler', en: 'values for other regions are missing' }[lang];
    }
  });
}
