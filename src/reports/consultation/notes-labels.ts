import type { Lang } from '../../domain/i18n/lang';
import { type PluralForms, plural } from '../../domain/i18n/plural';

/** The notat's own words: Danish høring, Swedish remiss, English consultation. */
export interface NotesLabels {
  documentName: string;
  subtitle: (title: string) => string;
  deadline: (date: string) => string;
  generated: (date: string) => string;
  letter: string;
  parts: string;
  parties: string;
  partiesIntro: string;
  partyColumn: string;
  answeredColumn: string;
  answered: string;
  notAnswered: string;
  answeredCount: (answered: number, invited: number) => string;
  version: (n: number) => string;
  summaryPerQuestion: string;
  question: (n: number) => string;
  questionColumn: string;
  summary: string;
  noSummary: string;
  responses: string;
  party: string;
  answer: string;
  regionResponse: string;
  noResponse: string;
  tags: string;
  stance: string;
  changes: string;
  changesIntro: string;
  noChanges: string;
  ledToChange: string;
  appendix: string;
  appendixIntro: string;
  noAnswers: string;
  whole: string;
  pointCount: (n: number) => string;
}

const forms = (lang: Lang, f: PluralForms) => (n: number) => plural(lang, n, f);

export const NOTES_LABELS: Record<Lang, NotesLabels> = {
  sv: {
    documentName: 'Remissammanställning',
    subtitle: (title) => `Remissammanställning: ${title}`,
    deadline: (date) => `Sista svarsdag ${date}`,
    generated: (date) => `Utskriven ur Ledstjärna ${date}`,
    letter: 'Remissen',
    parts: 'Delar som remitterades',
    parties: 'Remissinstanser',
    partiesIntro: 'Remissen skickades till följande remissinstanser (i bokstavsordning). ● = har lämnat remissvar, ○ = inget svar.',
    partyColumn: 'Remissinstans',
    answeredColumn: 'Remissvar',
    answered: '● Svarat',
    notAnswered: '○ Inget svar',
    answeredCount: (a, n) => `${a} av ${plural('sv', n, { one: '{n} remissinstans', other: '{n} remissinstanser' })} har svarat.`,
    version: (n) => `version ${n}`,
    summaryPerQuestion: 'Sammanfattning per fråga',
    question: (n) => `Fråga ${n}`,
    questionColumn: 'Fråga',
    summary: 'Sammanfattning',
    noSummary: 'Ingen sammanfattning skriven.',
    responses: 'Remissvar och regionens kommentarer',
    party: 'Remissinstans',
    answer: 'Remissvar',
    regionResponse: 'Regionens kommentar',
    noResponse: 'Ingen kommentar',
    tags: 'Taggar',
    stance: 'Ställningstagande',
    changes: 'Ändringar i planen',
    changesIntro: 'Följande synpunkter ledde till ändringar i planen.',
    noChanges: 'Remissvaren ledde inte till några ändringar i planen.',
    ledToChange: 'Ledde till ändring',
    appendix: 'Bilaga: Remissvaren i sin helhet',
    appendixIntro: 'Varje remissinstans svar, som det skickades in (senaste versionen).',
    noAnswers: 'Inget remissvar lämnades.',
    whole: 'Hela remissen',
    pointCount: forms('sv', { one: '{n} synpunkt', other: '{n} synpunkter' }),
  },
  da: {
    documentName: 'Høringsnotat',
    subtitle: (title) => `Høringsnotat: ${title}`,
    deadline: (date) => `Høringsfrist ${date}`,
    generated: (date) => `Udskrevet fra Ledstjärna ${date}`,
    letter: 'Høringsbrevet',
    parts: 'Dele i høring',
    parties: 'Høringsparter',
    partiesIntro: 'Høringen blev sendt til følgende høringsparter (i alfabetisk rækkefølge). ● = har afgivet høringssvar, ○ = intet svar.',
    partyColumn: 'Høringspart',
    answeredColumn: 'Høringssvar',
    answered: '● Svaret',
    notAnswered: '○ Intet svar',
    answeredCount: (a, n) => `${a} ud af ${plural('da', n, { one: '{n} høringspart', other: '{n} høringsparter' })} har svaret.`,
    version: (n) => `version ${n}`,
    summaryPerQuestion: 'Sammenfatning pr. spørgsmål',
    question: (n) => `Spørgsmål ${n}`,
    questionColumn: 'Spørgsmål',
    summary: 'Sammenfatning',
    noSummary: 'Ingen sammenfatning skrevet.',
    responses: 'Høringssvar og regionens bemærkninger',
    party: 'Høringspart',
    answer: 'Høringssvar',
    regionResponse: 'Regionens bemærkning',
    noResponse: 'Ingen bemærkning',
    tags: 'Emner',
    stance: 'Holdning',
    changes: 'Ændringer i planen',
    changesIntro: 'Følgende bemærkninger førte til ændringer i planen.',
    noChanges: 'Høringssvarene førte ikke til ændringer i planen.',
    ledToChange: 'Førte til ændring',
    appendix: 'Bilag: Høringssvarene i deres helhed',
    appendixIntro: 'Hver høringsparts svar, som det blev indsendt (seneste version).',
    noAnswers: 'Der blev ikke afgivet høringssvar.',
    whole: 'Hele høringen',
    pointCount: forms('da', { one: '{n} bemærkning', other: '{n} bemærkninger' }),
  },
  en: {
    documentName: 'Consultation report',
    subtitle: (title) => `Consultation report: ${title}`,
    deadline: (date) => `Deadline ${date}`,
    generated: (date) => `Printed from Ledstjärna ${date}`,
    letter: 'The consultation letter',
    parts: 'Parts under consultation',
    parties: 'Consulted parties',
    partiesIntro: 'The consultation was sent to the following parties (in alphabetical order). ● = has responded, ○ = no response.',
    partyColumn: 'Consulted party',
    answeredColumn: 'Response',
    answered: '● Responded',
    notAnswered: '○ No response',
    answeredCount: (a, n) => `${a} of ${plural('en', n, { one: '{n} consulted party', other: '{n} consulted parties' })} responded.`,
    version: (n) => `version ${n}`,
    summaryPerQuestion: 'Summary per question',
    question: (n) => `Question ${n}`,
    questionColumn: 'Question',
    summary: 'Summary',
    noSummary: 'No summary written.',
    responses: 'Responses and the region’s replies',
    party: 'Party',
    answer: 'Response',
    regionResponse: 'The region’s reply',
    noResponse: 'No reply',
    tags: 'Tags',
    stance: 'Stance',
    changes: 'Changes to the plan',
    changesIntro: 'The following points led to changes in the plan.',
    noChanges: 'The responses led to no changes in the plan.',
    ledToChange: 'Led to a change',
    appendix: 'Appendix: The responses in full',
    appendixIntro: 'Each party’s response as submitted (latest version).',
    noAnswers: 'No response was submitted.',
    whole: 'The whole consultation',
    pointCount: forms('en', { one: '{n} point', other: '{n} points' }),
  },
};
