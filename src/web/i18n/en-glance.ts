import type { Messages } from './types';

/** English texts for the compact scorecard, the trend, "Measures without a direction" and the plan's choice between target years. Part of en.ts. */
export const enGlance = {
  glance: {
    view: 'View',
    full: 'Full',
    compact: 'Compact',
    trend: 'Trend',
    up: 'up from {value}',
    down: 'down from {value}',
    same: 'unchanged from {value}',
    against: 'compared with {period}',
    noTrend: 'No comparison',
    measures: '{count} measures',
    directionMissing: 'direction missing',
    setDirection: 'Set the direction',
    setDirectionFor: 'Set the direction for {name}',
    directionLink: 'Measures without a direction',
    directionTitle: 'Measures without a direction',
    directionIntro:
      'The targets of these measures are a number, “Improve” or “better than the national level” and do not say which way the measure gets better. Until someone sets the direction they cannot be judged: the scorecard shows “Not measurable”, and “direction missing” to editors.',
    directionEmpty: 'Every measure whose target needs a direction has one.',
    directionCount: '{count} measures have no direction.',
    colPlace: 'Place in the plan',
    colTargets: 'Targets',
    backToScorecard: 'Back to the scorecard',
    betweenLegend: 'Between target years, measures are judged against',
    betweenNext: 'the next target year’s target (2023 against the target for 2024)',
    betweenLine: 'a straight line between the targets (2023 halfway between 2022 and 2024, when both are numbers of the same kind)',
  },
} as const satisfies Pick<Messages, 'glance'>;
