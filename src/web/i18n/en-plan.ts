import type { Messages } from './types';

/** English texts for the plan's own words: node descriptions and the council's assignments. Part of en.ts (spread into it). */
export const enPlan = {
  node: {
    description: 'Description',
    descriptionOf: 'of {title}',
  },
  assignments: {
    title: '{name} list from the Regional Council',
    intro: 'The assignments that the Regional Council has given in {plan}, with the bodies responsible for them.',
    link: 'Assignments ({count})',
    inPlan: 'in {plan}',
    filter: 'Responsible body',
    all: 'All bodies',
    bodyOption: '{name} ({code})',
    withoutBody: 'No body given',
    count: '{shown} of {total} assignments',
    noBodies: 'No body is given in the plan',
    empty: 'The plan has no assignments.',
    noneMatch: 'No assignment is given to the chosen body.',
    col: {
      number: 'No.',
      bodies: 'Responsible',
    },
  },
} as const satisfies Pick<Messages, 'node' | 'assignments'>;
