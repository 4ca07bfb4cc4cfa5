import type { Messages } from './types';

/** Danish texts for the documents page. Part of da.ts (spread into it). */
export const daDocuments = {
  documents: {
    title: 'Dokumenter',
    link: 'Dokumenter',
    intro: 'Hent {plan} som dokumenter. Filerne dannes med planens indhold og værdier lige nu.',
    planHeading: 'Planen',
    planText: 'Hele planen, som den er vedtaget: indhold, vision, opgaver, perspektiver, strategiske mål, succesfaktorer med beskrivelser og indikatortabeller med fodnoter.',
    followUpHeading: 'Opfølgningsrapport',
    followUpText: 'Målopfyldelse for den valgte periode: status for hvert mål, hver succesfaktor og indikator med resultat, forklaring og diagram samt opgaverne.',
    period: 'Periode',
    valuesHeading: 'Indikatorer og værdier',
    valuesText: 'Alle indikatorer og registrerede værdier i Excel, et ark pr. perspektiv, med perioderne som kolonner og tallene som tal.',
    word: 'Word (DOCX)',
    pdf: 'PDF',
    excel: 'Excel (XLSX)',
    downloadLabel: '{document} som {format}',
    language: 'Dokumenternes sprog',
    languageHint: 'Dokumenterne skrives på organisationens sprog, medmindre du vælger et andet. Siden selv skifter ikke sprog.',
  },
} as const satisfies Pick<Messages, 'documents'>;
