import type { Lang } from '../domain/i18n/lang';

/** The formats the documents API writes. */
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx' | 'pptx';

/** `?lang=` (or `&lang=`) for a document in a chosen language; nothing for the organisation's own. */
const langQuery = (lang: Lang | undefined, first: boolean) => (lang ? `${first ? '?' : '&'}lang=${lang}` : '');

/** The downloadable documents of a plan and their paths under /api; without `lang` in the organisation's language. */
export const documentPaths = {
  plan: (planId: number, format: 'docx' | 'pdf', lang?: Lang) => `/api/plans/${planId}/documents/plan.${format}${langQuery(lang, true)}`,
  followUp: (planId: number, format: 'docx' | 'pdf', period: string, lang?: Lang) =>
    `/api/plans/${planId}/documents/follow-up.${format}?period=${encodeURIComponent(period)}${langQuery(lang, false)}`,
  measures: (planId: number, lang?: Lang) => `/api/plans/${planId}/documents/measures.xlsx${langQuery(lang, true)}`,
  scorecard: (planId: number, format: 'xlsx' | 'pptx', period: string, lang?: Lang) =>
    `/api/plans/${planId}/documents/scorecard.${format}?period=${encodeURIComponent(period)}${langQuery(lang, false)}`,
};
