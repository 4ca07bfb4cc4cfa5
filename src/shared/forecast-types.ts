/** JSON shapes of forecasts (prognos) and their comments, per measure and interim period (issue 12, item 6). */
import type { z } from 'zod';
import type { measureForecastSchema } from './contracts/plans';

export type { ForecastVerdict } from '../domain/scorecard/forecast-status';

/** A measure's full-year forecast and comment entered at DÅ 04 or DÅ 08 (its schema: contracts/plans.ts). */
export type MeasureForecast = z.infer<typeof measureForecastSchema>;

export interface SaveForecastRequest {
  /** A number, or a string typed in Swedish, Danish or English format ("45 000"); null or "" for none. */
  forecast: number | string | null;
  comment: string;
  /** The version the person saw (0: none yet); omitted, nothing is checked. */
  version?: number;
}
