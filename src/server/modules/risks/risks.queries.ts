import type { Db } from '../../../db/client';
import type { MatchStatus, RiskLevel } from '../../../domain/risks';
import type { ImportedRiskAssessment } from '../../../importers/plan-text/risks';

/** A stored risk assessment with the title of the success factor it points to. */
export interface RiskRow {
  id: number;
  plan_id: number;
  node_id: number | null;
  node_title: string | null;
  goal_title: string | null;
  match_status: MatchStatus;
  match_score: number | null;
  year: number;
  position: number;
  source_number: number | null;
  success_factor_text: string;
  perspective_text: string;
  goal_text: string;
  what_could_happen: string;
  consequence_text: string;
  consequence: RiskLevel;
  probability: RiskLevel;
  probability_inferred: boolean;
  risk: number;
  cause: string;
  action: string;
  control_method: string;
  follow_up: { label: string; text: string }[];
  /** Bumped by every update (migration 0026): the version a save was made against. */
  version: number;
  organisation_id: number;
}

/** The editable fields of an assessment, in column names. */
export interface RiskFields {
  node_id: number | null;
  match_status: MatchStatus;
  year: number;
  what_could_happen: string;
  consequence_text: string;
  consequence: RiskLevel;
  probability: RiskLevel;
  probability_inferred: boolean;
  cause: string;
  action: string;
  control_method: string;
}

const SELECT_RISK = `SELECT r.id, r.plan_id, r.node_id, n.title AS node_title, g.title AS goal_title, r.match_status, r.match_score,
       r.year, r.position, r.source_number, r.success_factor_text, r.perspective_text, r.goal_text, r.what_could_happen,
       r.consequence_text, r.consequence, r.probability, r.probability_inferred, r.risk, r.cause, r.action,
       r.control_method, r.follow_up, r.version, p.organisation_id
  FROM risk_assessments r
  JOIN plans p ON p.id = r.plan_id
  LEFT JOIN plan_nodes n ON n.id = r.node_id
  LEFT JOIN plan_nodes g ON g.id = n.parent_id`;

/** Writes an imported plan's risk table; each row's matched success factor is found by its heading's source line. */
export async function insertImportedRisks(db: Db, planId: number, risks: readonly ImportedRiskAssessment[]): Promise<void> {
  for (const [position, r] of risks.entries()) {
    await db.query(
      `INSERT INTO risk_assessments (plan_id, node_id, match_status, match_score, year, position, source_number, success_factor_text,
         perspective_text, goal_text, what_could_happen, consequence_text, consequence, probability, probability_inferred,
         cause, action, control_method, follow_up, source_line)
       VALUES ($1, (SELECT id FROM plan_nodes WHERE plan_id = $1 AND source_line = $2), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
               $13, $14, $15, $16, $17, $18, $19, $20)`,
      [planId, r.match.factorLine, r.match.status, r.match.score, r.year, position, r.number, r.successFactor, r.perspective, r.goal,
        r.whatCouldHappen, r.consequenceText, r.consequence, r.probability, r.probabilityInferred, r.cause, r.action, r.controlMethod,
        JSON.stringify(r.followUp), r.line],
    );
  }
}

/** A plan's assessments in table order, for one year or all. */
export async function listRiskRows(db: Db, planId: number, year?: number): Promise<RiskRow[]> {
  if (year === undefined) return db.query<RiskRow>(`${SELECT_RISK} WHERE r.plan_id = $1 ORDER BY r.year, r.position, r.id`, [planId]);
  return db.query<RiskRow>(`${SELECT_RISK} WHERE r.plan_id = $1 AND r.year = $2 ORDER BY r.position, r.id`, [planId, year]);
}

/** Locks an assessment for a change (saves of one assessment wait for each other); false when it is gone. */
export async function lockRisk(db: Db, riskId: number): Promise<boolean> {
  return (await db.query('SELECT id FROM risk_assessments WHERE id = $1 FOR UPDATE', [riskId])).length > 0;
}

export async function getRiskRow(db: Db, riskId: number): Promise<RiskRow | undefined> {
  return (await db.query<RiskRow>(`${SELECT_RISK} WHERE r.id = $1`, [riskId]))[0];
}

/** The years that have assessments in a plan. */
export async function riskYears(db: Db, planId: number): Promise<number[]> {
  const rows = await db.query<{ year: number }>('SELECT DISTINCT year FROM risk_assessments WHERE plan_id = $1 ORDER BY year', [planId]);
  return rows.map((r) => r.year);
}

/** The plan's leaf nodes (its success factors in seed 001), with their parent's title, in tree order. */
export async function assessableNodes(db: Db, planId: number): Promise<{ id: number; title: string; goal_title: string | null; source_line: number | null }[]> {
  return db.query(
    `WITH RECURSIVE tree AS (
       SELECT id, parent_id, title, ARRAY[position, id] AS path FROM plan_nodes WHERE plan_id = $1 AND parent_id IS NULL
       UNION ALL
       SELECT n.id, n.parent_id, n.title, tree.path || ARRAY[n.position, n.id] FROM plan_nodes n JOIN tree ON n.parent_id = tree.id)
     SELECT t.id, t.title, p.title AS goal_title, n.source_line
       FROM tree t JOIN plan_nodes n ON n.id = t.id LEFT JOIN plan_nodes p ON p.id = t.parent_id
      WHERE NOT EXISTS (SELECT 1 FROM plan_nodes c WHERE c.parent_id = t.id)
      ORDER BY t.path`,
    [planId],
  );
}

/** Another assessment of the same success factor and year, if one exists. */
export async function otherAssessment(db: Db, nodeId: number, year: number, exceptId: number | null): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(
    'SELECT id FROM risk_assessments WHERE node_id = $1 AND year = $2 AND id <> $3 LIMIT 1',
    [nodeId, year, exceptId ?? 0],
  );
  return rows[0]?.id;
}

export async function insertRisk(db: Db, planId: number, f: RiskFields, userId: number): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO risk_assessments (plan_id, node_id, match_status, year, position, what_could_happen, consequence_text, consequence,
       probability, probability_inferred, cause, action, control_method, updated_by)
     VALUES ($1, $2, $3, $4, (SELECT COALESCE(max(position) + 1, 0) FROM risk_assessments WHERE plan_id = $1 AND year = $4),
             $5, $6, $7, $8, $9, $10, $11, $12, $13)
     RETURNING id`,
    [planId, f.node_id, f.match_status, f.year, f.what_could_happen, f.consequence_text, f.consequence, f.probability,
      f.probability_inferred, f.cause, f.action, f.control_method, userId],
  );
  return rows[0]!.id;
}

export async function updateRisk(db: Db, riskId: number, f: RiskFields, userId: number): Promise<void> {
  await db.query(
    `UPDATE risk_assessments SET node_id = $2, match_status = $3, year = $4, what_could_happen = $5, consequence_text = $6,
       consequence = $7, probability = $8, probability_inferred = $9, cause = $10, action = $11, control_method = $12,
       updated_by = $13, updated_at = now()
     WHERE id = $1`,
    [riskId, f.node_id, f.match_status, f.year, f.what_could_happen, f.consequence_text, f.consequence, f.probability,
      f.probability_inferred, f.cause, f.action, f.control_method, userId],
  );
}

/** Records a person's choice of success factor: the match is confirmed from now on. */
export async function confirmMatch(db: Db, riskId: number, nodeId: number, userId: number): Promise<void> {
  await db.query(
    `UPDATE risk_assessments SET node_id = $2, match_status = 'confirmed', updated_by = $3, updated_at = now() WHERE id = $1`,
    [riskId, nodeId, userId],
  );
}

export async function deleteRisk(db: Db, riskId: number): Promise<void> {
  await db.query('DELETE FROM risk_assessments WHERE id = $1', [riskId]);
}

/** The plan's threshold, or null when it uses the default. */
export async function getActionFrom(db: Db, planId: number): Promise<number | null> {
  const rows = await db.query<{ action_from: number }>('SELECT action_from FROM risk_thresholds WHERE plan_id = $1', [planId]);
  return rows[0]?.action_from ?? null;
}

export async function setActionFrom(db: Db, planId: number, actionFrom: number): Promise<void> {
  await db.query(
    `INSERT INTO risk_thresholds (plan_id, action_from) VALUES ($1, $2)
     ON CONFLICT (plan_id) DO UPDATE SET action_from = EXCLUDED.action_from`,
    [planId, actionFrom],
  );
}
