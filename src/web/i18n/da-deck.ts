import type { Messages } from './types';

/** Danish texts for the scorecard exports on the documents page. Part of da.ts (spread into it). */
export const daDeck = {
  deck: {
    heading: 'Scorecard til bestyrelsen',
    text: 'Scorecardet for den valgte periode: hvert mål og hver måling med status (symbol og ord), reglen der afgjorde den, resultat, mål og udgangsværdi. PowerPoint-filen har ét dias pr. perspektiv.',
    document: 'Scorecard {period}',
    powerpoint: 'PowerPoint (PPTX)',
  },
} as const satisfies Pick<Messages, 'deck'>;
