import type { Db } from '../../../db/client';
import type { KoladaDataPoint } from '../../../importers/kolada/v3-response';
import type { KoladaGender } from '../../../shared/kolada-types';

export interface MeasureKoladaRow {
  measure_id: number;
  name: string;
  kolada_kpi: string | null;
  better_direction: 'increase' | 'decrease' | null;
  organisation_id: number;
  organisation_kolada_id: string | null;
  start_year: number;
  end_year: number;
}

const SELECT_MEASURE = `SELECT m.id AS measure_id, m.name, m.kolada_kpi, m.better_direction, p.organisation_id,
       o.kolada_id AS organisation_kolada_id, p.start_year, p.end_year
  FROM measures m JOIN plans p ON p.id = m.plan_id JOIN organisations o ON o.id = p.organisation_id`;

export async function measureKolada(db: Db, measureId: number): Promise<MeasureKoladaRow | undefined> {
  return (await db.query<MeasureKoladaRow>(`${SELECT_MEASURE} WHERE m.id = $1`, [measureId]))[0];
}

/** Every measure linked to a KPI whose organisation has a Kolada id: what the nightly job refreshes. */
export async function linkedMeasures(db: Db): Promise<MeasureKoladaRow[]> {
  return db.query<MeasureKoladaRow>(`${SELECT_MEASURE} WHERE m.kolada_kpi IS NOT NULL AND o.kolada_id IS NOT NULL ORDER BY m.id`);
}

export async function setMeasureKpi(db: Db, measureId: number, kpi: string | null): Promise<void> {
  await db.query('UPDATE measures SET kolada_kpi = $2 WHERE id = $1', [measureId, kpi]);
}

export async function setOrganisationKoladaId(db: Db, organisationId: number, koladaId: string | null): Promise<boolean> {
  return (await db.query('UPDATE organisations SET kolada_id = $2 WHERE id = $1 RETURNING id', [organisationId, koladaId])).length > 0;
}

export async function organisationKoladaId(db: Db, organisationId: number): Promise<{ kolada_id: string | null } | undefined> {
  return (await db.query<{ kolada_id: string | null }>('SELECT kolada_id FROM organisations WHERE id = $1', [organisationId]))[0];
}

export interface FetchRow {
  id: number;
  measure_id: number;
  kpi: string;
  trigger: 'manual' | 'schedule';
  outcome: 'ok' | 'failed';
  reason: string;
  stored_values: number;
  comparison_values: number;
  started_at: string;
  by: string | null;
}

export async function insertFetch(
  db: Db,
  f: { measureId: number; kpi: string; ids: readonly string[]; years: readonly number[]; trigger: 'manual' | 'schedule'; outcome: 'ok' | 'failed'; reason: string; stored: number; comparison: number; userId: number | null },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO kolada_fetches (measure_id, kpi, municipality_ids, years, trigger, outcome, reason, stored_values, comparison_values, requested_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [f.measureId, f.kpi, f.ids, f.years, f.trigger, f.outcome, f.reason, f.stored, f.comparison, f.userId],
  );
  return rows[0]!.id;
}

const SELECT_FETCH = `SELECT f.id, f.measure_id, f.kpi, f.trigger, f.outcome, f.reason, f.stored_values, f.comparison_values,
       f.started_at::text AS started_at, COALESCE(NULLIF(u.name, ''), u.email) AS by
  FROM kolada_fetches f LEFT JOIN users u ON u.id = f.requested_by`;

export async function lastFetch(db: Db, measureId: number): Promise<FetchRow | undefined> {
  return (await db.query<FetchRow>(`${SELECT_FETCH} WHERE f.measure_id = $1 ORDER BY f.id DESC LIMIT 1`, [measureId]))[0];
}

export async function fetchById(db: Db, id: number): Promise<FetchRow | undefined> {
  return (await db.query<FetchRow>(`${SELECT_FETCH} WHERE f.id = $1`, [id]))[0];
}

/** Replaces what Kolada said about (kpi, ids, years): a value Kolada no longer has disappears here too. */
export async function replaceKoladaValues(db: Db, kpi: string, ids: readonly string[], years: readonly number[], points: readonly KoladaDataPoint[]): Promise<number> {
  await db.query('DELETE FROM kolada_values WHERE kpi = $1 AND municipality_id = ANY($2::text[]) AND year = ANY($3::int[])', [kpi, ids, years]);
  if (points.length === 0) return 0;
  // One statement for all rows: unnest keeps it parameterised whatever the number of values.
  await db.query(
    `INSERT INTO kolada_values (kpi, municipality_id, year, gender, value)
     SELECT $1, u.id, u.year, u.gender, u.value
       FROM unnest($2::text[], $3::int[], $4::text[], $5::float8[]) AS u(id, year, gender, value)`,
    [kpi, points.map((p) => p.municipalityId), points.map((p) => p.year), points.map((p) => p.gender), points.map((p) => p.value)],
  );
  return points.length;
}

/** A value a person (or a file) gave that differs from what Kolada sent for the same period and sex. */
export interface KoladaDifference {
  period: string;
  sex: KoladaGender;
  entered: number;
  kolada: number;
  source: string | null;
  enteredBy: string | null;
}

/**
 * Replaces the measure's Kolada values for the fetched years (whole population, source 'Kolada').
 * A value someone entered or imported is never overwritten: Kolada's value for that period and sex
 * is not stored, and where the two differ the difference is returned for a person to choose.
 */
export async function replaceMeasureValuesFromKolada(
  db: Db,
  measureId: number,
  years: readonly number[],
  values: readonly { period: string; sex: KoladaGender; value: number }[],
  userId: number | null,
): Promise<{ stored: number; differences: KoladaDifference[] }> {
  await db.query(
    `DELETE FROM measure_values WHERE measure_id = $1 AND source = 'Kolada' AND age_band = '' AND area = '' AND period = ANY($2::text[])`,
    [measureId, years.map(String)],
  );
  let stored = 0;
  const differences: KoladaDifference[] = [];
  for (const v of values) {
    const inserted = await db.query(
      `INSERT INTO measure_values (measure_id, period, sex, age_band, area, value, status, source, entered_by, entered_at)
       VALUES ($1, $2, $3, '', '', $4, 'final', 'Kolada', $5, now())
       ON CONFLICT (measure_id, period, sex, age_band, area) DO NOTHING RETURNING id`,
      [measureId, v.period, v.sex, v.value, userId],
    );
    if (inserted.length > 0) {
      stored++;
      continue;
    }
    const [kept] = await db.query<{ value: number; source: string | null; entered_by: string | null }>(
      `SELECT mv.value, mv.source, COALESCE(NULLIF(u.name, ''), u.email) AS entered_by
         FROM measure_values mv LEFT JOIN users u ON u.id = mv.entered_by
        WHERE mv.measure_id = $1 AND mv.period = $2 AND mv.sex = $3 AND mv.age_band = '' AND mv.area = ''`,
      [measureId, v.period, v.sex],
    );
    if (kept && kept.value !== v.value) {
      differences.push({ period: v.period, sex: v.sex, entered: kept.value, kolada: v.value, source: kept.source, enteredBy: kept.entered_by });
    }
  }
  return { stored, differences };
}

export interface ComparisonValueRow {
  municipality_id: string;
  year: number;
  value: number | null;
  fetched_at: string;
}

export async function comparisonValues(db: Db, kpi: string, ids: readonly string[], gender: KoladaGender): Promise<ComparisonValueRow[]> {
  return db.query<ComparisonValueRow>(
    `SELECT municipality_id, year, value, fetched_at::text AS fetched_at FROM kolada_values
      WHERE kpi = $1 AND municipality_id = ANY($2::text[]) AND gender = $3 ORDER BY year DESC, municipality_id`,
    [kpi, ids, gender],
  );
}
