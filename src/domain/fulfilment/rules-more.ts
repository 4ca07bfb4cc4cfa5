/**
 * Rules for the target kinds other regions write: absolute changes (`öka med 300 platser`),
 * averages over a period (`i snitt över planperioden`) and compound targets (`öka och överträffa
 * rikssnittet`). See the table in evaluate-measure.ts.
 */
import type { Localized } from '../i18n/lang';
import { parsePeriodKey } from '../periods/period';
import type { Sex, Target } from '../targets/types';
import { localize, relationSymbol, statusPhrase, tr } from './explain';
import { formatNumber, formatPair, formatQuantity } from './format';
import { describeMissingReference, resolveReference, totalsAt, type Ctx } from './references';
import { better, compare, judgeForSex, noValue, notMeasurable, satisfies, strip, type Judgement } from './rules';
import type { FulfilmentStatus, ObservedValue } from './types';

/** `Öka med 300 platser`, `Minska med 2 procentenheter`: met at the reference plus or minus the amount; partly met when better than the reference. */
export function judgeAbsoluteChange(
  target: Extract<Target, { kind: 'absolute-change' }>,
  sex: Sex,
  value: number,
  observed: ObservedValue[],
  ctx: Ctx,
): Judgement {
  const r = resolveReference(target.reference, sex, ctx);
  if (!r) return notMeasurable('absolute-change', describeMissingReference(target.reference, ctx), observed);
  const down = target.direction === 'decrease';
  // A full-year reference pro-rated to a delår takes its annual change along (a change in percentage points is a level, not a flow).
  const amountNow = r.prorated !== undefined && target.unit !== 'pp' ? target.amount * r.prorated : target.amount;
  const goal = down ? r.value - amountNow : r.value + amountNow;
  const status: FulfilmentStatus = satisfies(value, down ? '<=' : '>=', goal) ? 'met' : better(target.direction, value, r.value) > 0 ? 'partly-met' : 'not-met';
  const core = localize((lang) => {
    const [v, g] = formatPair(value, goal, ctx.unit, lang);
    const amount =
      target.unit === 'pp'
        ? `${formatNumber(target.amount, lang)}\u00A0${tr('procentenheter', 'procentpoint', 'percentage points')[lang]}`
        : formatQuantity(amountNow, target.unit === null ? ctx.unit : target.unit, lang);
    const rv = formatQuantity(r.value, ctx.unit, lang);
    return `${v} ${relationSymbol(compare(value, goal))} ${g} (${rv} ${down ? '−' : '+'} ${amount}, ${r.label[lang]})`;
  });
  return { status, rule: 'absolute-change', core, observed, references: [strip(r)] };
}

/** The periods an average covers for a judged period: the same kind of period in every year from the first year to the judged one. */
export function averagedPeriods(over: Extract<Target, { kind: 'average' }>['over'], period: string, planYears?: { from: number; to: number }): string[] | null {
  const span = over.type === 'years' ? { from: over.from, to: over.to } : (planYears ?? null);
  const p = parsePeriodKey(period);
  if (!span || !p) return null;
  const last = Math.min(p.year, span.to);
  if (last < span.from) return [];
  const suffix = period.slice(4);
  return Array.from({ length: last - span.from + 1 }, (_, i) => `${span.from + i}${suffix}`);
}

/**
 * `I snitt över planperioden minst 2 %`: the inner target judged on the mean of the sex's values
 * for the same kind of period in each year of the period so far. A missing year is not averaged
 * away: the status is then no value, naming the periods that lack one.
 */
export function judgeAverage(target: Extract<Target, { kind: 'average' }>, sex: Sex, ctx: Ctx): Judgement {
  const periods = averagedPeriods(target.over, ctx.period, ctx.input.planYears);
  if (periods === null) {
    return notMeasurable(
      'average',
      tr('planperiodens år är inte kända, så genomsnittet kan inte räknas', 'planperiodens år er ikke kendt, så gennemsnittet kan ikke beregnes', 'the plan period’s years are not known, so the average cannot be computed'),
    );
  }
  if (periods.length === 0) return notMeasurable('average', tr('perioden har inte börjat', 'perioden er ikke begyndt', 'the period has not started'));
  const values = periods.map((p) => totalsAt(ctx.input.series, p).get(sex));
  const missing = periods.filter((_, i) => values[i] === undefined);
  if (missing.length > 0) {
    const j = noValue('average', missing[0] ?? ctx.period);
    return { ...j, core: localize((lang) => tr(`värde saknas för ${missing.join(', ')}`, `værdi mangler for ${missing.join(', ')}`, `no value for ${missing.join(', ')}`)[lang]) };
  }
  const nums = values as number[];
  const mean = nums.reduce((a, b) => a + b, 0) / nums.length;
  const inner = judgeForSex(target.target, sex, { ...ctx, values: new Map([[sex, mean]]) });
  const observed = periods.map((period, i) => ({ sex, period, value: nums[i] ?? 0 }));
  const core = localize((lang) => {
    const label = tr(`genomsnitt ${periods[0]}–${periods.at(-1)}`, `gennemsnit ${periods[0]}–${periods.at(-1)}`, `average ${periods[0]}–${periods.at(-1)}`)[lang];
    return `${label}: ${inner.core[lang]}`;
  });
  return { ...inner, rule: 'average', core, observed };
}

/**
 * `Öka och överträffa rikssnittet`: every part must be met. A part not met makes the whole not
 * met; otherwise a part that cannot be judged makes the whole unjudged (no value or not
 * measurable), since "met" would claim more than the data shows; all met is met, else partly met.
 */
export function judgeCompound(target: Extract<Target, { kind: 'compound' }>, sex: Sex, ctx: Ctx): Judgement {
  const parts = target.parts.map((p) => judgeForSex(p, sex, ctx));
  const statuses = parts.map((j) => j.status);
  const status: FulfilmentStatus = statuses.includes('not-met')
    ? 'not-met'
    : statuses.includes('not-measurable')
      ? 'not-measurable'
      : statuses.includes('no-value')
        ? 'no-value'
        : statuses.every((s) => s === 'met')
          ? 'met'
          : 'partly-met';
  const core: Localized = localize((lang) => parts.map((j) => `${j.core[lang]} (${statusPhrase(j.status, lang)})`).join('; '));
  const observed = parts.flatMap((j) => j.observed).filter((o, i, all) => all.findIndex((x) => x.sex === o.sex && x.period === o.period) === i);
  return { status, rule: 'compound', core, observed, references: parts.flatMap((j) => j.references) };
}
