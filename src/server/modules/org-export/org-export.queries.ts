import type { Db } from '../../../db/client';

const PLANS = 'SELECT id FROM plans WHERE organisation_id = $1';
const NODES = `SELECT id FROM plan_nodes WHERE plan_id IN (${PLANS})`;
const MEASURES = `SELECT id FROM measures WHERE plan_id IN (${PLANS})`;

/**
 * The organisation's data, table by table: what it wrote and what is about it. People appear with
 * name, e-mail and role only (never password hashes or sessions).
 */
export const EXPORT_TABLES: Record<string, string> = {
  organisation: 'SELECT * FROM organisations WHERE id = $1',
  people: `SELECT u.id, u.email, COALESCE(m.name, u.name) AS name, m.role, u.deactivated_at
             FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1`,
  governance_models: 'SELECT * FROM governance_models WHERE id = (SELECT governance_model_id FROM organisations WHERE id = $1)',
  plans: 'SELECT * FROM plans WHERE organisation_id = $1',
  plan_nodes: `SELECT * FROM plan_nodes WHERE plan_id IN (${PLANS})`,
  measures: `SELECT * FROM measures WHERE plan_id IN (${PLANS})`,
  measure_targets: `SELECT * FROM measure_targets WHERE measure_id IN (${MEASURES})`,
  measure_values: `SELECT * FROM measure_values WHERE measure_id IN (${MEASURES})`,
  assignments: `SELECT * FROM assignments WHERE plan_id IN (${PLANS})`,
  judgements: `SELECT * FROM judgements WHERE node_id IN (${NODES})`,
  judgement_events: `SELECT * FROM judgement_events WHERE judgement_id IN (SELECT id FROM judgements WHERE node_id IN (${NODES}))`,
  risk_assessments: `SELECT * FROM risk_assessments WHERE plan_id IN (${PLANS})`,
  budget_tables: `SELECT * FROM budget_tables WHERE plan_id IN (${PLANS})`,
  budget_rows: `SELECT * FROM budget_rows WHERE table_id IN (SELECT id FROM budget_tables WHERE plan_id IN (${PLANS}))`,
  plan_chapters: `SELECT * FROM plan_chapters WHERE plan_id IN (${PLANS})`,
  activities: `SELECT * FROM activities WHERE plan_id IN (${PLANS})`,
  advocacy_issues: `SELECT * FROM advocacy_issues WHERE plan_id IN (${PLANS})`,
  organisation_units: 'SELECT * FROM organisation_units WHERE organisation_id = $1',
  roadmaps: 'SELECT * FROM roadmaps WHERE organisation_id = $1',
  audit_log: 'SELECT * FROM audit_log WHERE organisation_id = $1 ORDER BY seq',
};

/** One table's rows, every value as JSON would carry it. */
export async function exportRows(db: Db, sql: string, organisationId: number): Promise<Record<string, unknown>[]> {
  return db.query(`SELECT row_to_json(x) AS r FROM (${sql}) x`, [organisationId]).then((rows) => rows.map((row) => row.r as Record<string, unknown>));
}
