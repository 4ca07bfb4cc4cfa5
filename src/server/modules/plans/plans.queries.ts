import type { Db } from '../../../db/client';
import { KOLADA_RIKET_ID } from '../../../domain/fulfilment/national';

export interface PlanRow {
  id: number;
  organisation_id: number;
  title: string;
  start_year: number;
  end_year: number;
  vision: string;
  target_years: number[];
  status: 'draft' | 'decided' | 'revision';
  version: number;
  /** Bumped by every change to the plan's nodes, measures, targets, values or model (migration 0010); bigint, so a string or number by driver. */
  data_version: string | number;
  /** How the years between target years are judged (migration 0024). */
  target_between_years: 'next-target' | 'straight-line';
}

export interface NodeRow {
  id: number;
  parent_id: number | null;
  level_key: string;
  position: number;
  title: string;
  description: string;
  long_term_goals: string;
  bodies: string[];
  version: number;
}

export interface MeasureRow {
  id: number;
  plan_id: number;
  node_id: number;
  kind_key: string;
  position: number;
  name: string;
  definition: string;
  unit: string | null;
  better_direction: 'increase' | 'decrease' | null;
  value_nature: 'flow' | 'cumulative' | 'state';
  baseline_text: string;
  source: string;
  periods_text: string;
  reporting_periods: string[];
  footnotes: { mark: string; text: string }[];
  owner_user_id: number | null;
  /** The Kolada KPI (e.g. N79009) the measure follows, if linked. */
  kolada_kpi: string | null;
  targets: { year: number; text: string; needs_revision: boolean }[];
  method: string;
  breakdowns: { sex?: boolean; ageBands?: string[]; areas?: string[] };
  version: number;
}

export interface ValueRow {
  id: number;
  measure_id: number;
  period: string;
  sex: 'K' | 'M' | 'T';
  age_band: string;
  area: string;
  value: number;
  status: 'preliminary' | 'final';
  source: string | null;
  entered_by: string | null;
  entered_at: string;
  /** Read where a value may be replaced (the measure page). */
  version?: number;
}

export async function listPlans(db: Db, organisationId: number): Promise<PlanRow[]> {
  return db.query<PlanRow>('SELECT * FROM plans WHERE organisation_id = $1 ORDER BY start_year DESC, id DESC', [organisationId]);
}

export async function getPlan(db: Db, planId: number): Promise<PlanRow | undefined> {
  return (await db.query<PlanRow>('SELECT * FROM plans WHERE id = $1', [planId]))[0];
}

export async function planNodes(db: Db, planId: number): Promise<NodeRow[]> {
  return db.query<NodeRow>(
    `SELECT id, parent_id, level_key, position, title, description, long_term_goals, bodies, version
       FROM plan_nodes WHERE plan_id = $1 ORDER BY position, id`,
    [planId],
  );
}

const SELECT_MEASURE = `SELECT m.*, COALESCE(
    (SELECT json_agg(json_build_object('year', t.year, 'text', t.text, 'needs_revision', t.needs_revision) ORDER BY t.year)
       FROM measure_targets t WHERE t.measure_id = m.id), '[]'::json) AS targets
  FROM measures m`;

export async function planMeasures(db: Db, planId: number): Promise<MeasureRow[]> {
  return db.query<MeasureRow>(`${SELECT_MEASURE} WHERE m.plan_id = $1 ORDER BY m.position`, [planId]);
}

/** Each of the plan's measures with its owner. */
export async function measureOwners(db: Db, planId: number): Promise<{ id: number; owner_user_id: number | null }[]> {
  return db.query('SELECT id, owner_user_id FROM measures WHERE plan_id = $1', [planId]);
}

/**
 * A digest of the plan's measures and their owners: equal exactly when measureOwners would give
 * the same rows. One row to read instead of one per measure.
 */
export async function measureOwnersDigest(db: Db, planId: number): Promise<string> {
  const rows = await db.query<{ digest: string }>(
    `SELECT md5(coalesce(string_agg(id || ':' || coalesce(owner_user_id::text, '-'), ',' ORDER BY id), '')) AS digest
       FROM measures WHERE plan_id = $1`,
    [planId],
  );
  return rows[0]!.digest;
}

export async function getMeasure(db: Db, measureId: number): Promise<MeasureRow | undefined> {
  return (await db.query<MeasureRow>(`${SELECT_MEASURE} WHERE m.id = $1`, [measureId]))[0];
}

/**
 * What the scorecard reads: (measure, period) pairs, and for each (measure, suffix, beforeYear)
 * every period of a year before `beforeYear` whose key ends in `suffix` (fulfilment/periods-read.ts).
 */
export interface ValuesWanted {
  measureIds: number[];
  periods: string[];
  earlier: { measureIds: number[]; suffixes: string[]; beforeYears: number[] };
}

/** A whole-population value (no age band, no area) as judgements read it. */
export type TotalValueRow = Pick<ValueRow, 'measure_id' | 'period' | 'sex' | 'value' | 'source'>;

/** The whole-population values named by `wanted`; a value named twice comes once. */
export async function planTotalValues(db: Db, wanted: ValuesWanted): Promise<TotalValueRow[]> {
  return db.query<TotalValueRow>(
    `SELECT v.measure_id, v.period, v.sex, v.value, v.source FROM measure_values v
       JOIN unnest($1::int[], $2::text[]) AS w(measure_id, period) ON v.measure_id = w.measure_id AND v.period = w.period
      WHERE v.age_band = '' AND v.area = ''
     UNION
     -- One index range per measure: OFFSET 0 keeps the planner from flattening the LATERAL subquery
     -- into a join, for which it sorts every total value of the table instead.
     SELECT v.measure_id, v.period, v.sex, v.value, v.source
       FROM unnest($3::int[], $4::text[], $5::int[]) AS e(measure_id, suffix, before_year)
       JOIN LATERAL (
         SELECT * FROM measure_values v
          WHERE v.measure_id = e.measure_id AND v.age_band = '' AND v.area = ''
            AND substr(v.period, 5) = e.suffix AND left(v.period, 4) < e.before_year::text
         OFFSET 0
       ) v ON true`,
    [wanted.measureIds, wanted.periods, wanted.earlier.measureIds, wanted.earlier.suffixes, wanted.earlier.beforeYears],
  );
}

/** A candidate national value of a measure (fulfilment/national.ts): entered with a national area, or Kolada's Riket. */
export interface NationalValueRow {
  measure_id: number;
  period: string;
  value: number;
  from: 'entered' | 'kolada';
}

/**
 * The national values judging reads, in one query: values entered for the measures with an area
 * naming the nation, for the (measure, period) pairs in `wanted`, and Kolada's value for Riket of
 * every year, for the measures linked to a Kolada KPI.
 */
export async function nationalValues(db: Db, wanted: { measureIds: number[]; periods: string[] }, areas: readonly string[]): Promise<NationalValueRow[]> {
  return db.query<NationalValueRow>(
    `SELECT v.measure_id, v.period, v.value, 'entered' AS "from" FROM measure_values v
       JOIN unnest($1::int[], $2::text[]) AS w(measure_id, period) ON v.measure_id = w.measure_id AND v.period = w.period
      WHERE v.sex = 'T' AND v.age_band = '' AND lower(regexp_replace(btrim(v.area), '\\s+', ' ', 'g')) = ANY($3::text[])
     UNION
     SELECT m.id, k.year::text, k.value, 'kolada' FROM measures m
       JOIN kolada_values k ON k.kpi = m.kolada_kpi AND k.municipality_id = $4 AND k.gender = 'T'
      WHERE m.id = ANY($5::int[]) AND k.value IS NOT NULL`,
    [wanted.measureIds, wanted.periods, areas, KOLADA_RIKET_ID, [...new Set(wanted.measureIds)]],
  );
}

/** Every whole-population value of the measures, every period. */
export async function allTotalValues(db: Db, measureIds: number[]): Promise<TotalValueRow[]> {
  return db.query<TotalValueRow>(
    `SELECT v.measure_id, v.period, v.sex, v.value, v.source FROM measure_values v
      WHERE v.measure_id = ANY($1::int[]) AND v.age_band = '' AND v.area = ''`,
    [measureIds],
  );
}

/**
 * Whether the plan has any whole-population value for a period, counting a state or
 * cumulative measure's value for the closing month (`closing`) as the report's.
 */
export async function hasValuesFor(db: Db, planId: number, period: string, closing: string | null): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM measures m JOIN measure_values v ON v.measure_id = m.id
      WHERE m.plan_id = $1 AND v.age_band = '' AND v.area = ''
        AND (v.period = $2 OR (m.value_nature <> 'flow' AND v.period = $3))
      LIMIT 1`,
    [planId, period, closing],
  );
  return rows.length > 0;
}

/** The organisation a plan belongs to, for authorisation. */
export async function planOrganisation(db: Db, planId: number): Promise<number | undefined> {
  return (await db.query<{ organisation_id: number }>('SELECT organisation_id FROM plans WHERE id = $1', [planId]))[0]?.organisation_id;
}

export async function planAssignments(db: Db, planId: number): Promise<{ id: number; position: number; text: string; bodies: string[] }[]> {
  return db.query('SELECT id, position, text, bodies FROM assignments WHERE plan_id = $1 ORDER BY position', [planId]);
}

/** For each of the plan's measures copied from an earlier plan: its predecessors, nearest first. */
export async function predecessorChains(db: Db, planId: number): Promise<Map<number, number[]>> {
  const rows = await db.query<{ measure_id: number; ancestor_id: number }>(
    `WITH RECURSIVE chain(measure_id, ancestor_id, depth) AS (
       SELECT id, predecessor_measure_id, 1 FROM measures WHERE plan_id = $1 AND predecessor_measure_id IS NOT NULL
       UNION ALL
       SELECT c.measure_id, m.predecessor_measure_id, c.depth + 1 FROM chain c JOIN measures m ON m.id = c.ancestor_id
        WHERE m.predecessor_measure_id IS NOT NULL AND c.depth < 20)
     SELECT measure_id, ancestor_id FROM chain ORDER BY measure_id, depth`,
    [planId],
  );
  const chains = new Map<number, number[]>();
  for (const r of rows) chains.set(r.measure_id, [...(chains.get(r.measure_id) ?? []), r.ancestor_id]);
  return chains;
}

/** The plan's measures with these ids, as planMeasures reads them. */
export async function planMeasuresByIds(db: Db, planId: number, ids: number[]): Promise<MeasureRow[]> {
  return db.query<MeasureRow>(`${SELECT_MEASURE} WHERE m.plan_id = $1 AND m.id = ANY($2::int[]) ORDER BY m.position`, [planId, ids]);
}

/**
 * The measures each data version of the plan after `after` up to `upTo` changed the values or
 * targets of (migration 0020); a version that changed anything else has no rows.
 */
export async function measureChanges(db: Db, planId: number, after: bigint, upTo: bigint): Promise<{ data_version: string | number; measure_id: string | number }[]> {
  return db.query(
    `SELECT data_version, measure_id FROM plan_measure_changes
      WHERE plan_id = $1 AND data_version > $2 AND data_version <= $3`,
    [planId, String(after), String(upTo)],
  );
}
