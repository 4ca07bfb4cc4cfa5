/** JSON shapes of forecasts (prognos) and their comments, per measure and interim period (issue 12, item 6). */
import type { ForecastVerdict } from '../domain/scorecard/forecast-status';
import type { Localized } from '../domain/i18n/lang';

export type { ForecastVerdict } from '../domain/scorecard/forecast-status';

/** A measure's full-year forecast and comment entered at DÅ 04 or DÅ 08. */
export interface MeasureForecast {
  measureId: number;
  period: string;
  /** The full-year value expected, in the measure's unit; null when only a comment is given. */
  forecast: number | null;
  /** The forecast formatted in every language ("45 000", "6,1 %"); null without one. */
  forecastText: Localized | null;
  comment: string;
  /** Whether the forecast meets the year's target, and the sentence that says by which rule; null without a forecast. */
  status: { verdict: ForecastVerdict; explanation: Localized } | null;
  /** Sent back with the next save: a forecast changed since is not overwritten (409). */
  version: number;
  enteredBy: string | null;
  enteredAt: string;
}

export interface SaveForecastRequest {
  /** A number, or a string typed in Swedish, Danish or English format ("45 000"); null or "" for none. */
  forecast: number | string | null;
  comment: string;
  /** The version the person saw (0: none yet); omitted, nothing is checked. */
  version?: number;
}
