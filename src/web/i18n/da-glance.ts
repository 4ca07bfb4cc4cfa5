import type { Messages } from './types';

/** Danish texts for the compact scorecard, the trend, "Målinger uden retning" and the plan's choice between target years. Part of da.ts. */
export const daGlance = {
  glance: {
    view: 'Visning',
    full: 'Fuld',
    compact: 'Kompakt',
    trend: 'Udvikling',
    up: 'op fra {value}',
    down: 'ned fra {value}',
    same: 'uændret fra {value}',
    against: 'sammenlignet med {period}',
    noTrend: 'Ingen sammenligning',
    measures: '{count} målinger',
    directionMissing: 'retning mangler',
    setDirection: 'Angiv retning',
    setDirectionFor: 'Angiv retning for {name}',
    directionLink: 'Målinger uden retning',
    directionTitle: 'Målinger uden retning',
    directionIntro:
      'Målene for disse målinger er et tal, ”Forbedre” eller ”bedre end landet” og siger ikke, i hvilken retning målingen bliver bedre. Indtil nogen angiver retningen, kan de ikke vurderes: scorecardet viser ”Ikke målbart” og for redaktører ”retning mangler”.',
    directionEmpty: 'Alle målinger, hvis mål kræver en retning, har en.',
    directionCount: '{count} målinger mangler retning.',
    colPlace: 'Sted i planen',
    colTargets: 'Mål',
    backToScorecard: 'Tilbage til scorecardet',
    betweenLegend: 'Mellem målårene vurderes målingerne mod',
    betweenNext: 'næste målårs mål (2023 mod målet for 2024)',
    betweenLine: 'en ret linje mellem målene (2023 midt mellem 2022 og 2024, når begge er tal af samme slags)',
  },
} as const satisfies Pick<Messages, 'glance'>;
