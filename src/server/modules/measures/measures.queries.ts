import type { Db } from '../../../db/client';
import type { ValueRow } from '../plans/plans.queries';

/** A measure's values with who entered them, as the measure page shows them: `SELECT` it and add the `WHERE`. */
const VALUES_WITH_ENTERER = `v.id::int AS id, v.measure_id, v.period, v.sex, v.age_band, v.area, v.value, v.status, v.source,
            COALESCE(NULLIF(u.name, ''), u.email) AS entered_by, v.entered_at::text AS entered_at, v.version
       FROM measure_values v LEFT JOIN users u ON u.id = v.entered_by`;

export async function measureValues(db: Db, measureId: number): Promise<ValueRow[]> {
  return db.query<ValueRow>(`SELECT ${VALUES_WITH_ENTERER} WHERE v.measure_id = $1 ORDER BY v.period, v.sex, v.age_band, v.area`, [measureId]);
}

/** One value of a measure, as measureValues reads it (a measure at national scale has thousands). */
export async function measureValue(db: Db, measureId: number, valueId: number): Promise<ValueRow | undefined> {
  const rows = await db.query<ValueRow>(`SELECT ${VALUES_WITH_ENTERER} WHERE v.measure_id = $1 AND v.id = $2`, [measureId, valueId]);
  return rows[0];
}

/** Ancestors of a node, top first. */
export async function nodePath(db: Db, nodeId: number): Promise<{ id: number; level_key: string; title: string }[]> {
  return db.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, level_key, title, 0 AS depth FROM plan_nodes WHERE id = $1
       UNION ALL
       SELECT n.id, n.parent_id, n.level_key, n.title, up.depth + 1 FROM plan_nodes n JOIN up ON n.id = up.parent_id)
     SELECT id, level_key, title FROM up ORDER BY depth DESC`,
    [nodeId],
  );
}

export interface ValueInput {
  measureId: number;
  period: string;
  sex: 'K' | 'M' | 'T';
  ageBand: string;
  area: string;
  value: number;
  status: 'preliminary' | 'final';
  source: string | null;
  enteredBy: number | null;
}

/** Inserts or replaces the value for (measure, period, sex, age band, area). */
export async function upsertValue(db: Db, v: ValueInput): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO measure_values (measure_id, period, sex, age_band, area, value, status, source, entered_by, entered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
     ON CONFLICT (measure_id, period, sex, age_band, area)
     DO UPDATE SET value = EXCLUDED.value, status = EXCLUDED.status, source = EXCLUDED.source,
                   entered_by = EXCLUDED.entered_by, entered_at = now()
     RETURNING id::int AS id`,
    [v.measureId, v.period, v.sex, v.ageBand, v.area, v.value, v.status, v.source, v.enteredBy],
  );
  return rows[0]!.id;
}

export async function deleteValue(db: Db, measureId: number, valueId: number): Promise<boolean> {
  const rows = await db.query('DELETE FROM measure_values WHERE id = $1 AND measure_id = $2 RETURNING id', [valueId, measureId]);
  return rows.length > 0;
}

export async function measureOrganisation(db: Db, measureId: number): Promise<{ organisation_id: number; owner_user_id: number | null } | undefined> {
  return (
    await db.query<{ organisation_id: number; owner_user_id: number | null }>(
      'SELECT p.organisation_id, m.owner_user_id FROM measures m JOIN plans p ON p.id = m.plan_id WHERE m.id = $1',
      [measureId],
    )
  )[0];
}

export async function userName(db: Db, userId: number): Promise<string | null> {
  const rows = await db.query<{ name: string }>("SELECT COALESCE(NULLIF(name, ''), email) AS name FROM users WHERE id = $1", [userId]);
  return rows[0]?.name ?? null;
}

/** The stored value for one key, locked for the transaction (the key itself, too, when there is none yet). */
export async function valueForUpdate(
  db: Db,
  k: { measureId: number; period: string; sex: string; ageBand: string; area: string },
): Promise<{ id: number; value: number; version: number; entered_by: string | null; entered_at: string; source: string | null } | undefined> {
  if (db.kind === 'postgres') await db.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [k.measureId, `${k.period}|${k.sex}|${k.ageBand}|${k.area}`]);
  const rows = await db.query<{ id: number; value: number; version: number; entered_by: string | null; entered_at: string; source: string | null }>(
    `SELECT v.id::int AS id, v.value, v.version, COALESCE(NULLIF(u.name, ''), u.email) AS entered_by, v.entered_at::text AS entered_at, v.source
       FROM measure_values v LEFT JOIN users u ON u.id = v.entered_by
      WHERE v.measure_id = $1 AND v.period = $2 AND v.sex = $3 AND v.age_band = $4 AND v.area = $5 FOR UPDATE OF v`,
    [k.measureId, k.period, k.sex, k.ageBand, k.area],
  );
  return rows[0];
}
