import type { Db } from '../../../db/client';

export interface AreaMeasureRow {
  id: number;
  name: string;
  unit: string | null;
  periods: string[];
}

export interface AreaValueRow {
  period: string;
  sex: 'K' | 'M' | 'T';
  area: string;
  value: number;
}

/** The plan's measures that have values by area, with the periods that have them, in plan order. */
export async function areaMeasures(db: Db, planId: number): Promise<AreaMeasureRow[]> {
  return db.query<AreaMeasureRow>(
    `SELECT m.id, m.name, m.unit, array_agg(DISTINCT v.period ORDER BY v.period) AS periods
       FROM measures m
       JOIN measure_values v ON v.measure_id = m.id AND v.area <> ''
      WHERE m.plan_id = $1
      GROUP BY m.id, m.name, m.unit, m.position
      ORDER BY m.position, m.id`,
    [planId],
  );
}

/** A measure's values for all ages, by area and for the whole area (''), every period and sex. */
export async function measureAreaValues(db: Db, measureId: number): Promise<AreaValueRow[]> {
  return db.query<AreaValueRow>(
    `SELECT period, sex, area, value FROM measure_values
      WHERE measure_id = $1 AND age_band = ''
      ORDER BY period, sex, area`,
    [measureId],
  );
}

export interface MeasureFactsRow {
  id: number;
  plan_id: number;
  name: string;
  unit: string | null;
  better_direction: 'increase' | 'decrease' | null;
}

export async function getMeasure(db: Db, measureId: number): Promise<MeasureFactsRow | undefined> {
  return (await db.query<MeasureFactsRow>('SELECT id, plan_id, name, unit, better_direction FROM measures WHERE id = $1', [measureId]))[0];
}

/** The plan's measures linked to a Kolada KPI, in plan order. */
export async function koladaMeasures(db: Db, planId: number): Promise<{ id: number; name: string; kpi: string }[]> {
  return db.query('SELECT id, name, kolada_kpi AS kpi FROM measures WHERE plan_id = $1 AND kolada_kpi IS NOT NULL ORDER BY position, id', [planId]);
}
