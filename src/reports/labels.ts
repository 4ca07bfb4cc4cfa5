import type { Lang } from '../domain/i18n/lang';
import { DA_LABELS } from './labels-da';
import { EN_LABELS } from './labels-en';

/**
 * The documents' own words (headings, column headers) in Swedish; Danish and English in
 * labels-da.ts and labels-en.ts, typed from this one so that none can miss a word. The plan's own
 * texts come from the data as written.
 */
export const LABELS = {
  toc: 'Innehåll',
  vision: 'Vision',
  assignmentsFrom: (name: string) => `${name} från regionfullmäktige`,
  assignmentsIntro: 'Regionfullmäktige har gett följande uppdrag. Inom parentes står de organ som ansvarar för uppdraget.',
  bodies: (codes: string[]) => `Ansvar: ${codes.join(', ')}`,
  baseline: 'Ingångsvärde',
  target: (year: number) => `Mål ${year}`,
  source: 'Källa',
  period: 'Period',
  agenda2030: 'Agenda 2030',
  agendaGoal: (n: number, name: string) => `Mål ${n} ${name}`,
  economy: 'Verksamhet och ekonomi',
  advocacy: 'Bilaga: Påverkansfrågor',
  advocacyIssue: 'Påverkansfråga',
  advocacyArea: 'Område',
  arena: 'Arena',
  decisionMaker: 'Beslutsfattare',
  arenas: { national: 'Nationell', international: 'Internationell' },
  generated: (date: string) => `Utskriven ur Ledstjärna ${date}`,
  page: (n: number, of: number) => `Sida ${n} av ${of}`,
  /** The words around a page number and the page count, for a footer whose numbers the word processor fills in. */
  pageWords: { page: 'Sida', of: 'av' },
  workbook: { unit: 'Enhet', sex: 'Kön', ageBand: 'Ålder', area: 'Område' },
  risk: {
    number: 'Nr',
    goal: 'Perspektiv och strategiskt mål',
    successFactor: 'Framgångsfaktor',
    whatCanHappen: 'Vad kan hända?',
    consequence: 'Konsekvens',
    consequenceScore: 'K',
    probability: 'S',
    risk: 'Risk',
    cause: 'Orsak',
    action: 'Vad behöver göras?',
    controlMethod: 'Kontrollmetod',
    legend: 'K = konsekvens (1–4), S = sannolikhet (1–4), risk = K × S (1–16). Värde 1–8 kräver inte särskild åtgärd, 9–16 kräver åtgärder.',
    inferred: '* Sannolikheten står inte i planen utan är härledd ur risk ÷ konsekvens.',
    title: (year: number) => `Riskbedömning av framgångsfaktorer ${year}`,
    appendixTitle: (year: number) => `Bilaga: Riskbedömning av framgångsfaktorer ${year}`,
    intro: 'Framgångsfaktorerna riskbedöms inför varje planperiod: vad kan hända som gör att den förväntade funktionen eller det önskade resultatet inte uppnås, med vilken konsekvens och sannolikhet, och vad som behöver göras.',
  },
  budget: {
    checksHeading: 'Kontroll av summor',
    check: (label: string, computed: string, stated: string) => `${label}: beräknat ${computed}, angivet ${stated}`,
    agree: (n: number) => (n === 1 ? 'Den angivna summan stämmer med den beräknade.' : `Alla ${n} angivna summor stämmer med de beräknade.`),
    mismatch: (label: string, computed: string, stated: string, difference: string) =>
      `Avvikelse: ${label} anges till ${stated} men raderna summerar till ${computed} (skillnad ${difference}).`,
  },
  followUp: {
    title: (plan: string) => `Uppföljning av ${plan}`,
    summary: 'Sammanfattning',
    summaryIntro: (period: string) => `Måluppfyllelse för planens mått ${period}.`,
    status: 'Status',
    statusCount: 'Antal mått',
    measure: 'Mått',
    target: 'Mål',
    value: 'Utfall',
    assessment: 'Bedömning',
    rollup: 'Beräknad måluppfyllelse',
    judgement: 'Bedömning',
    analysis: 'Analys',
    actions: 'Åtgärder',
    noJudgementYet: 'Ingen bedömning vald ännu',
    /** The judgement's place in its workflow; a document for politicians must say when it is not yet approved. */
    judgementState: (workflow: 'draft' | 'submitted' | 'approved', by?: string, approvedOn?: string) => {
      const who = by ? ` av ${by}` : '';
      if (workflow === 'approved') return `godkänd${who}${approvedOn ? ` ${approvedOn}` : ''}`;
      return `${workflow === 'draft' ? 'utkast' : 'inskickad'}${who}, ännu inte godkänd`;
    },
    values: (name: string) => `Utfall för ${name}`,
    chartPeriod: 'Period',
    chartValue: 'Värde',
    targetLine: (text: string) => `Mål: ${text}`,
    noValue: 'Inget utfall',
    forecasts: 'Prognoser och kommentarer',
    forecast: 'Prognos för helåret',
    forecastVerdict: 'Når prognosen målet?',
    forecastComment: 'Kommentar',
    assignments: (name: string) => `${name} och deras status`,
    assignmentStatus: 'Status',
    assignmentComment: 'Kommentar',
    risks: 'Risker',
  },
};

/** The shape every language's document words have. */
export type DocumentLabels = typeof LABELS;

/** The documents' words in `lang` (default Swedish). */
export function documentLabels(lang: Lang = 'sv'): DocumentLabels {
  return lang === 'da' ? DA_LABELS : lang === 'en' ? EN_LABELS : LABELS;
}
