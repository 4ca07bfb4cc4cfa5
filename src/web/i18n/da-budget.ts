import type { Messages } from './types';

/** Danish texts for the plan's budget frames. Part of da.ts (spread into it). */
export const daBudget = {
  budget: {
    title: 'Budget',
    titleFor: 'Budgetrammer – {plan}',
    link: 'Budgetrammer',
    intro: 'Planens budgettabeller. Summerne regnes igen og sammenlignes med de summer, planen angiver; en forskel vises her og rettes aldrig i det stille.',
    none: 'Planen har ingen budgettabeller.',
    unit: 'Beløb i {unit}',
    post: 'Post',
    computed: 'Beregnet sum',
    agrees: 'stemmer',
    differs: 'afviger {difference}',
    computedNote: 'beregnet {computed}',
    allAgree: 'Alle {count} summer i tabellen stemmer med beregningen.',
    mismatches: '{count} af {total} summer stemmer ikke med beregningen:',
    mismatchColumn: 'Rækken "{row}", kolonnen "{column}": angivet {stated}, beregnet {computed} (forskel {difference} {unit}).',
    mismatchRow: 'Kolonnen "{column}" i rækken "{row}": angivet {stated}, beregnet {computed} (forskel {difference} {unit}).',
    notes: 'Fodnoter',
    totalRow: 'sumrække',
    edit: 'Ret',
    editLabel: 'Ret rækken {label}',
    editTitle: 'Ret rækken "{label}" i {table}',
    label: 'Betegnelse',
    amountIn: '{column} ({unit})',
    amountHint: 'F.eks. 8.406,5 eller -8,1. Lad feltet stå tomt, hvis rækken ikke har noget beløb her.',
    save: 'Gem rækken',
    cancel: 'Annullér',
    saved: 'Rækken "{label}" er gemt.',
    failed: 'Rækken kunne ikke gemmes.',
  },
} as const satisfies Pick<Messages, 'budget'>;
