import type { Db, Tx } from '../../../db/client';
import { checkBudgetTable, validateBudgetLine, type BudgetTable } from '../../../domain/budget';
import type { BudgetLineRequest, BudgetOverview, BudgetTableView } from '../../../shared/budget-types';
import { type Actor, can } from '../../access/can';
import { AppError } from '../../http/errors';
import { authorize } from '../../http/session';
import { staleEdit } from '../../http/versions';
import { audit } from '../audit/audit';
import { readablePlan } from '../plans/plans.service';
import * as q from './budget.queries';

function toView(t: q.BudgetTableRow, rows: q.BudgetLineRow[]): BudgetTableView {
  const table: BudgetTable = { title: t.title, unit: t.unit, year: t.year, columns: t.columns, rows };
  const checks = checkBudgetTable(table).map((c) => ({ ...c, rowId: rows[c.row]!.id }));
  return {
    id: t.id,
    planId: t.plan_id,
    position: t.position,
    title: t.title,
    unit: t.unit,
    year: t.year,
    labelHeader: t.label_header,
    columns: t.columns,
    rows: rows.map((r) => ({ id: r.id, position: r.position, label: r.label, kind: r.kind, sign: r.sign, amounts: r.amounts, version: r.version })),
    checks,
    allAgree: checks.every((c) => c.ok),
  };
}

/**
 * A plan's budget tables as plain data, each with its computed sums checked against the
 * stated totals. No authorisation here: callers (the budget page, document exports) check
 * plan:read first.
 */
export async function listBudgetTables(db: Db, planId: number): Promise<BudgetTableView[]> {
  const [tables, rows] = await Promise.all([q.planBudgetTables(db, planId), q.planBudgetRows(db, planId)]);
  return tables.map((t) => toView(t, rows.filter((r) => r.table_id === t.id)));
}

/** The budget page: every table with its checks. */
export async function getBudgetOverview(db: Db, actor: Actor, planId: number): Promise<BudgetOverview> {
  const plan = await readablePlan(db, actor, planId);
  return { planId, planTitle: plan.title, tables: await listBudgetTables(db, planId), canEdit: can(actor, 'plan:edit', { organisationId: plan.organisation_id }) };
}

async function editableTable(db: Db, actor: Actor, tableId: number) {
  const table = await q.getBudgetTable(db, tableId);
  if (!table) throw new AppError('not-found', `Budgettabellen ${tableId} finns inte.`);
  authorize(actor, 'plan:edit', { organisationId: table.organisation_id });
  return table;
}

function checkedLine(table: q.BudgetTableRow, input: BudgetLineRequest) {
  const result = validateBudgetLine(table, input);
  if ('errors' in result) throw new AppError('validation', result.errors[0]!.message, result.errors);
  return result.row;
}

async function tableView(db: Db, table: q.BudgetTableRow): Promise<BudgetTableView> {
  return toView(table, await q.tableRows(db, table.id));
}

type EditableTable = Awaited<ReturnType<typeof editableTable>>;

/** What the audit log keeps of a line (the words of its fields are those of `http/versions.ts`). */
const lineSnapshot = (r: q.BudgetLineRow) => ({ label: r.label, kind: r.kind, sign: r.sign, amounts: r.amounts, position: r.position, version: r.version });

/** Audits a change of a budget line in the transaction that made it. */
async function auditLine(tx: Tx, actor: Actor, table: EditableTable, rowId: number, action: string, before: q.BudgetLineRow | undefined, after: q.BudgetLineRow | undefined): Promise<void> {
  await audit(tx, { userId: actor.id }, {
    organisationId: table.organisation_id,
    planId: table.plan_id,
    objectType: 'budget-row',
    objectId: rowId,
    action,
    before: before ? { table: table.title, ...lineSnapshot(before) } : null,
    after: after ? { table: table.title, ...lineSnapshot(after) } : null,
  });
}

/** Locks a line in `tx` and refuses a change made against an older version (409, naming who changed what). */
async function lockedLine(tx: Db, rowId: number, seen: number | undefined): Promise<q.BudgetLineRow> {
  const row = await q.getBudgetRow(tx, rowId);
  if (!row) throw new AppError('not-found', `Budgetraden ${rowId} finns inte.`);
  if (seen !== undefined && seen !== row.version) throw await staleEdit(tx, 'budget-row', rowId, `Budgetraden "${row.label}"`, seen, row.version);
  return row;
}

/** Adds a line to a table, above its first total row unless a position is given. */
export async function addBudgetLine(db: Db, actor: Actor, tableId: number, input: BudgetLineRequest & { position?: number }): Promise<BudgetTableView> {
  const table = await editableTable(db, actor, tableId);
  const row = checkedLine(table, input);
  await db.transaction(async (tx) => {
    const rows = await q.tableRows(tx, tableId);
    const firstTotal = rows.findIndex((r) => r.kind === 'total');
    const position = Math.min(input.position ?? (firstTotal < 0 ? rows.length : firstTotal), rows.length);
    const id = await q.insertBudgetRow(tx, tableId, position, row, actor.id);
    // Positions are kept dense so that a row's index is its place in the table.
    const after = await q.tableRows(tx, tableId);
    for (const [i, r] of after.entries()) if (r.position !== i) await tx.query('UPDATE budget_rows SET position = $2 WHERE id = $1', [r.id, i]);
    await auditLine(tx, actor, table, id, 'create', undefined, await q.getBudgetRow(tx, id));
  });
  return tableView(db, table);
}

/** Changes a line's label, amounts, kind or sign; the whole line is validated again. A change against an older version is refused (409). */
export async function updateBudgetLine(db: Db, actor: Actor, rowId: number, input: Partial<BudgetLineRequest> & { version?: number }): Promise<BudgetTableView> {
  const existing = await q.getBudgetRow(db, rowId);
  if (!existing) throw new AppError('not-found', `Budgetraden ${rowId} finns inte.`);
  const table = await editableTable(db, actor, existing.table_id);
  await db.transaction(async (tx) => {
    const before = await lockedLine(tx, rowId, input.version);
    const row = checkedLine(table, {
      label: input.label ?? before.label,
      kind: input.kind ?? before.kind,
      sign: input.sign ?? before.sign,
      amounts: input.amounts ?? before.amounts,
    });
    await q.updateBudgetRow(tx, rowId, row, actor.id);
    await auditLine(tx, actor, table, rowId, 'update', before, await q.getBudgetRow(tx, rowId));
  });
  return tableView(db, table);
}

/** Removes a line from its table (refused, 409, when it changed after the version the person saw). */
export async function removeBudgetLine(db: Db, actor: Actor, rowId: number, version?: number): Promise<BudgetTableView> {
  const existing = await q.getBudgetRow(db, rowId);
  if (!existing) throw new AppError('not-found', `Budgetraden ${rowId} finns inte.`);
  const table = await editableTable(db, actor, existing.table_id);
  await db.transaction(async (tx) => {
    const before = await lockedLine(tx, rowId, version);
    await q.deleteBudgetRow(tx, rowId);
    await auditLine(tx, actor, table, rowId, 'delete', before, undefined);
  });
  return tableView(db, table);
}
