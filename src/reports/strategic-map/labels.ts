/** The strategic map's own words in each language (the milestones stay as the region wrote them). */
import type { Lang } from '../../domain/i18n/lang';

/** The map's legend and caption. */
export const MAP_LABELS: Record<Lang, { unscheduled: string; goals: string; late: string; reached: string; caption: string }> = {
  sv: { unscheduled: 'Inväntar tidplan', goals: 'Övergripande effektmål', late: 'Försenad', reached: 'Uppnådd', caption: 'Strategisk karta, version {year}. Heldragna pilar: möjliggör. Streckade: pekar mot kommande milstolpar och mål.' },
  da: { unscheduled: 'Afventer tidsplan', goals: 'Overordnede effektmål', late: 'Forsinket', reached: 'Nået', caption: 'Strategisk kort, version {year}. Fulde pile: muliggør. Stiplede: peger mod kommende milepæle og mål.' },
  en: { unscheduled: 'Awaiting schedule', goals: 'Overall effect goals', late: 'Late', reached: 'Reached', caption: 'Strategic map, version {year}. Solid arrows: enables. Dashed: points to later milestones and goals.' },
};

/** Tabell 1's own words in each language. */
export const TABLE_1_LABELS: Record<Lang, { year: string; milestone: string; effects: string; targetPictures: string; goals: string; caption: (year: number) => string; unscheduled: string; reachedWhen: string }> = {
  sv: {
    year: 'År',
    milestone: 'Milstolpe',
    effects: 'Effekter av uppnådd milstolpe på kort sikt för invånarna (inv), systemet (sys), verksamheter (vsh)',
    targetPictures: 'Målbilder per insatsområde som beskriver långsiktiga önskade effekter',
    goals: 'Övergripande effektmål',
    caption: (year) => `Tabell 1. Beskrivning av varje milstolpe och önskade effekter, version ${year}.`,
    unscheduled: 'Inväntar tidplan',
    reachedWhen: 'Uppnådd när',
  },
  da: {
    year: 'År',
    milestone: 'Milepæl',
    effects: 'Kortsigtede effekter af den nåede milepæl for borgerne (inv), systemet (sys), virksomhederne (vsh)',
    targetPictures: 'Målbilleder pr. indsatsområde, der beskriver de langsigtede ønskede effekter',
    goals: 'Overordnede effektmål',
    caption: (year) => `Tabel 1. Beskrivelse af hver milepæl og de ønskede effekter, version ${year}.`,
    unscheduled: 'Afventer tidsplan',
    reachedWhen: 'Nået når',
  },
  en: {
    year: 'Year',
    milestone: 'Milestone',
    effects: 'Short-term effects of the reached milestone for residents (inv), the system (sys), services (vsh)',
    targetPictures: 'Target pictures per focus area describing the long-term desired effects',
    goals: 'Overall effect goals',
    caption: (year) => `Table 1. Description of each milestone and the desired effects, version ${year}.`,
    unscheduled: 'Awaiting schedule',
    reachedWhen: 'Reached when',
  },
};
