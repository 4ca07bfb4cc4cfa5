/**
 * The JSON shapes of the budget API: the plan's budget frames as tables with their sums
 * computed and compared with the totals the document states (schemas: contracts/budget.ts).
 */
import type { z } from 'zod';
import type { budgetCheckViewSchema, budgetColumnViewSchema, budgetLineSchema, budgetOverviewSchema, budgetRowViewSchema, budgetTableViewSchema } from './contracts/budget';

export type { BudgetCheck, BudgetColumnKind, BudgetRowKind } from '../domain/budget';

export type BudgetColumnView = z.infer<typeof budgetColumnViewSchema>;

export type BudgetRowView = z.infer<typeof budgetRowViewSchema>;

/** A check with the id of the row that states the total. */
export type BudgetCheckView = z.infer<typeof budgetCheckViewSchema>;

export type BudgetTableView = z.infer<typeof budgetTableViewSchema>;

/** The budget page of a plan. */
export type BudgetOverview = z.infer<typeof budgetOverviewSchema>;

/** A budget line as a form sends it: amounts as typed, one per column. */
export type BudgetLineRequest = z.input<typeof budgetLineSchema>;
