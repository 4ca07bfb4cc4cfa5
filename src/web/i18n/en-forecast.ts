import type { Messages } from './types';

/** English texts for forecasts at DÅ 04/08 and the follow-up navigation. Part of en.ts. */
export const enForecast = {
  forecast: {
    legend: 'Forecast and comment – {measure}',
    value: 'Full-year forecast {year}',
    valueHint: 'The value you expect for the whole year, in the measure’s unit.',
    comment: 'Comment',
    save: 'Save forecast',
    saved: 'The forecast is saved.',
    failed: 'The forecast could not be saved.',
    label: 'Forecast',
    commentLabel: 'Comment',
    none: 'No forecast yet',
    verdict: {
      meets: 'The forecast meets the target',
      misses: 'The forecast does not meet the target',
      unknown: 'The forecast cannot be judged',
    },
  },
  followupNav: {
    label: 'Goals and success factors to follow up',
    measures: 'Measures under {title}',
    noMeasures: 'No measures belong to {title}.',
    previous: 'Previous: {title}',
    next: 'Next: {title}',
    position: '{index} of {count}',
    col: {
      measure: 'Measure',
      value: 'Outcome',
      target: 'Target',
      status: 'Status',
    },
  },
} as const satisfies Pick<Messages, 'forecast' | 'followupNav'>;
