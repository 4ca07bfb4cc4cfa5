import type { Db } from '../../../db/client';

export interface EqualityMeasureRow {
  id: number;
  plan_id: number;
  name: string;
  unit: string | null;
  better_direction: 'increase' | 'decrease' | null;
  node_title: string;
}

export interface BreakdownValueRow {
  measure_id: number;
  period: string;
  sex: 'K' | 'M' | 'T';
  age_band: string;
  area: string;
  value: number;
}

export interface ThresholdRow {
  relative_gap: number;
  absolute_points: number | null;
}

const MEASURE_COLUMNS = `m.id, m.plan_id, m.name, m.unit, m.better_direction, n.title AS node_title
  FROM measures m JOIN plan_nodes n ON n.id = m.node_id`;

/** The plan's measures in plan order, with the node each hangs on. */
export async function planMeasures(db: Db, planId: number): Promise<EqualityMeasureRow[]> {
  return db.query<EqualityMeasureRow>(`SELECT ${MEASURE_COLUMNS} WHERE m.plan_id = $1 ORDER BY m.position, m.id`, [planId]);
}

export async function getMeasure(db: Db, measureId: number): Promise<EqualityMeasureRow | undefined> {
  return (await db.query<EqualityMeasureRow>(`SELECT ${MEASURE_COLUMNS} WHERE m.id = $1`, [measureId]))[0];
}

// Whole-population totals (T, all ages, whole area) are what fulfilment judges; the analysis needs the rest.
const BREAKDOWNS = `(v.sex <> 'T' OR v.age_band <> '' OR v.area <> '')`;

/** Every value of the plan's measures split by sex, age band or area, in one query. */
export async function planBreakdownValues(db: Db, planId: number): Promise<BreakdownValueRow[]> {
  return db.query<BreakdownValueRow>(
    `SELECT v.measure_id, v.period, v.sex, v.age_band, v.area, v.value
       FROM measure_values v JOIN measures m ON m.id = v.measure_id
      WHERE m.plan_id = $1 AND ${BREAKDOWNS}
      ORDER BY v.measure_id, v.period, v.sex, v.age_band, v.area`,
    [planId],
  );
}

/** One measure's values split by sex, age band or area. */
export async function measureBreakdownValues(db: Db, measureId: number): Promise<BreakdownValueRow[]> {
  return db.query<BreakdownValueRow>(
    `SELECT v.measure_id, v.period, v.sex, v.age_band, v.area, v.value
       FROM measure_values v WHERE v.measure_id = $1 AND ${BREAKDOWNS}
      ORDER BY v.period, v.sex, v.age_band, v.area`,
    [measureId],
  );
}

/** The plan's thresholds, or undefined when it uses the defaults. */
export async function getThresholds(db: Db, planId: number): Promise<ThresholdRow | undefined> {
  return (await db.query<ThresholdRow>('SELECT relative_gap, absolute_points FROM equality_thresholds WHERE plan_id = $1', [planId]))[0];
}

export async function saveThresholds(db: Db, planId: number, t: ThresholdRow, userId: number): Promise<void> {
  await db.query(
    `INSERT INTO equality_thresholds (plan_id, relative_gap, absolute_points, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (plan_id) DO UPDATE SET relative_gap = EXCLUDED.relative_gap, absolute_points = EXCLUDED.absolute_points,
                                         updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [planId, t.relative_gap, t.absolute_points, userId],
  );
}
