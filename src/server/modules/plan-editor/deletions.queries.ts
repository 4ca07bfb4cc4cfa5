import type { Db } from '../../../db/client';

/**
 * What hangs on a set of nodes and measures, table by table, so that a deletion can be undone
 * exactly: the rows of every table that the deletion cascades to, and the links it sets to NULL.
 * A new table that references plan_nodes or measures belongs here too.
 */
const CASCADED: { table: string; where: string }[] = [
  { table: 'plan_nodes', where: 'id = ANY(:nodes)' },
  { table: 'measures', where: 'id = ANY(:measures)' },
  { table: 'measure_targets', where: 'measure_id = ANY(:measures)' },
  { table: 'measure_values', where: 'measure_id = ANY(:measures)' },
  { table: 'kolada_fetches', where: 'measure_id = ANY(:measures)' },
  { table: 'node_owners', where: 'node_id = ANY(:nodes)' },
  { table: 'judgements', where: 'node_id = ANY(:nodes)' },
  { table: 'judgement_events', where: 'judgement_id IN (SELECT id FROM judgements WHERE node_id = ANY(:nodes))' },
  { table: 'activity_nodes', where: 'node_id = ANY(:nodes)' },
  { table: 'node_agenda_goals', where: 'node_id = ANY(:nodes)' },
  { table: 'roadmap_links', where: 'plan_node_id = ANY(:nodes) OR measure_id = ANY(:measures)' },
];

/** Links from rows that stay to rows that go: set to NULL by the deletion, set back by a restore. */
const NULLED: { table: string; column: string; where: string }[] = [
  { table: 'risk_assessments', column: 'node_id', where: 'node_id = ANY(:nodes)' },
  // A consultation's part keeps its title when its node goes; a restore links it again.
  { table: 'consultation_parts', column: 'node_id', where: 'node_id = ANY(:nodes)' },
  { table: 'plan_nodes', column: 'serves_node_id', where: 'serves_node_id = ANY(:nodes) AND NOT (id = ANY(:nodes))' },
  { table: 'plan_nodes', column: 'predecessor_node_id', where: 'predecessor_node_id = ANY(:nodes) AND NOT (id = ANY(:nodes))' },
  { table: 'measures', column: 'predecessor_measure_id', where: 'predecessor_measure_id = ANY(:measures) AND NOT (id = ANY(:measures))' },
];

/** Binds `:nodes` and `:measures` to positional parameters, passing only those the text uses (PostgreSQL refuses unused ones). */
function bind(sql: string, nodeIds: number[], measureIds: number[]): [string, unknown[]] {
  const params: unknown[] = [];
  const index = new Map<string, number>();
  const text = sql.replace(/:(nodes|measures)/g, (_, name: 'nodes' | 'measures') => {
    if (!index.has(name)) {
      params.push(name === 'nodes' ? nodeIds : measureIds);
      index.set(name, params.length);
    }
    return `$${index.get(name)}::int[]`;
  });
  return [text, params];
}

export interface CapturedRows {
  cascaded: Record<string, unknown[]>;
  nulled: { table: string; column: string; rows: { id: number; value: number }[] }[];
}

/** Reads every row a deletion of these nodes and measures would remove or unlink. */
export async function captureRows(db: Db, nodeIds: number[], measureIds: number[]): Promise<CapturedRows> {
  const cascaded: Record<string, unknown[]> = {};
  for (const { table, where } of CASCADED) {
    const rows = await db.query<{ rows: unknown[] }>(...bind(`SELECT COALESCE(json_agg(t), '[]'::json) AS rows FROM ${table} t WHERE ${where}`, nodeIds, measureIds));
    cascaded[table] = rows[0]!.rows;
  }
  const nulled: CapturedRows['nulled'] = [];
  for (const { table, column, where } of NULLED) {
    const rows = await db.query<{ id: number; value: number }>(...bind(`SELECT id, ${column} AS value FROM ${table} WHERE ${where}`, nodeIds, measureIds));
    if (rows.length > 0) nulled.push({ table, column, rows });
  }
  return { cascaded, nulled };
}

/** Puts captured rows back: every cascaded table in dependency order, then the links. */
export async function restoreRows(db: Db, captured: CapturedRows): Promise<void> {
  for (const { table } of CASCADED) {
    const rows = captured.cascaded[table] ?? [];
    if (rows.length === 0) continue;
    await db.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [JSON.stringify(rows)]);
  }
  for (const { table, column, rows } of captured.nulled) {
    await db.query(
      `UPDATE ${table} t SET ${column} = x.value FROM unnest($1::int[], $2::int[]) AS x(id, value) WHERE t.id = x.id`,
      [rows.map((r) => r.id), rows.map((r) => r.value)],
    );
  }
}

export async function insertDeletion(
  db: Db,
  d: { planId: number; objectType: 'node' | 'measure'; objectId: number; rows: CapturedRows; impact: unknown; by: number | null },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO plan_deletions (plan_id, object_type, object_id, rows, impact, deleted_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [d.planId, d.objectType, d.objectId, JSON.stringify(d.rows), JSON.stringify(d.impact), d.by],
  );
  return rows[0]!.id;
}

export interface DeletionRow {
  id: number;
  plan_id: number;
  object_type: 'node' | 'measure';
  object_id: number;
  rows: CapturedRows;
  restored_at: string | null;
}

export async function lockDeletion(db: Db, id: number): Promise<DeletionRow | undefined> {
  return (await db.query<DeletionRow>('SELECT id, plan_id, object_type, object_id, rows, restored_at::text FROM plan_deletions WHERE id = $1 FOR UPDATE', [id]))[0];
}

export async function markRestored(db: Db, id: number): Promise<void> {
  await db.query('UPDATE plan_deletions SET restored_at = now() WHERE id = $1', [id]);
}

/** Counts for "what goes with it": nodes per level, measures, values and judgements. */
export async function impactCounts(db: Db, nodeIds: number[], measureIds: number[]): Promise<{ levels: { level_key: string; count: number }[]; values: number; judgements: number }> {
  const levels = await db.query<{ level_key: string; count: number }>(
    'SELECT level_key, count(*)::int AS count FROM plan_nodes WHERE id = ANY($1::int[]) GROUP BY level_key',
    [nodeIds],
  );
  const values = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM measure_values WHERE measure_id = ANY($1::int[])', [measureIds]);
  const judgements = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM judgements WHERE node_id = ANY($1::int[])', [nodeIds]);
  return { levels, values: values[0]!.n, judgements: judgements[0]!.n };
}
