/** JSON shapes of forecasts (prognos) and their comments, per measure and interim period (issue 12, item 6). */
import type { z } from 'zod';
import type { saveForecastSchema } from './contracts/measures';
import type { measureForecastSchema } from './contracts/plans';

export type { ForecastVerdict } from '../domain/scorecard/forecast-status';

/** A measure's full-year forecast and comment entered at DÅ 04 or DÅ 08 (its schema: contracts/plans.ts). */
export type MeasureForecast = z.infer<typeof measureForecastSchema>;

/** What the server receives (the comment defaulted); the web sends every field. */
export type SaveForecastRequest = z.output<typeof saveForecastSchema>;
