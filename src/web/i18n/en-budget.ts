import type { Messages } from './types';

/** English texts for the plan's budget frames. Part of en.ts (spread into it). */
export const enBudget = {
  budget: {
    title: 'Budget',
    titleFor: 'Budget frames – {plan}',
    link: 'Budget frames',
    intro: 'The plan’s budget tables. The sums are computed again and compared with the totals the plan states; a difference is shown here, never silently corrected.',
    none: 'The plan has no budget tables.',
    unit: 'Amounts in {unit}',
    post: 'Item',
    computed: 'Computed sum',
    agrees: 'agrees',
    differs: 'differs by {difference}',
    computedNote: 'computed {computed}',
    allAgree: 'All {count} sums in the table agree with the computation.',
    mismatches: '{count} of {total} sums do not agree with the computation:',
    mismatchColumn: 'Row "{row}", column "{column}": stated {stated}, computed {computed} (difference {difference} {unit}).',
    mismatchRow: 'Column "{column}" in row "{row}": stated {stated}, computed {computed} (difference {difference} {unit}).',
    notes: 'Footnotes',
    totalRow: 'total row',
    edit: 'Edit',
    editLabel: 'Edit the row {label}',
    editTitle: 'Edit the row "{label}" in {table}',
    label: 'Label',
    amountIn: '{column} ({unit})',
    amountHint: 'E.g. 8,406.5 or -8.1. Leave empty if the row has no amount here.',
    save: 'Save the row',
    cancel: 'Cancel',
    saved: 'The row "{label}" has been saved.',
    failed: 'The row could not be saved.',
  },
} as const satisfies Pick<Messages, 'budget'>;
