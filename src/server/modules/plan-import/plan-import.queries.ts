import type { Db } from '../../../db/client';
import type { MeasureAttributes } from '../../../domain/measures/derive-attributes';
import type { ImportedAssignment, ImportedMeasure, ImportedNode, ImportedPlan } from '../../../importers/plan-text/imported-plan';
import { insertPlanContent } from '../plan-content/plan-content.queries';

/** Writes a parsed plan (nodes, measures, targets, assignments) and returns the new plan's id. */
export async function insertPlan(
  db: Db,
  organisationId: number,
  plan: ImportedPlan,
  sourceDocument: string,
  ownerBody: string | null,
  attributesOf: (m: ImportedMeasure) => MeasureAttributes,
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO plans (organisation_id, title, start_year, end_year, vision, target_years, owner_body, source_document)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [organisationId, plan.title, plan.startYear, plan.endYear, plan.vision, plan.targetYears, ownerBody, sourceDocument],
  );
  const planId = rows[0]!.id;
  const ctx = { measure: 0, attributesOf };
  for (const [i, node] of plan.nodes.entries()) await insertNode(db, planId, null, i, node, ctx);
  for (const [i, a] of plan.assignments.entries()) await insertAssignment(db, planId, i, a);
  await insertPlanContent(db, planId, organisationId, plan.content);
  return planId;
}

interface InsertContext {
  measure: number;
  attributesOf: (m: ImportedMeasure) => MeasureAttributes;
}

async function insertNode(db: Db, planId: number, parentId: number | null, position: number, node: ImportedNode, ctx: InsertContext) {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO plan_nodes (plan_id, parent_id, level_key, position, title, description, long_term_goals, bodies, source_line)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [planId, parentId, node.levelKey, position, node.title, node.description, node.longTermGoals, node.bodies, node.line],
  );
  const nodeId = rows[0]!.id;
  for (const m of node.measures) await insertMeasure(db, planId, nodeId, ctx.measure++, m, ctx.attributesOf(m));
  for (const [i, child] of node.children.entries()) await insertNode(db, planId, nodeId, i, child, ctx);
}

async function insertMeasure(db: Db, planId: number, nodeId: number, position: number, m: ImportedMeasure, a: MeasureAttributes) {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO measures (plan_id, node_id, kind_key, position, name, baseline_text, source, periods_text,
                           reporting_periods, footnotes, unit, better_direction, value_nature, source_line)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [planId, nodeId, m.kindKey, position, m.name, m.baselineText, m.source, m.periodsText, a.reportingPeriods,
      JSON.stringify(m.footnotes), a.unit, a.betterDirection, a.valueNature, m.line],
  );
  const measureId = rows[0]!.id;
  for (const t of m.targets) {
    await db.query('INSERT INTO measure_targets (measure_id, year, text) VALUES ($1, $2, $3)', [measureId, t.year, t.text]);
  }
}

async function insertAssignment(db: Db, planId: number, position: number, a: ImportedAssignment) {
  await db.query('INSERT INTO assignments (plan_id, position, text, bodies, source_line) VALUES ($1, $2, $3, $4, $5)', [
    planId, position, a.text, a.bodies, a.line,
  ]);
}
