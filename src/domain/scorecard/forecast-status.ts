/**
 * Whether a measure's full-year forecast (prognos, entered at DÅ 04 and DÅ 08) meets the year's
 * target (issue 12, item 6). The forecast is judged as if it were the year's value, by the same
 * evaluator as a real one, so every target kind is judged the same way as at year end. It is a
 * statement of its own, shown beside the judged status and never instead of it.
 */
import type { Lang, Localized } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import { formatQuantity } from '../numbers';
import { targetForYear } from '../fulfilment/target-for-year';
import { type JudgingContext, measureStatus, type ParsedMeasure, type Series } from './measure-status';

/** meets: the forecast reaches the year's target; misses: it does not; unknown: it cannot be judged (no target, no direction…). */
export type ForecastVerdict = 'meets' | 'misses' | 'unknown';

export interface ForecastStatus {
  verdict: ForecastVerdict;
  /** The sentence that says how: "Prognos 45 000 ≥ årsmål 43 000 – prognosen når målet". */
  explanation: Localized;
}

/** The interim periods a forecast is entered for: DÅ 04 and DÅ 08. */
export function isForecastPeriod(period: string): boolean {
  return /^\d{4}-DÅ0[48]$/u.test(period);
}

/** The year-end report period (`2022`) a forecast entered at `period` (`2022-DÅ04`) is for. */
export function forecastYearKey(period: string): string {
  return period.slice(0, 4);
}

const VERDICT: Record<Lang, Record<ForecastVerdict, string>> = {
  sv: { meets: 'prognosen når målet', misses: 'prognosen når inte målet', unknown: 'prognosen kan inte bedömas' },
  da: { meets: 'prognosen når målet', misses: 'prognosen når ikke målet', unknown: 'prognosen kan ikke vurderes' },
  en: { meets: 'the forecast meets the target', misses: 'the forecast does not meet the target', unknown: 'the forecast cannot be judged' },
};

const FORECAST: Record<Lang, string> = { sv: 'Prognos', da: 'Prognose', en: 'Forecast' };

const OP_SYMBOL: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=' };

/** The words for the target used: `årsmål`, or `mål 2024` when the year has no target of its own. */
function targetWord(lang: Lang, targetYear: number, year: number): string {
  if (targetYear === year) return { sv: 'årsmål', da: 'årsmål', en: 'annual target' }[lang];
  return { sv: `mål ${targetYear}`, da: `mål ${targetYear}`, en: `target ${targetYear}` }[lang];
}

/** The relation shown between forecast and target: the target's own operator when met, else how the numbers compare. */
function relation(op: string, verdict: ForecastVerdict, forecast: number, goal: number): string {
  if (verdict === 'meets') return OP_SYMBOL[op] ?? op;
  return forecast < goal ? '<' : forecast > goal ? '>' : '=';
}

/**
 * Judges `forecast` (the full-year value expected, in the measure's unit) entered at `period` against
 * the target of the period's year, with the values the measure already has (for targets relative to a
 * baseline or an earlier year).
 */
export function forecastStatus(m: ParsedMeasure, series: Series, period: string, forecast: number, context: JudgingContext = {}): ForecastStatus {
  const year = Number(period.slice(0, 4));
  const yearKey = forecastYearKey(period);
  // The forecast stands in for the year's total; any value stored for the year is set aside (it is not known at DÅ 04/08).
  const withForecast: Series = new Map(series);
  withForecast.set(yearKey, [{ sex: 'T', ageBand: null, area: null, value: forecast }]);
  const judged = measureStatus(m, withForecast, yearKey, context);
  const verdict: ForecastVerdict = judged.status === 'met' ? 'meets' : judged.status === 'not-met' || judged.status === 'partly-met' ? 'misses' : 'unknown';
  // The target the year is judged against, as the measure's own status chooses it (a straight line gives the year's own level).
  const chosen = targetForYear(m.targets, year, context.targetBetweenYears);
  const target = chosen?.target;
  const op = target?.kind === 'level' && target.month === undefined ? (target.op ?? directionOp(m.betterDirection)) : null;
  const explanation = Object.fromEntries(
    LANGS.map((lang) => {
      const value = formatQuantity({ value: forecast, unit: m.unit }, lang);
      if (target?.kind === 'level' && op !== null && verdict !== 'unknown' && chosen) {
        const goal = formatQuantity({ value: target.quantity.value, unit: m.unit ?? target.quantity.unit }, lang);
        const rel = relation(op, verdict, forecast, target.quantity.value);
        return [lang, `${FORECAST[lang]} ${value} ${rel} ${targetWord(lang, chosen.year, year)} ${goal} – ${VERDICT[lang][verdict]}`];
      }
      // Other targets (Öka, Minska med 10 %, per sex…): the evaluator's own sentence says how.
      return [lang, `${FORECAST[lang]} ${value} ${{ sv: 'för helåret', da: 'for hele året', en: 'for the full year' }[lang]} – ${VERDICT[lang][verdict]} (${judged.explanation[lang]})`];
    }),
  ) as Localized;
  return { verdict, explanation };
}

function directionOp(direction: 'increase' | 'decrease' | null): '>=' | '<=' | null {
  return direction === 'increase' ? '>=' : direction === 'decrease' ? '<=' : null;
}
