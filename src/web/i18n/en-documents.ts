import type { Messages } from './types';

/** English texts for the documents page. Part of en.ts (spread into it). */
export const enDocuments = {
  documents: {
    title: 'Documents',
    link: 'Documents',
    intro: 'Download {plan} as documents. The files are made from the plan’s content and values as they are now.',
    planHeading: 'The plan',
    planText: 'The whole plan as decided: contents, vision, assignments, perspectives, strategic goals, success factors with descriptions and measure tables with footnotes.',
    followUpHeading: 'Follow-up report',
    followUpText: 'Goal fulfilment for the chosen period: the status of every goal, success factor and measure with outcome, explanation and chart, and the assignments.',
    period: 'Period',
    valuesHeading: 'Measures and values',
    valuesText: 'All measures and entered values in Excel, one sheet per perspective, with the periods as columns and the numbers as numbers.',
    word: 'Word (DOCX)',
    pdf: 'PDF',
    excel: 'Excel (XLSX)',
    downloadLabel: '{document} as {format}',
    language: 'Language of the documents',
    languageHint: 'The documents are written in the organisation’s language unless you choose another. The page itself keeps its language.',
  },
} as const satisfies Pick<Messages, 'documents'>;
