import type { Db } from '../../../db/client';

export interface ForecastRow {
  measure_id: number;
  period: string;
  forecast: number | null;
  comment: string;
  version: number;
  entered_by: string | null;
  entered_at: string;
}

const SELECT_FORECAST = `SELECT f.measure_id, f.period, f.forecast, f.comment, f.version,
       COALESCE(NULLIF(u.name, ''), u.email) AS entered_by, f.entered_at::text AS entered_at
  FROM measure_forecasts f LEFT JOIN users u ON u.id = f.entered_by`;

/** The forecasts of a plan's measures for one period. */
export async function planForecasts(db: Db, planId: number, period: string): Promise<ForecastRow[]> {
  return db.query<ForecastRow>(
    `${SELECT_FORECAST} JOIN measures m ON m.id = f.measure_id WHERE m.plan_id = $1 AND f.period = $2 ORDER BY f.measure_id`,
    [planId, period],
  );
}

/** The measures of a plan that have a forecast (a number, not only a comment) for the period. */
export async function measuresWithForecast(db: Db, planId: number, period: string): Promise<Set<number>> {
  const rows = await db.query<{ measure_id: number }>(
    `SELECT f.measure_id FROM measure_forecasts f JOIN measures m ON m.id = f.measure_id
      WHERE m.plan_id = $1 AND f.period = $2 AND f.forecast IS NOT NULL`,
    [planId, period],
  );
  return new Set(rows.map((r) => r.measure_id));
}

/** One measure's forecast for a period, locked for the transaction (the key itself too when there is none yet). */
export async function forecastForUpdate(db: Db, measureId: number, period: string): Promise<ForecastRow | undefined> {
  if (db.kind === 'postgres') await db.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [measureId, `forecast|${period}`]);
  return (await db.query<ForecastRow>(`${SELECT_FORECAST} WHERE f.measure_id = $1 AND f.period = $2 FOR UPDATE OF f`, [measureId, period]))[0];
}

/** Inserts or replaces a measure's forecast and comment for a period (the version moves by trigger). */
export async function upsertForecast(db: Db, f: { measureId: number; period: string; forecast: number | null; comment: string; enteredBy: number }): Promise<void> {
  await db.query(
    `INSERT INTO measure_forecasts (measure_id, period, forecast, comment, entered_by, entered_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (measure_id, period)
     DO UPDATE SET forecast = EXCLUDED.forecast, comment = EXCLUDED.comment, entered_by = EXCLUDED.entered_by, entered_at = now()`,
    [f.measureId, f.period, f.forecast, f.comment, f.enteredBy],
  );
}

export interface ForecastMeasureContext {
  plan_id: number;
  organisation_id: number;
  owner_user_id: number | null;
}

/** The plan and organisation a measure belongs to, and its owner. */
export async function forecastMeasureContext(db: Db, measureId: number): Promise<ForecastMeasureContext | undefined> {
  return (
    await db.query<ForecastMeasureContext>(
      'SELECT m.plan_id, p.organisation_id, m.owner_user_id FROM measures m JOIN plans p ON p.id = m.plan_id WHERE m.id = $1',
      [measureId],
    )
  )[0];
}
