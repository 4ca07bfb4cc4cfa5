import type { Messages } from './types';

/** Danish texts for the plan's own words: node descriptions and the council's assignments. Part of da.ts (spread into it). */
export const daPlan = {
  node: {
    description: 'Beskrivelse',
    descriptionOf: 'af {title}',
  },
  assignments: {
    title: '{name}oversigt fra regionsfuldmægtige',
    intro: 'De opgaver, som regionsfuldmægtige har givet i {plan}, med de organer, der er ansvarlige for dem.',
    link: 'Opgaver ({count})',
    inPlan: 'i {plan}',
    filter: 'Ansvarligt organ',
    all: 'Alle organer',
    bodyOption: '{name} ({code})',
    withoutBody: 'Intet organ angivet',
    count: '{shown} af {total} opgaver',
    noBodies: 'Intet organ angivet i planen',
    empty: 'Planen har ingen opgaver.',
    noneMatch: 'Ingen opgave er givet til det valgte organ.',
    col: {
      number: 'Nr.',
      bodies: 'Ansvarlige',
    },
  },
} as const satisfies Pick<Messages, 'node' | 'assignments'>;
