/**
 * The rules that judge one value of one sex against a target; see the table in
 * evaluate-measure.ts for what each decides. Gaps judge two sexes at once and live here too.
 */
import type { Localized } from '../i18n/lang';
import { formatPeriod, reportKindOf } from '../periods/period';
import type { Reference, ReportKind, Sex, Target, Unit } from '../targets/types';
import { DIRECTION_UNKNOWN, localize, noValueFor, opSymbol, relationSymbol, reportKindLabel, tr } from './explain';
import { formatNumber, formatPair, formatQuantity } from './format';
import { judgeAbsoluteChange, judgeAverage, judgeCompound } from './rules-more';
import {
  baselineValue,
  benchmarkAt,
  describeMissingReference,
  monthsCovered,
  referencePeriodKey,
  resolveReference,
  type Ctx,
  type ResolvedRef,
} from './references';
import type { BetterDirection, FulfilmentRule, FulfilmentStatus, ObservedValue, ReferenceValue } from './types';

/** A judgement before it is turned into a sentence: `core` is what was compared, without target text or status. */
export interface Judgement {
  status: FulfilmentStatus;
  rule: FulfilmentRule;
  core: Localized;
  observed: ObservedValue[];
  references: ReferenceValue[];
  bySex?: Partial<Record<Sex, FulfilmentStatus>>;
  reportKind?: ReportKind;
}

type Op = '<' | '<=' | '>' | '>=' | '=';

/** Relative tolerance for "I nivå med riket": within ±5 % of the national value counts as level with it. */
export const BENCHMARK_TOLERANCE = 0.05;

/**
 * Compares two numbers, treating values a rounding error apart as equal: stored values come
 * from decimal text (5,8) and arithmetic such as 207 × 0,5 must not miss equality by 1e-15.
 */
export function compare(a: number, b: number): number {
  if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return 0;
  return a < b ? -1 : 1;
}

/** Positive when `a` is better than `b` in the given direction, 0 when equal. */
export function better(direction: BetterDirection, a: number, b: number): number {
  return direction === 'increase' ? compare(a, b) : -compare(a, b);
}

/** Whether `value op goal`, with rounding errors treated as equal. */
export function satisfies(value: number, op: Op, goal: number): boolean {
  const c = compare(value, goal);
  return { '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '=': c === 0 }[op];
}

const RULE_OF: Record<Target['kind'], FulfilmentRule> = {
  level: 'level',
  fraction: 'fraction',
  direction: 'direction',
  'relative-change': 'relative-change',
  'absolute-change': 'absolute-change',
  rank: 'rank',
  average: 'average',
  compound: 'compound',
  'same-as': 'same-as',
  gap: 'gap',
  benchmark: 'benchmark',
  'per-sex': 'per-sex',
  'per-report-period': 'per-report-period',
  pending: 'pending',
  qualitative: 'qualitative',
  none: 'no-target',
};

/** The rule a target kind is judged by. */
export function ruleOf(target: Target | null): FulfilmentRule {
  return target ? RULE_OF[target.kind] : 'no-target';
}

/** A judgement that a person has to make, or that lacks what a rule needs. */
export function notMeasurable(rule: FulfilmentRule, core: Localized, observed: ObservedValue[] = [], references: ReferenceValue[] = []): Judgement {
  return { status: 'not-measurable', rule, core, observed, references };
}

/** The judgement when the period has no value. */
export function noValue(rule: FulfilmentRule, period: string): Judgement {
  return { status: 'no-value', rule, core: noValueFor(period), observed: [], references: [] };
}

/** Judges one sex's value of the period against a target that compares single values. */
export function judgeForSex(target: Target, sex: Sex, ctx: Ctx): Judgement {
  const rule = ruleOf(target);
  const value = ctx.values.get(sex);
  if (value === undefined) return noValue(rule, ctx.period);
  const observed: ObservedValue[] = [{ sex, period: ctx.period, value }];
  switch (target.kind) {
    case 'level': {
      const month = target.month;
      const note =
        month === undefined
          ? null
          : localize((lang) => {
              const name = new Intl.DateTimeFormat({ sv: 'sv-SE', da: 'da-DK', en: 'en-GB' }[lang], { month: 'long', timeZone: 'UTC' }).format(
                new Date(Date.UTC(2000, month - 1, 1)),
              );
              return tr(` (mål för ${name})`, ` (mål for ${name})`, ` (target for ${name})`)[lang];
            });
      if (ctx.partYear !== null && month === undefined) {
        // An annual level for a flow at a delår: pro-rated to the months covered, and the sentence says so.
        const months = ctx.partYear;
        const whole = target.quantity.value;
        const goal = (whole * months) / 12;
        const prorated = localize((lang) =>
          tr(
            ` (årsmål ${formatQuantity(whole, ctx.unit, lang)} → ${formatQuantity(goal, ctx.unit, lang)} för ${monthsCovered(months, lang)})`,
            ` (årsmål ${formatQuantity(whole, ctx.unit, lang)} → ${formatQuantity(goal, ctx.unit, lang)} for ${monthsCovered(months, lang)})`,
            ` (annual target ${formatQuantity(whole, ctx.unit, lang)} → ${formatQuantity(goal, ctx.unit, lang)} for ${monthsCovered(months, lang)})`,
          )[lang],
        );
        return judgeLevel(rule, target.op, goal, prorated, sex, value, observed, ctx);
      }
      return judgeLevel(rule, target.op, target.quantity.value, note, sex, value, observed, ctx);
    }
    case 'fraction': {
      // `6/25` means reaching 6 of 25: a level of at least the numerator.
      const note = localize(() => ` (${target.numerator}/${target.denominator})`);
      return judgeLevel(rule, '>=', target.numerator, note, sex, value, observed, ctx);
    }
    case 'direction': {
      const dir = target.direction === 'improve' ? ctx.input.betterDirection : target.direction;
      if (!dir) return notMeasurable(rule, DIRECTION_UNKNOWN, observed);
      return compareWithReference(rule, target.reference, sex, value, observed, ctx, (r) => {
        const c = better(dir, value, r.value);
        return c > 0 ? 'met' : c === 0 ? 'partly-met' : 'not-met';
      });
    }
    case 'same-as': {
      // "Minst samma nivå som 2023" says the side itself; otherwise not worse in the measure's better direction.
      const dir = target.bound === 'at-least' ? 'increase' : target.bound === 'at-most' ? 'decrease' : ctx.input.betterDirection;
      if (!dir) return notMeasurable(rule, DIRECTION_UNKNOWN, observed);
      return compareWithReference(rule, target.reference, sex, value, observed, ctx, (r) =>
        better(dir, value, r.value) >= 0 ? 'met' : 'not-met',
      );
    }
    case 'relative-change':
      return judgeRelativeChange(target, sex, value, observed, ctx);
    case 'absolute-change':
      return judgeAbsoluteChange(target, sex, value, observed, ctx);
    case 'rank':
      return rankNotMeasurable(observed);
    case 'average':
      return judgeAverage(target, sex, ctx);
    case 'compound':
      return judgeCompound(target, sex, ctx);
    case 'benchmark':
      return judgeBenchmark(target, sex, value, observed, ctx);
    case 'per-sex': {
      const sub = target.targets[sex];
      return sub ? judgeForSex(sub, sex, ctx) : notMeasurable(rule, tr('inget mål för detta kön', 'intet mål for dette køn', 'no target for this sex'), observed);
    }
    case 'per-report-period': {
      const kind = reportKindOf(ctx.period);
      const sub = kind === null ? undefined : target.targets[kind];
      return sub ? { ...judgeForSex(sub, sex, ctx), reportKind: kind ?? undefined } : notMeasurable(rule, noTargetForPeriod(ctx.period), observed);
    }
    case 'gap':
    case 'pending':
    case 'qualitative':
    case 'none':
      return notMeasurable(rule, tr('bedöms av en person', 'vurderes af en person', 'judged by a person'), observed);
  }
}

/** A rank target: the ranking of the regions is not an input, so a person judges and the sentence says what is missing. */
export function rankNotMeasurable(observed: ObservedValue[] = []): Judgement {
  return notMeasurable(
    'rank',
    tr(
      'platsen i en rangordning kan inte bedömas: rangordningen mellan regionerna finns inte bland värdena',
      'placeringen i en rangordning kan ikke vurderes: rangordningen mellem regionerne findes ikke blandt værdierne',
      'a place in a ranking cannot be judged: the ranking of the regions is not among the values',
    ),
    observed,
  );
}

/** Said when a per-report-period target has nothing for the judged period. */
export function noTargetForPeriod(period: string): Localized {
  return localize((lang) => {
    const kind = reportKindOf(period);
    const what = kind === null ? formatPeriod(period, lang).short : reportKindLabel(kind);
    return tr(`inget mål för ${what}`, `intet mål for ${what}`, `no target for ${what}`)[lang];
  });
}

/**
 * A level: met when the value satisfies the operator. Without an operator the better
 * direction decides (increase: at least, decrease: at most); without that, a target above
 * the baseline means higher is better. Not met but better than the baseline is partly met:
 * the value has moved toward the target.
 */
function judgeLevel(
  rule: FulfilmentRule,
  givenOp: Op | null,
  goal: number,
  note: Localized | null,
  sex: Sex,
  value: number,
  observed: ObservedValue[],
  ctx: Ctx,
): Judgement {
  const base = baselineValue(ctx, sex, true);
  const op = givenOp ?? opFor(ctx.input.betterDirection, base && !base.forecast ? base.value : null, goal);
  if (op === null) return notMeasurable(rule, DIRECTION_UNKNOWN, observed);
  const references: ReferenceValue[] = base ? [strip(base)] : [];
  const suffix = (lang: keyof Localized) => note?.[lang] ?? '';
  if (satisfies(value, op, goal)) {
    const core = localize((lang) => {
      const [v, g] = formatPair(value, goal, ctx.unit, lang);
      return `${v} ${opSymbol(op)} ${g}${suffix(lang)}`;
    });
    return { status: 'met', rule, core, observed, references };
  }
  const improved =
    base !== null &&
    (op === '='
      ? compare(Math.abs(value - goal), Math.abs(base.value - goal)) < 0
      : better(op.startsWith('>') ? 'increase' : 'decrease', value, base.value) > 0);
  const core = localize((lang) => {
    const [v, g] = formatPair(value, goal, ctx.unit, lang);
    const head = `${v} ${relationSymbol(compare(value, goal))} ${g}${suffix(lang)}`;
    if (!base) return head;
    const b = formatQuantity(base.value, ctx.unit, lang);
    return improved
      ? tr(`${head}, men bättre än ${base.label.sv}: ${b}`, `${head}, men bedre end ${base.label.da}: ${b}`, `${head}, but better than ${base.label.en}: ${b}`)[lang]
      : tr(`${head}, inte bättre än ${base.label.sv}: ${b}`, `${head}, ikke bedre end ${base.label.da}: ${b}`, `${head}, not better than ${base.label.en}: ${b}`)[lang];
  });
  return { status: improved ? 'partly-met' : 'not-met', rule, core, observed, references };
}

/** The operator a bare number means: from the better direction, else from where the target lies relative to the baseline. */
function opFor(direction: BetterDirection | null, baseline: number | null, goal: number): Op | null {
  if (direction === 'increase') return '>=';
  if (direction === 'decrease') return '<=';
  if (baseline === null) return null;
  const c = compare(goal, baseline);
  return c > 0 ? '>=' : c < 0 ? '<=' : null;
}

/** The stored part of a resolved reference. */
export function strip(r: ResolvedRef): ReferenceValue {
  return { sex: r.sex, source: r.source, period: r.period, value: r.value, ...(r.prorated !== undefined ? { prorated: r.prorated } : {}) };
}

/** Shared shape of direction and same-as: value vs one reference value. */
function compareWithReference(
  rule: FulfilmentRule,
  reference: Reference,
  sex: Sex,
  value: number,
  observed: ObservedValue[],
  ctx: Ctx,
  decide: (r: ResolvedRef) => FulfilmentStatus,
): Judgement {
  const r = resolveReference(reference, sex, ctx);
  if (!r) return notMeasurable(rule, describeMissingReference(reference, ctx), observed);
  const core = localize((lang) => {
    const [v, rv] = formatPair(value, r.value, ctx.unit, lang);
    return `${v} ${relationSymbol(compare(value, r.value))} ${rv} (${r.label[lang]})`;
  });
  return { status: decide(r), rule, core, observed, references: [strip(r)] };
}

/** `Minska med 50 % jmf 2020`: met at the changed level; partly met when better than the reference but not there yet. */
function judgeRelativeChange(
  target: Extract<Target, { kind: 'relative-change' }>,
  sex: Sex,
  value: number,
  observed: ObservedValue[],
  ctx: Ctx,
): Judgement {
  const r = resolveReference(target.reference, sex, ctx);
  if (!r) return notMeasurable('relative-change', describeMissingReference(target.reference, ctx), observed);
  const down = target.direction === 'decrease';
  const goal = r.value * (down ? 1 - target.percent / 100 : 1 + target.percent / 100);
  const status: FulfilmentStatus = satisfies(value, down ? '<=' : '>=', goal)
    ? 'met'
    : better(target.direction, value, r.value) > 0
      ? 'partly-met'
      : 'not-met';
  const core = localize((lang) => {
    const [v, g] = formatPair(value, goal, ctx.unit, lang);
    const pct = formatQuantity(target.percent, '%', lang);
    const rv = formatQuantity(r.value, ctx.unit, lang);
    const side = down ? tr('under', 'under', 'below')[lang] : tr('över', 'over', 'above')[lang];
    return `${v} ${relationSymbol(compare(value, goal))} ${g} (${pct} ${side} ${rv}, ${r.label[lang]})`;
  });
  return { status, rule: 'relative-change', core, observed, references: [strip(r)] };
}

/**
 * `I nivå med riket`: within ±5 % (relative) of the national value is met, and so is being
 * better than it when the better direction is known. `better`: better is met, level is partly met.
 * `low-stable` against other regions needs a person.
 */
function judgeBenchmark(target: Extract<Target, { kind: 'benchmark' }>, sex: Sex, value: number, observed: ObservedValue[], ctx: Ctx): Judgement {
  if (target.relation === 'low-stable') {
    return notMeasurable(
      'benchmark',
      tr('låg och stabil nivå jämfört med andra bedöms av en person', 'lavt og stabilt niveau sammenlignet med andre vurderes af en person', 'a low and stable level compared with others is judged by a person'),
      observed,
    );
  }
  const r = resolveReference(target.reference, sex, ctx);
  if (!r) return notMeasurable('benchmark', describeMissingReference(target.reference, ctx), observed);
  if (target.relation === 'above' || target.relation === 'below') return judgeSide(target.relation, value, r, observed);
  if (target.relation === 'approach') return judgeApproach(target, sex, value, r, observed, ctx);
  const dir = ctx.input.betterDirection;
  if (target.relation === 'better' && !dir) return notMeasurable('benchmark', DIRECTION_UNKNOWN, observed, [strip(r)]);
  const within = Math.abs(value - r.value) <= BENCHMARK_TOLERANCE * Math.abs(r.value) + 1e-9 * Math.max(1, Math.abs(r.value));
  const isBetter = dir !== null && better(dir, value, r.value) > 0;
  const status: FulfilmentStatus =
    target.relation === 'equal' ? (within || isBetter ? 'met' : 'not-met') : isBetter ? 'met' : within ? 'partly-met' : 'not-met';
  const core = localize((lang) => {
    const [v, rv] = formatPair(value, r.value, ctx.unit, lang);
    const tol = formatQuantity(BENCHMARK_TOLERANCE * 100, '%', lang);
    const ref = `${r.label[lang]} (${rv})`;
    if (isBetter && (target.relation === 'better' || !within)) return tr(`${v} bättre än ${ref}`, `${v} bedre end ${ref}`, `${v} better than ${ref}`)[lang];
    if (within) return tr(`${v} inom ±${tol} från ${ref}`, `${v} inden for ±${tol} af ${ref}`, `${v} within ±${tol} of ${ref}`)[lang];
    return dir
      ? tr(`${v} sämre än ${ref}`, `${v} dårligere end ${ref}`, `${v} worse than ${ref}`)[lang]
      : tr(`${v} mer än ±${tol} från ${ref}`, `${v} mere end ±${tol} fra ${ref}`, `${v} more than ±${tol} from ${ref}`)[lang];
  });
  return { status, rule: 'benchmark', core, observed, references: [strip(r)] };
}

/** `Under riksgenomsnittet`, `Högre än riket`: the side is written, so no better direction is needed. */
function judgeSide(relation: 'above' | 'below', value: number, r: ResolvedRef, observed: ObservedValue[]): Judgement {
  const c = compare(value, r.value);
  const ok = relation === 'above' ? c > 0 : c < 0;
  const core = localize((lang) => {
    const [v, rv] = formatPair(value, r.value, null, lang);
    return `${v} ${relationSymbol(c)} ${rv} (${r.label[lang]})`;
  });
  return { status: ok ? 'met' : 'not-met', rule: 'benchmark', core, observed, references: [strip(r)] };
}

/**
 * `Närma sig riksgenomsnittet`: within ±5 % of the national value is met; otherwise partly met when
 * the distance is smaller than the baseline's distance to the national value of the baseline's period,
 * not met when it is not, and not measurable when that earlier distance cannot be computed.
 */
function judgeApproach(
  _target: Extract<Target, { kind: 'benchmark' }>,
  sex: Sex,
  value: number,
  r: ResolvedRef,
  observed: ObservedValue[],
  ctx: Ctx,
): Judgement {
  const within = Math.abs(value - r.value) <= BENCHMARK_TOLERANCE * Math.abs(r.value) + 1e-9 * Math.max(1, Math.abs(r.value));
  const tol = (lang: keyof Localized) => formatQuantity(BENCHMARK_TOLERANCE * 100, '%', lang);
  if (within) {
    const core = localize((lang) => {
      const [v, rv] = formatPair(value, r.value, ctx.unit, lang);
      return tr(`${v} inom ±${tol('sv')} från ${r.label.sv} (${rv})`, `${v} inden for ±${tol('da')} af ${r.label.da} (${rv})`, `${v} within ±${tol('en')} of ${r.label.en} (${rv})`)[lang];
    });
    return { status: 'met', rule: 'benchmark', core, observed, references: [strip(r)] };
  }
  const base = baselineValue(ctx, sex, true);
  const key = referencePeriodKey({ type: 'baseline' }, ctx);
  const then = key === null ? null : benchmarkAt(ctx, key);
  if (!base || then === null) {
    return notMeasurable(
      'benchmark',
      tr(
        'avståndet till riket vid ingångsvärdet saknas (ingångsvärde eller rikets värde för dess period)',
        'afstanden til landsgennemsnittet ved udgangsværdien mangler (udgangsværdi eller landsværdien for dens periode)',
        'the distance to the national value at the baseline is missing (baseline or national value for its period)',
      ),
      observed,
      [strip(r)],
    );
  }
  const now = Math.abs(value - r.value);
  const before = Math.abs(base.value - then);
  const closer = compare(now, before) < 0;
  const core = localize((lang) => {
    const word = tr('avstånd till riket', 'afstand til landsgennemsnittet', 'distance to the national value')[lang];
    return `${word} ${formatNumber(now, lang)} ${relationSymbol(compare(now, before))} ${formatNumber(before, lang)} (${base.label[lang]})`;
  });
  return { status: closer ? 'partly-met' : 'not-met', rule: 'benchmark', core, observed, references: [strip(r), strip(base)] };
}

/** A difference in the measure's unit; a difference between percentages is in percentage points. */
function formatGap(v: number, unit: Unit, lang: keyof Localized): string {
  if (unit !== '%') return formatQuantity(v, unit, lang);
  return `${formatNumber(v, lang)}\u00A0${tr('procentenheter', 'procentpoint', 'percentage points')[lang]}`;
}

/**
 * `Minskad skillnad jmf 2019`: the gap |K − M| now against the gap at the reference; with only
 * a total, the gap to the national value. Smaller (for decrease) is met, equal partly met.
 */
export function judgeGap(target: Extract<Target, { kind: 'gap' }>, ctx: Ctx): Judgement {
  const k = ctx.values.get('K');
  const m = ctx.values.get('M');
  const t = ctx.values.get('T');
  let now: number;
  let then: number;
  let label: Localized;
  let observed: ObservedValue[];
  let references: ReferenceValue[];
  let what: Localized;
  if (k !== undefined && m !== undefined) {
    observed = [{ sex: 'K', period: ctx.period, value: k }, { sex: 'M', period: ctx.period, value: m }];
    // No fallback to the total: the gap between sexes needs each sex's own value.
    const rk = resolveReference(target.reference, 'K', ctx, false);
    const rm = resolveReference(target.reference, 'M', ctx, false);
    if (!rk || !rm) return notMeasurable('gap', describeMissingReference(target.reference, ctx), observed);
    [now, then, label, references] = [Math.abs(k - m), Math.abs(rk.value - rm.value), rk.label, [strip(rk), strip(rm)]];
    what = tr('skillnaden K–M', 'forskellen kvinder–mænd', 'the gap women–men');
  } else if (t !== undefined && benchmarkAt(ctx, ctx.period) !== null) {
    const bNow = benchmarkAt(ctx, ctx.period)!;
    observed = [{ sex: 'T', period: ctx.period, value: t }];
    const key = referencePeriodKey(target.reference, ctx);
    const tThen = key === null ? null : resolveReference({ type: 'period', period: key }, 'T', ctx, false);
    const bThen = key === null ? null : benchmarkAt(ctx, key);
    if (!tThen || bThen === null || key === null) return notMeasurable('gap', describeMissingReference(target.reference, ctx), observed);
    [now, then, label] = [Math.abs(t - bNow), Math.abs(tThen.value - bThen), tThen.label];
    references = [strip(tThen), { sex: 'T', source: 'benchmark', period: ctx.period, value: bNow }, { sex: 'T', source: 'benchmark', period: key, value: bThen }];
    what = tr('skillnaden mot riket', 'forskellen til landsgennemsnittet', 'the gap to the national value');
  } else {
    return notMeasurable(
      'gap',
      tr('skillnaden kräver värden för kvinnor och män eller rikets värde', 'forskellen kræver værdier for kvinder og mænd eller landsværdien', 'the gap needs values for women and men, or the national value'),
      t === undefined ? [] : [{ sex: 'T', period: ctx.period, value: t }],
    );
  }
  const c = target.direction === 'decrease' ? -compare(now, then) : compare(now, then);
  const status: FulfilmentStatus = c > 0 ? 'met' : c === 0 ? 'partly-met' : 'not-met';
  const core = localize((lang) => {
    const word = tr('mot', 'mod', 'vs')[lang];
    return `${what[lang]} ${formatGap(now, ctx.unit, lang)} ${word} ${formatGap(then, ctx.unit, lang)} (${label[lang]})`;
  });
  return { status, rule: 'gap', core, observed, references };
}
