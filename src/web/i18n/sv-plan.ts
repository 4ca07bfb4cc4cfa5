/** Swedish texts for the plan's own words: node descriptions and the council's assignments. Part of sv.ts (spread into it). */
export const svPlan = {
  node: {
    description: 'Beskrivning',
    descriptionOf: 'av {title}',
  },
  assignments: {
    title: '{name} från regionfullmäktige',
    intro: 'Uppdragen som regionfullmäktige har gett i {plan}, med de organ som ansvarar för dem.',
    link: 'Uppdrag ({count})',
    inPlan: 'i {plan}',
    filter: 'Ansvarigt organ',
    all: 'Alla organ',
    bodyOption: '{name} ({code})',
    withoutBody: 'Inget organ angivet',
    count: '{shown} av {total} uppdrag',
    noBodies: 'Inget organ angivet i planen',
    empty: 'Planen har inga uppdrag.',
    noneMatch: 'Inget uppdrag är givet till det valda organet.',
    col: {
      number: 'Nr',
      bodies: 'Ansvariga',
    },
  },
} as const;
