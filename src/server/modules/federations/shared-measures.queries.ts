import type { Db } from '../../../db/client';

export interface SharedMeasureRow {
  id: number;
  name: string;
  unit: string | null;
  better_direction: 'increase' | 'decrease' | null;
  kolada_kpi: string | null;
}

/** The shared plan's measures in plan order. */
export async function sharedMeasures(db: Db, planId: number): Promise<SharedMeasureRow[]> {
  return db.query<SharedMeasureRow>(
    `SELECT m.id, m.name, m.unit, m.better_direction, m.kolada_kpi FROM measures m JOIN plan_nodes n ON n.id = m.node_id
      WHERE m.plan_id = $1 ORDER BY n.position, n.id, m.position, m.id`,
    [planId],
  );
}

export interface CounterpartRow {
  shared_id: number;
  organisation_id: number;
  measure_id: number;
  plan_id: number;
}

/**
 * Each member's own measure for a shared measure: one of its plans' measures with the same Kolada
 * KPI (or, when the shared measure has none, the same name). Plans that adopted a goal of the
 * shared plan come first, then the newest plan; one row per shared measure and member.
 */
export async function counterparts(db: Db, sharedPlanId: number, organisationIds: readonly number[]): Promise<CounterpartRow[]> {
  const rows = await db.query<CounterpartRow>(
    `SELECT s.id AS shared_id, p.organisation_id, m.id AS measure_id, m.plan_id
       FROM measures s
       JOIN measures m ON m.plan_id <> s.plan_id
        AND (CASE WHEN s.kolada_kpi IS NOT NULL THEN m.kolada_kpi = s.kolada_kpi ELSE lower(m.name) = lower(s.name) END)
       JOIN plans p ON p.id = m.plan_id
      WHERE s.plan_id = $1 AND p.organisation_id = ANY($2::int[])
      ORDER BY s.id, p.organisation_id,
               EXISTS (SELECT 1 FROM plan_nodes n JOIN plan_nodes sn ON sn.id = n.serves_node_id WHERE n.plan_id = p.id AND sn.plan_id = $1) DESC,
               p.id DESC, m.id`,
    [sharedPlanId, [...organisationIds]],
  );
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.shared_id}|${r.organisation_id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whole-population values (both sexes together) of the measures, every period. */
export async function totalValues(db: Db, measureIds: readonly number[]): Promise<{ measure_id: number; period: string; value: number }[]> {
  if (measureIds.length === 0) return [];
  return db.query(`SELECT measure_id, period, value FROM measure_values WHERE measure_id = ANY($1::int[]) AND sex = 'T' AND age_band = '' AND area = ''`, [[...measureIds]]);
}

/** Kolada's values (both sexes together) of the KPIs for the Kolada ids. */
export async function koladaTotals(db: Db, kpis: readonly string[], ids: readonly string[]): Promise<{ kpi: string; municipality_id: string; year: number; value: number }[]> {
  if (kpis.length === 0 || ids.length === 0) return [];
  return db.query(
    `SELECT kpi, municipality_id, year, value FROM kolada_values WHERE kpi = ANY($1::text[]) AND municipality_id = ANY($2::text[]) AND gender = 'T' AND value IS NOT NULL`,
    [[...kpis], [...ids]],
  );
}
