import type { Lang } from '../../domain/i18n/lang';

/** The scorecard exports' own words in sv, da and en. */
const SV = {
  title: (plan: string) => `Styrkort – ${plan}`,
  level: 'Nivå',
  name: 'Namn',
  status: 'Status',
  colour: 'Färg',
  rule: 'Regel',
  value: 'Utfall',
  target: 'Mål',
  baseline: 'Ingångsvärde',
  forecast: 'Prognos för helåret',
  forecastVerdict: 'Prognosen mot målet',
  forecastComment: 'Kommentar',
  summary: 'Sammanfattning',
  count: 'Antal mått',
  perspectiveStatus: 'Status för perspektivet',
  measures: 'Mått per status',
  generated: (date: string) => `Utskriven ur Ledstjärna ${date}`,
  continued: '(forts.)',
  measure: 'Styrmått',
  fileName: 'Styrkort',
};
export type ScorecardExportLabels = typeof SV;

const DA: ScorecardExportLabels = {
  title: (plan) => `Scorecard – ${plan}`,
  level: 'Niveau',
  name: 'Navn',
  status: 'Status',
  colour: 'Farve',
  rule: 'Regel',
  value: 'Resultat',
  target: 'Mål',
  baseline: 'Udgangsværdi',
  forecast: 'Prognose for hele året',
  forecastVerdict: 'Prognosen mod målet',
  forecastComment: 'Kommentar',
  summary: 'Sammenfatning',
  count: 'Antal målinger',
  perspectiveStatus: 'Status for perspektivet',
  measures: 'Målinger pr. status',
  generated: (date) => `Udskrevet fra Ledstjärna ${date}`,
  continued: '(fortsat)',
  measure: 'Måling',
  fileName: 'Scorecard',
};

const EN: ScorecardExportLabels = {
  title: (plan) => `Scorecard – ${plan}`,
  level: 'Level',
  name: 'Name',
  status: 'Status',
  colour: 'Colour',
  rule: 'Rule',
  value: 'Value',
  target: 'Target',
  baseline: 'Baseline',
  forecast: 'Full-year forecast',
  forecastVerdict: 'Forecast against the target',
  forecastComment: 'Comment',
  summary: 'Summary',
  count: 'Measures',
  perspectiveStatus: 'Status of the perspective',
  measures: 'Measures per status',
  generated: (date) => `Printed from Ledstjärna ${date}`,
  continued: '(cont.)',
  measure: 'Measure',
  fileName: 'Scorecard',
};

export function scorecardExportLabels(lang: Lang): ScorecardExportLabels {
  return { sv: SV, da: DA, en: EN }[lang];
}
