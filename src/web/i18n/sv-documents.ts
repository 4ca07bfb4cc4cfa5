/** Swedish texts for the documents page (plan, follow-up report and values to download). Part of sv.ts (spread into it). */
export const svDocuments = {
  documents: {
    title: 'Dokument',
    link: 'Dokument',
    intro: 'Ladda ner {plan} som dokument. Filerna skapas med planens innehåll och värden just nu.',
    planHeading: 'Planen',
    planText: 'Hela planen som den är beslutad: innehåll, vision, uppdrag, perspektiv, strategiska mål, framgångsfaktorer med beskrivningar och måttabeller med fotnoter.',
    followUpHeading: 'Uppföljningsrapport',
    followUpText: 'Måluppfyllelse för vald period: status för varje mål, framgångsfaktor och mått med utfall, förklaring och diagram, samt uppdragen.',
    period: 'Period',
    valuesHeading: 'Mått och värden',
    valuesText: 'Alla mått och registrerade värden i Excel, ett blad per perspektiv, med perioderna som kolumner och talen som tal.',
    word: 'Word (DOCX)',
    pdf: 'PDF',
    excel: 'Excel (XLSX)',
    downloadLabel: '{document} som {format}',
    language: 'Dokumentens språk',
    languageHint: 'Dokumenten skrivs på organisationens språk om du inte väljer ett annat. Sidan själv byter inte språk.',
  },
} as const;
