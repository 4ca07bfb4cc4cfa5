import { WORK_STATUSES, type WorkStatus } from './work-status';

/** An assignment with the bodies it is given to and its status in one period (null: not yet followed up). */
export interface AssignmentState {
  bodies: readonly string[];
  status: WorkStatus | null;
}

/** The key under which assignments without a status are counted. */
export const NOT_REPORTED = 'not-reported';
export type OverviewColumn = WorkStatus | typeof NOT_REPORTED;
export const OVERVIEW_COLUMNS: readonly OverviewColumn[] = [...WORK_STATUSES, NOT_REPORTED];

export interface OverviewRow {
  /** A body code, or null for the assignments that name none. */
  body: string | null;
  counts: Record<OverviewColumn, number>;
  total: number;
}

export interface AssignmentOverview {
  /** One row per body in `bodyOrder` that has assignments, then other codes met, then assignments without a body. */
  rows: OverviewRow[];
  /** Per status over all assignments, each counted once even when given to two bodies. */
  totals: Record<OverviewColumn, number>;
  total: number;
}

const zero = (): Record<OverviewColumn, number> =>
  Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c, 0])) as Record<OverviewColumn, number>;

/**
 * Counts assignments per body × status. An assignment given to RS and RUN counts in both bodies'
 * rows, but once in the totals, so the rows may add up to more than the total.
 */
export function assignmentOverview(assignments: readonly AssignmentState[], bodyOrder: readonly string[]): AssignmentOverview {
  const byBody = new Map<string | null, Record<OverviewColumn, number>>();
  const totals = zero();
  for (const a of assignments) {
    const column: OverviewColumn = a.status ?? NOT_REPORTED;
    totals[column] += 1;
    const bodies: (string | null)[] = a.bodies.length === 0 ? [null] : [...new Set(a.bodies)];
    for (const body of bodies) {
      let counts = byBody.get(body);
      if (!counts) byBody.set(body, (counts = zero()));
      counts[column] += 1;
    }
  }
  const others = [...byBody.keys()].filter((b): b is string => b !== null && !bodyOrder.includes(b)).sort();
  const order: (string | null)[] = [...bodyOrder.filter((b) => byBody.has(b)), ...others, ...(byBody.has(null) ? [null] : [])];
  const rows = order.map((body) => {
    const counts = byBody.get(body)!;
    return { body, counts, total: OVERVIEW_COLUMNS.reduce((sum, c) => sum + counts[c], 0) };
  });
  return { rows, totals, total: assignments.length };
}
