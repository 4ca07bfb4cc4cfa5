import type { Db } from '../../../db/client';

export interface DifferenceRow {
  measure_id: number;
  measure_name: string;
  owner_user_id: number | null;
  value_id: number;
  period: string;
  sex: 'T' | 'K' | 'M';
  entered: number;
  entered_by: string | null;
  version: number;
  kolada: number;
}

/**
 * Values of a plan's measures that a person or a file gave (not Kolada) and that differ from the
 * Kolada value fetched for the organisation, period (a year) and sex — except those a person chose
 * to keep over that same Kolada value.
 */
export async function planDifferences(db: Db, planId: number, measureId?: number): Promise<DifferenceRow[]> {
  return db.query<DifferenceRow>(
    `SELECT m.id AS measure_id, m.name AS measure_name, m.owner_user_id, mv.id::int AS value_id, mv.period, mv.sex,
            mv.value AS entered, COALESCE(NULLIF(u.name, ''), u.email, mv.source) AS entered_by, mv.version, kv.value AS kolada
       FROM measures m
       JOIN plans p ON p.id = m.plan_id
       JOIN organisations o ON o.id = p.organisation_id
       JOIN measure_values mv ON mv.measure_id = m.id AND mv.age_band = '' AND mv.area = '' AND mv.source IS DISTINCT FROM 'Kolada'
       JOIN kolada_values kv ON kv.kpi = m.kolada_kpi AND kv.municipality_id = o.kolada_id AND kv.year::text = mv.period AND kv.gender = mv.sex
       LEFT JOIN users u ON u.id = mv.entered_by
       LEFT JOIN kolada_choices c ON c.measure_id = m.id AND c.period = mv.period AND c.sex = mv.sex AND c.kolada_value = kv.value AND c.entered_value = mv.value
      WHERE m.plan_id = $1 AND ($2::int IS NULL OR m.id = $2) AND kv.value IS NOT NULL AND kv.value <> mv.value AND c.measure_id IS NULL
      ORDER BY m.id, mv.period, mv.sex`,
    [planId, measureId ?? null],
  );
}

/** Locks the stored value of a period and sex (whole population) for a choice. */
export async function lockValue(db: Db, measureId: number, period: string, sex: string): Promise<{ id: number; version: number; value: number; source: string | null } | undefined> {
  return (
    await db.query<{ id: number; version: number; value: number; source: string | null }>(
      `SELECT id::int AS id, version, value, source FROM measure_values
        WHERE measure_id = $1 AND period = $2 AND sex = $3 AND age_band = '' AND area = '' FOR UPDATE`,
      [measureId, period, sex],
    )
  )[0];
}

/** Makes the value Kolada's: the next fetch keeps it up to date. */
export async function takeKoladaValue(db: Db, valueId: number, value: number, userId: number): Promise<void> {
  await db.query(`UPDATE measure_values SET value = $2, source = 'Kolada', status = 'final', entered_by = $3, entered_at = now() WHERE id = $1`, [valueId, value, userId]);
}

/** Remembers that a person keeps this entered value over this Kolada value. */
export async function rememberKept(db: Db, c: { measureId: number; period: string; sex: string; kolada: number; entered: number; userId: number }): Promise<void> {
  await db.query(
    `INSERT INTO kolada_choices (measure_id, period, sex, kolada_value, entered_value, decided_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (measure_id, period, sex) DO UPDATE SET kolada_value = EXCLUDED.kolada_value, entered_value = EXCLUDED.entered_value,
       decided_by = EXCLUDED.decided_by, decided_at = now()`,
    [c.measureId, c.period, c.sex, c.kolada, c.entered, c.userId],
  );
}

/** The plan and organisation of a measure. */
export async function measurePlan(db: Db, measureId: number): Promise<{ plan_id: number; organisation_id: number; owner_user_id: number | null } | undefined> {
  return (
    await db.query<{ plan_id: number; organisation_id: number; owner_user_id: number | null }>(
      'SELECT m.plan_id, p.organisation_id, m.owner_user_id FROM measures m JOIN plans p ON p.id = m.plan_id WHERE m.id = $1',
      [measureId],
    )
  )[0];
}
