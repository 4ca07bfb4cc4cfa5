/**
 * The computed status of one measure for one period (step 1 of goal fulfilment in domain.md).
 *
 * Checked in this order; the first row that applies decides:
 *
 * | situation                                   | status                                                       |
 * |---------------------------------------------|--------------------------------------------------------------|
 * | no target, or `none`                        | not-measurable                                               |
 * | `qualitative`, `pending`                    | not-measurable: a person judges                              |
 * | `per-report-period`                         | the sub-target of the period's report (reportKindOf), judged  |
 * |                                             | by these rules; none for this report -> not-measurable        |
 * | no value (T, K or M, without age/area)      | no-value                                                     |
 * | `per-sex`                                   | each sex of the target against its own value; all met -> met, |
 * |                                             | some met or partly -> partly-met, else not-met; a sex without |
 * |                                             | value is no-value and left out; none judged -> no-value       |
 * | `gap`                                       | gap K–M now vs at the reference (T–riket when no sexes):      |
 * |                                             | smaller -> met, equal -> partly-met, larger -> not-met       |
 * | any other target, T value present           | the T value is judged                                        |
 * | any other target, only K/M values           | K and M each judged with the same target, combined as per-sex |
 *
 * Judging one value:
 *
 * | target            | met                      | partly-met                         | not-met     |
 * |-------------------|--------------------------|------------------------------------|-------------|
 * | level `op n`      | value op n               | not, but better than the baseline  | otherwise   |
 * | level `n` (no op) | op is ≥ if higher is better, ≤ if lower (better direction, else target above baseline = higher) |
 * | fraction `a/b`    | value ≥ a                | as level                           | otherwise   |
 * | direction         | better than the reference| equal to it                        | worse       |
 * | relative-change   | at reference × (1 ± p %) | better than the reference          | otherwise   |
 * | same-as           | at least as good as ref  | –                                  | worse       |
 * | benchmark equal   | within ±5 % of riket, or better | –                           | otherwise   |
 * | benchmark better  | better than riket        | within ±5 %                        | otherwise   |
 * | benchmark above/below | on that side of riket | –                                  | otherwise   |
 * | benchmark approach| within ±5 % of riket     | closer to riket than the baseline was (riket then known) | otherwise |
 * | absolute-change   | at reference ± amount    | better than the reference          | otherwise   |
 * | average           | the inner target, judged on the mean of the same period kind over the years so far; a missing year -> no-value |
 * | compound          | every part met           | no part not met, some not met yet  | a part not met |
 * | rank              | not-measurable: rankings are not an input                                     |
 *
 * The reference is the baseline's value for the sex (falling back to the baseline total), a
 * baseline that names a period takes that period's value; without any baseline value the same
 * period a year earlier. A named period's value comes from the series (else a baseline point of
 * that year); `same-period-previous-year` from the series. A missing reference, an unknown better
 * direction where one is needed, a missing national value, and `low-stable` are not-measurable,
 * with the explanation saying which.
 */
import type { Localized } from '../i18n/lang';
import { reportKindOf } from '../periods/period';
import type { Sex, Target } from '../targets/types';
import { localize, reportKindLabel, sentence, sexLabel, statusPhrase, tr } from './explain';
import { makeCtx, type Ctx } from './references';
import { judgeForSex, judgeGap, rankNotMeasurable, noTargetForPeriod, noValue, notMeasurable, ruleOf, type Judgement } from './rules';
import type { EvaluateMeasureInput, FulfilmentStatus, MeasureEvaluation } from './types';

/** Computes a measure's status for a period against its target, with the explanation a reader sees. */
export function evaluateMeasure(input: EvaluateMeasureInput): MeasureEvaluation {
  const ctx = makeCtx(input);
  const { judgement, prefix } = judgeTop(input.target, ctx);
  const result: MeasureEvaluation = {
    status: judgement.status,
    rule: judgement.rule,
    explanation: sentence(prefix, judgement.core, judgement.status),
    observed: judgement.observed,
    references: judgement.references,
    targetText: input.target?.text ?? null,
    targetYear: input.targetYear,
  };
  if (judgement.bySex) result.bySex = judgement.bySex;
  if (judgement.reportKind) result.reportKind = judgement.reportKind;
  return result;
}

const PERSON_JUDGES: Localized = tr('bedöms av en person', 'vurderes af en person', 'judged by a person');

function judgeTop(target: Target | null, ctx: Ctx): { judgement: Judgement; prefix: string | null } {
  const prefix = target?.text ?? null;
  if (!target || target.kind === 'none') {
    return { judgement: notMeasurable('no-target', tr('inget mål', 'intet mål', 'no target')), prefix: null };
  }
  if (target.kind === 'qualitative') {
    return { judgement: notMeasurable('qualitative', join(tr('kvalitativt mål', 'kvalitativt mål', 'qualitative target'), PERSON_JUDGES)), prefix };
  }
  if (target.kind === 'pending') {
    return { judgement: notMeasurable('pending', join(tr('målet är inte fastställt', 'målet er ikke fastsat', 'the target is not set yet'), PERSON_JUDGES)), prefix };
  }
  if (target.kind === 'per-report-period') {
    const kind = reportKindOf(ctx.period);
    const sub = kind === null ? undefined : target.targets[kind];
    if (!sub || kind === null) return { judgement: notMeasurable('per-report-period', noTargetForPeriod(ctx.period)), prefix };
    const inner = judgeTop(sub, ctx);
    // The sub-target's own text is what was applied; the report it belongs to goes with it.
    return {
      judgement: { ...inner.judgement, rule: 'per-report-period', reportKind: kind },
      prefix: `${sub.text} (${reportKindLabel(kind)})`,
    };
  }
  // A rank needs a ranking, never a value of this measure: say that, whether or not a value exists.
  if (target.kind === 'rank') return { judgement: rankNotMeasurable(), prefix };
  if (ctx.values.size === 0) return { judgement: noValue(ruleOf(target), ctx.period), prefix };
  if (target.kind === 'per-sex') {
    const sexes = (['K', 'M', 'T'] as const).filter((s) => target.targets[s] !== undefined);
    return { judgement: combine('per-sex', sexes.map((s) => [s, judgeForSex(target.targets[s]!, s, ctx)])), prefix };
  }
  if (target.kind === 'gap') return { judgement: judgeGap(target, ctx), prefix };
  if (ctx.values.has('T')) return { judgement: judgeForSex(target, 'T', ctx), prefix };
  return { judgement: combine(ruleOf(target), (['K', 'M'] as const).map((s) => [s, judgeForSex(target, s, ctx)])), prefix };
}

function join(a: Localized, b: Localized): Localized {
  return localize((lang) => `${a[lang]}, ${b[lang]}`);
}

const JUDGED: FulfilmentStatus[] = ['met', 'partly-met', 'not-met'];

/** The overall status of several sexes judged separately; sexes without a judgement do not count. */
export function combineStatuses(statuses: FulfilmentStatus[]): FulfilmentStatus {
  const judged = statuses.filter((s) => JUDGED.includes(s));
  if (judged.length === 0) return statuses.includes('no-value') ? 'no-value' : 'not-measurable';
  if (judged.every((s) => s === 'met')) return 'met';
  if (judged.some((s) => s === 'met' || s === 'partly-met')) return 'partly-met';
  return 'not-met';
}

function combine(rule: Judgement['rule'], parts: [Sex, Judgement][]): Judgement {
  const status = combineStatuses(parts.map(([, j]) => j.status));
  const core = localize((lang) =>
    parts
      .map(([sex, j]) => {
        // A missing value already says so; repeating "no value yet" after it adds nothing.
        const tail = j.status === 'no-value' ? '' : ` (${statusPhrase(j.status, lang)})`;
        return `${sexLabel(sex, lang)}: ${j.core[lang]}${tail}`;
      })
      .join('; '),
  );
  return {
    status,
    rule,
    core,
    observed: parts.flatMap(([, j]) => j.observed),
    references: parts.flatMap(([, j]) => j.references),
    bySex: Object.fromEntries(parts.map(([sex, j]) => [sex, j.status])),
  };
}
