import type { Messages } from './types';

/** Danish texts for forecasts at DÅ 04/08 and the follow-up navigation. Part of da.ts. */
export const daForecast = {
  forecast: {
    legend: 'Prognose og kommentar – {measure}',
    value: 'Prognose for hele året {year}',
    valueHint: 'Den værdi, du regner med for hele året, i samme enhed som målet.',
    comment: 'Kommentar',
    save: 'Gem prognose',
    saved: 'Prognosen er gemt.',
    failed: 'Prognosen kunne ikke gemmes.',
    label: 'Prognose',
    commentLabel: 'Kommentar',
    none: 'Ingen prognose endnu',
    verdict: {
      meets: 'Prognosen når målet',
      misses: 'Prognosen når ikke målet',
      unknown: 'Prognosen kan ikke vurderes',
    },
  },
  followupNav: {
    label: 'Mål og succesfaktorer til opfølgning',
    measures: 'Målinger under {title}',
    noMeasures: 'Ingen målinger hører til {title}.',
    previous: 'Forrige: {title}',
    next: 'Næste: {title}',
    position: '{index} af {count}',
    col: {
      measure: 'Måling',
      value: 'Resultat',
      target: 'Mål',
      status: 'Status',
    },
  },
} as const satisfies Pick<Messages, 'forecast' | 'followupNav'>;
