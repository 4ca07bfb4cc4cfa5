/** Swedish texts for forecasts (prognos) at DÅ 04/08 and the follow-up page's one-node-at-a-time navigation. Part of sv.ts. */
export const svForecast = {
  forecast: {
    legend: 'Prognos och kommentar – {measure}',
    value: 'Prognos för helåret {year}',
    valueHint: 'Det värde du räknar med för hela året, i samma enhet som måttet.',
    comment: 'Kommentar',
    save: 'Spara prognos',
    saved: 'Prognosen är sparad.',
    failed: 'Prognosen kunde inte sparas.',
    label: 'Prognos',
    commentLabel: 'Kommentar',
    none: 'Ingen prognos ännu',
    verdict: {
      meets: 'Prognosen når målet',
      misses: 'Prognosen når inte målet',
      unknown: 'Prognosen kan inte bedömas',
    },
  },
  followupNav: {
    label: 'Mål och framgångsfaktorer att följa upp',
    measures: 'Mått under {title}',
    noMeasures: 'Inga mått hör till {title}.',
    previous: 'Föregående: {title}',
    next: 'Nästa: {title}',
    position: '{index} av {count}',
    col: {
      measure: 'Mått',
      value: 'Utfall',
      target: 'Mål',
      status: 'Status',
    },
  },
} as const;
