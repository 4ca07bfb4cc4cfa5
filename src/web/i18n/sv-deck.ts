/** Swedish texts for the scorecard exports on the documents page (Excel and PowerPoint). Part of sv.ts (spread into it). */
export const svDeck = {
  deck: {
    heading: 'Styrkort för styrelsen',
    text: 'Styrkortet för vald period: varje mål och mått med status (symbol och ord), regeln som avgjorde den, utfall, mål och ingångsvärde. PowerPoint-filen har en bild per perspektiv.',
    document: 'Styrkort {period}',
    powerpoint: 'PowerPoint (PPTX)',
  },
} as const;
