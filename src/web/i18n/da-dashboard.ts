import type { Messages } from './types';

/** Danish texts for the dashboard (overbliksside) and the chart/table switch. Part of da.ts. */
export const daDashboard = {
  dashboard: {
    title: 'Overblik',
    link: 'Overblik',
    intro: 'Målopfyldelse for {period}, udviklingen over planens perioder og de mål, der har skiftet status.',
    period: 'Periode',
    byNode: {
      heading: 'Målopfyldelse pr. {first} og {second}',
      caption: 'Antal vurderede mål pr. status for {period}',
      summary: '{period}: {counts}.',
      nodeSummary: '{title}: {counts}',
      col: {
        node: 'Del af planen',
        status: 'Samlet status',
      },
    },
    trend: {
      heading: 'Udvikling over perioder',
      byNodeHeading: 'Status pr. {level} og periode',
      byNodeCaption: 'Samlet status pr. {level} og periode',
      caption: 'Antal mål pr. status og periode',
      summary: 'Udviklingen over {count} perioder.',
      col: {
        period: 'Periode',
      },
    },
    changes: {
      heading: 'Mål, der har skiftet status siden {period}',
      headingFirst: 'Mål, der har skiftet status',
      none: 'Intet mål har skiftet status siden {period}.',
      first: 'Dette er planens første periode, så der er ingen tidligere periode at sammenligne med.',
      caption: 'Mål, der har skiftet status fra {from} til {to}',
      col: {
        measure: 'Mål',
        from: 'Før',
        to: 'Nu',
        change: 'Ændring',
      },
      better: 'Bedre',
      worse: 'Dårligere',
      other: 'Ændret',
    },
    regions: {
      heading: 'Sammenligning med andre regioner',
      intro: 'Mål, der er koblet til et nøgletal i Kolada, kan sammenlignes med alle 21 svenske regioner og hele landet.',
      kpi: 'Kolada {kpi}',
      link: 'Sammenlign med andre regioner',
      none: 'Ingen af planens mål er endnu koblet til et nøgletal i Kolada. Kobl et mål på målets side.',
    },
    areas: {
      heading: 'Sammenligning mellem områder',
      intro: 'Et måls værdier pr. område (organisatorisk enhed eller kommune) for en periode, rangordnet, med værdien for hele regionen.',
      measure: 'Mål',
      period: 'Periode',
      sex: 'Køn',
      none: 'Intet mål har endnu værdier pr. område. Registrér en værdi med område på målets side.',
      whole: 'Hele regionen',
      wholeValue: 'Hele regionen: {value}',
      wholeMissing: 'Ingen værdi for hele regionen i perioden.',
      orderBest: 'Rangordnet med den bedste værdi først.',
      orderHighest: 'Rangordnet med den højeste værdi først: målets bedre retning er ikke angivet.',
      spread: 'Forskel mellem laveste og højeste: {value}.',
      caption: '{name}, {period}, pr. område',
      summary: '{name}, {period}: {areas}.',
      col: {
        rank: 'Plads',
        area: 'Område',
        value: 'Værdi',
        fromWhole: 'Forskel fra hele regionen',
      },
    },
  },
  charts: {
    view: 'Vis som',
    chart: 'Diagram',
    table: 'Tabel',
    legend: 'Signaturforklaring',
  },
} as const satisfies Pick<Messages, 'dashboard' | 'charts'>;
