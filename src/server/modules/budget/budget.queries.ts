import type { Db } from '../../../db/client';
import type { BudgetRow } from '../../../domain/budget';
import type { ImportedBudgetTable } from '../../../importers/plan-text/budget';
import type { BudgetColumnView } from '../../../shared/budget-types';

export interface BudgetTableRow {
  id: number;
  plan_id: number;
  position: number;
  title: string;
  unit: string;
  year: number | null;
  label_header: string;
  columns: BudgetColumnView[];
}

export interface BudgetLineRow {
  id: number;
  table_id: number;
  position: number;
  label: string;
  kind: 'line' | 'total';
  sign: 1 | -1;
  amounts: (number | null)[];
  /** Bumped by every change of the line's content (migration 0026). */
  version: number;
}

/** Writes an imported plan's budget tables and their rows. */
export async function insertImportedBudgetTables(db: Db, planId: number, tables: readonly ImportedBudgetTable[]): Promise<void> {
  for (const [position, t] of tables.entries()) {
    const columns: BudgetColumnView[] = t.columns.map((c) => ({ label: c.label, year: c.year, kind: c.kind, notes: c.notes }));
    const rows = await db.query<{ id: number }>(
      `INSERT INTO budget_tables (plan_id, position, title, unit, year, label_header, columns, source_line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [planId, position, t.title, t.unit, t.year, t.labelHeader, JSON.stringify(columns), t.line],
    );
    const tableId = rows[0]!.id;
    for (const [i, r] of t.rows.entries()) {
      await db.query(
        'INSERT INTO budget_rows (table_id, position, label, kind, sign, amounts, source_line) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [tableId, i, r.label, r.kind, r.sign, JSON.stringify(r.amounts), r.line],
      );
    }
  }
}

export async function planBudgetTables(db: Db, planId: number): Promise<BudgetTableRow[]> {
  return db.query<BudgetTableRow>(
    'SELECT id, plan_id, position, title, unit, year, label_header, columns FROM budget_tables WHERE plan_id = $1 ORDER BY position, id',
    [planId],
  );
}

export async function planBudgetRows(db: Db, planId: number): Promise<BudgetLineRow[]> {
  return db.query<BudgetLineRow>(
    `SELECT r.id, r.table_id, r.position, r.label, r.kind, r.sign, r.amounts, r.version
       FROM budget_rows r JOIN budget_tables t ON t.id = r.table_id
      WHERE t.plan_id = $1 ORDER BY r.table_id, r.position, r.id`,
    [planId],
  );
}

export async function getBudgetTable(db: Db, tableId: number): Promise<(BudgetTableRow & { organisation_id: number }) | undefined> {
  return (
    await db.query<BudgetTableRow & { organisation_id: number }>(
      `SELECT t.id, t.plan_id, t.position, t.title, t.unit, t.year, t.label_header, t.columns, p.organisation_id
         FROM budget_tables t JOIN plans p ON p.id = t.plan_id WHERE t.id = $1`,
      [tableId],
    )
  )[0];
}

export async function getBudgetRow(db: Db, rowId: number): Promise<BudgetLineRow | undefined> {
  return (await db.query<BudgetLineRow>('SELECT id, table_id, position, label, kind, sign, amounts, version FROM budget_rows WHERE id = $1 FOR UPDATE', [rowId]))[0];
}

export async function tableRows(db: Db, tableId: number): Promise<BudgetLineRow[]> {
  return db.query<BudgetLineRow>('SELECT id, table_id, position, label, kind, sign, amounts, version FROM budget_rows WHERE table_id = $1 ORDER BY position, id', [tableId]);
}

/** Inserts a row at `position`, moving the rows from there down by one. */
export async function insertBudgetRow(db: Db, tableId: number, position: number, row: BudgetRow, userId: number): Promise<number> {
  await db.query('UPDATE budget_rows SET position = position + 1 WHERE table_id = $1 AND position >= $2', [tableId, position]);
  const rows = await db.query<{ id: number }>(
    'INSERT INTO budget_rows (table_id, position, label, kind, sign, amounts, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
    [tableId, position, row.label, row.kind, row.sign, JSON.stringify(row.amounts), userId],
  );
  return rows[0]!.id;
}

export async function updateBudgetRow(db: Db, rowId: number, row: BudgetRow, userId: number): Promise<void> {
  await db.query(
    'UPDATE budget_rows SET label = $2, kind = $3, sign = $4, amounts = $5, updated_by = $6, updated_at = now() WHERE id = $1',
    [rowId, row.label, row.kind, row.sign, JSON.stringify(row.amounts), userId],
  );
}

export async function deleteBudgetRow(db: Db, rowId: number): Promise<void> {
  await db.query('DELETE FROM budget_rows WHERE id = $1', [rowId]);
}
