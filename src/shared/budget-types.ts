/**
 * The JSON shapes of the budget API: the plan's budget frames as tables with their sums
 * computed and compared with the totals the document states.
 */
import type { BudgetCheck, BudgetColumnKind, BudgetRowKind } from '../domain/budget';

export type { BudgetCheck, BudgetColumnKind, BudgetRowKind } from '../domain/budget';

export interface BudgetColumnView {
  label: string;
  /** The year of the column's amounts: its own or the table's. */
  year: number | null;
  kind: BudgetColumnKind;
  notes: string[];
}

export interface BudgetRowView {
  id: number;
  position: number;
  label: string;
  kind: BudgetRowKind;
  sign: 1 | -1;
  /** One per column; null for an empty cell. */
  amounts: (number | null)[];
  /** The version a change is made against; a change against an older one is refused (409). */
  version: number;
}

/** A check with the id of the row that states the total. */
export interface BudgetCheckView extends BudgetCheck {
  rowId: number;
}

export interface BudgetTableView {
  id: number;
  planId: number;
  position: number;
  title: string;
  unit: string;
  year: number | null;
  /** The header above the row labels as printed ("Mnkr", "Beslutsnivå"), possibly empty. */
  labelHeader: string;
  columns: BudgetColumnView[];
  rows: BudgetRowView[];
  checks: BudgetCheckView[];
  /** Whether every stated total equals its computed sum. */
  allAgree: boolean;
}

/** The budget page of a plan. */
export interface BudgetOverview {
  planId: number;
  planTitle: string;
  tables: BudgetTableView[];
  canEdit: boolean;
}

/** A budget line as a form sends it: amounts as typed, one per column. */
export interface BudgetLineRequest {
  label: string;
  kind?: BudgetRowKind;
  sign?: 1 | -1;
  amounts: (string | number | null)[];
}
