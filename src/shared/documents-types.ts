/** The formats the documents API writes. */
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx' | 'pptx';

/** The downloadable documents of a plan and their paths under /api. */
export const documentPaths = {
  plan: (planId: number, format: 'docx' | 'pdf') => `/api/plans/${planId}/documents/plan.${format}`,
  followUp: (planId: number, format: 'docx' | 'pdf', period: string) =>
    `/api/plans/${planId}/documents/follow-up.${format}?period=${encodeURIComponent(period)}`,
  measures: (planId: number) => `/api/plans/${planId}/documents/measures.xlsx`,
  scorecard: (planId: number, format: 'xlsx' | 'pptx', period: string) =>
    `/api/plans/${planId}/documents/scorecard.${format}?period=${encodeURIComponent(period)}`,
};
