import type { Messages } from './types';

/** English texts for the scorecard exports on the documents page. Part of en.ts (spread into it). */
export const enDeck = {
  deck: {
    heading: 'Scorecard for the board',
    text: 'The scorecard of the chosen period: every goal and measure with its status (symbol and word), the rule that decided it, value, target and baseline. The PowerPoint file has one slide per perspective.',
    document: 'Scorecard {period}',
    powerpoint: 'PowerPoint (PPTX)',
  },
} as const satisfies Pick<Messages, 'deck'>;
