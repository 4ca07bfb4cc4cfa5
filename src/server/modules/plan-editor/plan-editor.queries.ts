import type { Db } from '../../../db/client';
import type { PlanSnapshot } from '../../../domain/plan-tree/snapshot';
import { getMeasure, type MeasureRow, type NodeRow } from '../plans/plans.queries';

/** A node row as the editor reads and audits it. */
export interface EditorNodeRow extends NodeRow {
  plan_id: number;
  serves_node_id: number | null;
}

const NODE_COLUMNS = 'id, plan_id, parent_id, level_key, position, title, description, long_term_goals, bodies, serves_node_id, version';

export async function lockNode(db: Db, nodeId: number): Promise<EditorNodeRow | undefined> {
  return (await db.query<EditorNodeRow>(`SELECT ${NODE_COLUMNS} FROM plan_nodes WHERE id = $1 FOR UPDATE`, [nodeId]))[0];
}

export async function getNode(db: Db, nodeId: number): Promise<EditorNodeRow | undefined> {
  return (await db.query<EditorNodeRow>(`SELECT ${NODE_COLUMNS} FROM plan_nodes WHERE id = $1`, [nodeId]))[0];
}

/** Every node of a plan with how many measures hang on it (what placement rules need). */
export async function planNodeShapes(db: Db, planId: number): Promise<{ id: number; parent_id: number | null; level_key: string; position: number; measures: number }[]> {
  return db.query(
    `SELECT n.id, n.parent_id, n.level_key, n.position, (SELECT count(*)::int FROM measures m WHERE m.node_id = n.id) AS measures
       FROM plan_nodes n WHERE n.plan_id = $1 ORDER BY n.position, n.id`,
    [planId],
  );
}

export interface NewNode {
  planId: number;
  parentId: number | null;
  levelKey: string;
  title: string;
  description: string;
  longTermGoals?: string;
  bodies?: string[];
  sourceLine?: number | null;
  lineageId?: number | null;
  predecessorNodeId?: number | null;
  servesNodeId?: number | null;
}

/** Inserts a node at `position` among its siblings (shifting those after it); returns its id. */
export async function insertNode(db: Db, n: NewNode, position: number): Promise<number> {
  await shiftSiblings(db, n.planId, n.parentId, position, 1);
  const rows = await db.query<{ id: number }>(
    `INSERT INTO plan_nodes (plan_id, parent_id, level_key, position, title, description, long_term_goals, bodies, source_line,
                             lineage_id, predecessor_node_id, serves_node_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [n.planId, n.parentId, n.levelKey, position, n.title, n.description, n.longTermGoals ?? '', n.bodies ?? [], n.sourceLine ?? null,
      n.lineageId ?? null, n.predecessorNodeId ?? null, n.servesNodeId ?? null],
  );
  return rows[0]!.id;
}

/** How many children a parent has (the next free position). */
export async function childCount(db: Db, planId: number, parentId: number | null): Promise<number> {
  const rows = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM plan_nodes WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2',
    [planId, parentId],
  );
  return rows[0]!.n;
}

/** Moves the siblings at or after `from` by `by` places (making or closing a gap). */
export async function shiftSiblings(db: Db, planId: number, parentId: number | null, from: number, by: number): Promise<void> {
  await db.query(
    `UPDATE plan_nodes SET position = position + $4
      WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND position >= $3`,
    [planId, parentId, from, by],
  );
}

/** Renumbers a parent's children 0, 1, 2 … in their current order, leaving out `exceptId` (a node being moved among them). */
export async function renumberChildren(db: Db, planId: number, parentId: number | null, exceptId: number | null = null): Promise<void> {
  await db.query(
    `UPDATE plan_nodes n SET position = o.rn - 1
       FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS rn FROM plan_nodes
              WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND id IS DISTINCT FROM $3::int) o
      WHERE n.id = o.id AND n.position <> o.rn - 1`,
    [planId, parentId, exceptId],
  );
}

export interface NodeFields {
  title?: string;
  description?: string;
  long_term_goals?: string;
  parent_id?: number | null;
  position?: number;
  level_key?: string;
  bodies?: string[];
  serves_node_id?: number | null;
}

/** Writes the given fields and bumps the node's version; returns the new version. */
export async function updateNodeFields(db: Db, nodeId: number, fields: NodeFields): Promise<number> {
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
  // Column names come from the fixed keys of NodeFields, never from input.
  const sets = [...entries.map(([k], i) => `${k} = $${i + 2}`), 'version = version + 1'].join(', ');
  const rows = await db.query<{ version: number }>(`UPDATE plan_nodes SET ${sets} WHERE id = $1 RETURNING version`, [nodeId, ...entries.map(([, v]) => v)]);
  return rows[0]!.version;
}

export async function nodeOwner(db: Db, nodeId: number): Promise<number | null> {
  return (await db.query<{ user_id: number }>('SELECT user_id FROM node_owners WHERE node_id = $1', [nodeId]))[0]?.user_id ?? null;
}

export async function setNodeOwner(db: Db, nodeId: number, userId: number | null): Promise<void> {
  if (userId === null) await db.query('DELETE FROM node_owners WHERE node_id = $1', [nodeId]);
  else await db.query('INSERT INTO node_owners (node_id, user_id) VALUES ($1, $2) ON CONFLICT (node_id) DO UPDATE SET user_id = $2', [nodeId, userId]);
}

export async function nodeAgendaGoals(db: Db, nodeId: number): Promise<number[]> {
  return (await db.query<{ goal: number }>('SELECT goal FROM node_agenda_goals WHERE node_id = $1 ORDER BY goal', [nodeId])).map((r) => r.goal);
}

export async function setNodeAgendaGoals(db: Db, nodeId: number, goals: number[]): Promise<void> {
  await db.query('DELETE FROM node_agenda_goals WHERE node_id = $1', [nodeId]);
  await db.query('INSERT INTO node_agenda_goals (node_id, goal) SELECT $1, unnest($2::smallint[])', [nodeId, [...new Set(goals)]]);
}

// ── Measures ──────────────────────────────────────────────────────────────────

/** Locks a measure's row for the rest of the transaction and reads it. */
export async function lockMeasure(db: Db, measureId: number): Promise<MeasureRow | undefined> {
  await db.query('SELECT id FROM measures WHERE id = $1 FOR UPDATE', [measureId]);
  return getMeasure(db, measureId);
}

export interface MeasureColumns {
  kind_key: string;
  name: string;
  definition: string;
  method: string;
  unit: string | null;
  better_direction: string | null;
  value_nature: string;
  baseline_text: string;
  source: string;
  periods_text: string;
  reporting_periods: string[];
  breakdowns: string;
  footnotes: string;
  owner_user_id: number | null;
  kolada_kpi: string | null;
}

/** Inserts a measure as the last of the plan (positions order measures plan-wide); returns its id. */
export async function insertMeasure(
  db: Db,
  planId: number,
  nodeId: number,
  c: MeasureColumns,
  extra: { sourceLine?: number | null; lineageId?: number | null; predecessorMeasureId?: number | null; position?: number },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO measures (plan_id, node_id, kind_key, position, name, definition, method, unit, better_direction, value_nature,
                           baseline_text, source, periods_text, reporting_periods, breakdowns, footnotes, owner_user_id, kolada_kpi,
                           source_line, lineage_id, predecessor_measure_id)
     VALUES ($1, $2, $3, COALESCE($4, (SELECT COALESCE(max(position) + 1, 0) FROM measures WHERE plan_id = $1)), $5, $6, $7, $8, $9, $10,
             $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id`,
    [planId, nodeId, c.kind_key, extra.position ?? null, c.name, c.definition, c.method, c.unit, c.better_direction, c.value_nature,
      c.baseline_text, c.source, c.periods_text, c.reporting_periods, c.breakdowns, c.footnotes, c.owner_user_id, c.kolada_kpi,
      extra.sourceLine ?? null, extra.lineageId ?? null, extra.predecessorMeasureId ?? null],
  );
  return rows[0]!.id;
}

/** Writes the given columns and bumps the measure's version; returns the new version. */
export async function updateMeasureColumns(db: Db, measureId: number, fields: Partial<MeasureColumns> & { node_id?: number; position?: number }): Promise<number> {
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
  // Column names come from the fixed keys of MeasureColumns, never from input.
  const sets = [...entries.map(([k], i) => `${k} = $${i + 2}`), 'version = version + 1'].join(', ');
  const rows = await db.query<{ version: number }>(`UPDATE measures SET ${sets} WHERE id = $1 RETURNING version`, [measureId, ...entries.map(([, v]) => v)]);
  return rows[0]!.version;
}

/** Replaces a measure's targets with these (year → text); years not named are removed. */
export async function replaceTargets(db: Db, measureId: number, targets: { year: number; text: string; needsRevision: boolean }[]): Promise<void> {
  await db.query('DELETE FROM measure_targets WHERE measure_id = $1 AND NOT (year = ANY($2::int[]))', [measureId, targets.map((t) => t.year)]);
  if (targets.length === 0) return;
  await db.query(
    `INSERT INTO measure_targets (measure_id, year, text, needs_revision)
     SELECT $1, y, t, r FROM unnest($2::int[], $3::text[], $4::boolean[]) AS x(y, t, r)
     ON CONFLICT (measure_id, year) DO UPDATE SET text = EXCLUDED.text, needs_revision = EXCLUDED.needs_revision
       WHERE measure_targets.text IS DISTINCT FROM EXCLUDED.text OR measure_targets.needs_revision IS DISTINCT FROM EXCLUDED.needs_revision`,
    [measureId, targets.map((t) => t.year), targets.map((t) => t.text), targets.map((t) => t.needsRevision)],
  );
}

/** Keeps `plans.target_years` the years of the plan's own targets (within its years), which the documents print as columns. */
export async function refreshTargetYears(db: Db, planId: number): Promise<void> {
  await db.query(
    `UPDATE plans p SET target_years = COALESCE((
        SELECT array_agg(DISTINCT t.year ORDER BY t.year) FROM measure_targets t JOIN measures m ON m.id = t.measure_id
         WHERE m.plan_id = p.id AND t.year BETWEEN p.start_year AND p.end_year), '{}')
      WHERE p.id = $1`,
    [planId],
  );
}

// ── Plans ─────────────────────────────────────────────────────────────────────

export interface EditorPlanRow {
  id: number;
  organisation_id: number;
  title: string;
  start_year: number;
  end_year: number;
  vision: string;
  owner_body: string | null;
  parent_plan_id: number | null;
  copy_of_plan_id: number | null;
  status: 'draft' | 'decided' | 'revision';
  revision: number;
  version: number;
  target_between_years: 'next-target' | 'straight-line';
}

const PLAN_COLUMNS = 'id, organisation_id, title, start_year, end_year, vision, owner_body, parent_plan_id, copy_of_plan_id, status, revision, version, target_between_years';

export async function getEditorPlan(db: Db, planId: number): Promise<EditorPlanRow | undefined> {
  return (await db.query<EditorPlanRow>(`SELECT ${PLAN_COLUMNS} FROM plans WHERE id = $1`, [planId]))[0];
}

export async function lockPlan(db: Db, planId: number): Promise<EditorPlanRow | undefined> {
  return (await db.query<EditorPlanRow>(`SELECT ${PLAN_COLUMNS} FROM plans WHERE id = $1 FOR UPDATE`, [planId]))[0];
}

export interface NewPlan {
  organisationId: number;
  title: string;
  startYear: number;
  endYear: number;
  vision: string;
  ownerBody: string | null;
  parentPlanId: number | null;
  copyOfPlanId: number | null;
  sourceDocument: string | null;
  targetYears?: number[];
  /** How the plan judges years between target years; a copy keeps its original's choice. Default the next target. */
  targetBetweenYears?: 'next-target' | 'straight-line';
}

export async function insertPlan(db: Db, p: NewPlan): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO plans (organisation_id, title, start_year, end_year, vision, target_years, owner_body, parent_plan_id, copy_of_plan_id, source_document, target_between_years)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [p.organisationId, p.title, p.startYear, p.endYear, p.vision, p.targetYears ?? [], p.ownerBody, p.parentPlanId, p.copyOfPlanId, p.sourceDocument, p.targetBetweenYears ?? 'next-target'],
  );
  return rows[0]!.id;
}

export interface PlanFields {
  title?: string;
  start_year?: number;
  end_year?: number;
  vision?: string;
  parent_plan_id?: number | null;
  owner_body?: string | null;
  status?: string;
  revision?: number;
  target_between_years?: 'next-target' | 'straight-line';
}

export async function updatePlanFields(db: Db, planId: number, fields: PlanFields): Promise<number> {
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
  const sets = [...entries.map(([k], i) => `${k} = $${i + 2}`), 'version = version + 1'].join(', ');
  const rows = await db.query<{ version: number }>(`UPDATE plans SET ${sets} WHERE id = $1 RETURNING version`, [planId, ...entries.map(([, v]) => v)]);
  return rows[0]!.version;
}

/** The plan's content as a snapshot keyed by lineage. */
export async function planSnapshot(db: Db, planId: number): Promise<PlanSnapshot> {
  const nodes = await db.query<{ key: string; parent_key: string | null; level_key: string; position: number; name: string; description: string }>(
    `SELECT COALESCE(n.lineage_id, n.id)::text AS key, COALESCE(p.lineage_id, p.id)::text AS parent_key, n.level_key, n.position,
            n.title AS name, n.description
       FROM plan_nodes n LEFT JOIN plan_nodes p ON p.id = n.parent_id WHERE n.plan_id = $1 ORDER BY n.position, n.id`,
    [planId],
  );
  const measures = await db.query<{ key: string; node_key: string; kind_key: string; position: number; name: string; unit: string | null; baseline: string; targets: Record<string, string> }>(
    `SELECT COALESCE(m.lineage_id, m.id)::text AS key, COALESCE(n.lineage_id, n.id)::text AS node_key, m.kind_key, m.position, m.name,
            m.unit, m.baseline_text AS baseline,
            COALESCE((SELECT json_object_agg(t.year::text, t.text) FROM measure_targets t WHERE t.measure_id = m.id), '{}'::json) AS targets
       FROM measures m JOIN plan_nodes n ON n.id = m.node_id WHERE m.plan_id = $1 ORDER BY m.position, m.id`,
    [planId],
  );
  return {
    nodes: nodes.map((n) => ({ key: n.key, parentKey: n.parent_key, levelKey: n.level_key, position: n.position, name: n.name, description: n.description })),
    measures: measures.map((m) => ({ key: m.key, nodeKey: m.node_key, kindKey: m.kind_key, position: m.position, name: m.name, unit: m.unit, baseline: m.baseline, targets: m.targets })),
  };
}

export interface VersionRow {
  number: number;
  decided_body: string;
  decided_on: string | null;
  decision_ref: string;
  note: string;
  decided_by: string | null;
}

export async function insertPlanVersion(
  db: Db,
  v: { planId: number; number: number; body: string; date: string | null; ref: string; note: string; snapshot: PlanSnapshot; by: number | null },
): Promise<void> {
  await db.query(
    `INSERT INTO plan_versions (plan_id, number, decided_body, decided_on, decision_ref, note, snapshot, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [v.planId, v.number, v.body, v.date, v.ref, v.note, JSON.stringify(v.snapshot), v.by],
  );
}

export async function planVersions(db: Db, planId: number): Promise<VersionRow[]> {
  return db.query<VersionRow>(
    `SELECT v.number, v.decided_body, v.decided_on::text AS decided_on, v.decision_ref, v.note, COALESCE(NULLIF(u.name, ''), u.email) AS decided_by
       FROM plan_versions v LEFT JOIN users u ON u.id = v.decided_by WHERE v.plan_id = $1 ORDER BY v.number`,
    [planId],
  );
}

export async function versionSnapshot(db: Db, planId: number, number: number): Promise<PlanSnapshot | undefined> {
  return (await db.query<{ snapshot: PlanSnapshot }>('SELECT snapshot FROM plan_versions WHERE plan_id = $1 AND number = $2', [planId, number]))[0]?.snapshot;
}

/** The ids of the measures hanging on these nodes. */
export async function measureIdsOfNodes(db: Db, nodeIds: number[]): Promise<number[]> {
  return (await db.query<{ id: number }>('SELECT id FROM measures WHERE node_id = ANY($1::int[])', [nodeIds])).map((r) => r.id);
}

/** Deletes a node (its subtree and measures go with it by cascade) or a measure. */
export async function deleteNodeRow(db: Db, nodeId: number): Promise<void> {
  await db.query('DELETE FROM plan_nodes WHERE id = $1', [nodeId]);
}

export async function deleteMeasureRow(db: Db, measureId: number): Promise<void> {
  await db.query('DELETE FROM measures WHERE id = $1', [measureId]);
}

/** A node's measures in order, with their plan-wide positions. */
export async function nodeMeasurePositions(db: Db, planId: number, nodeId: number): Promise<{ id: number; position: number }[]> {
  return db.query('SELECT id, position FROM measures WHERE plan_id = $1 AND node_id = $2 ORDER BY position, id', [planId, nodeId]);
}

/** Gives measures new positions (id → position). */
export async function setMeasurePositions(db: Db, ids: number[], positions: number[]): Promise<void> {
  await db.query('UPDATE measures m SET position = x.p FROM unnest($1::int[], $2::int[]) AS x(id, p) WHERE m.id = x.id AND m.position <> x.p', [ids, positions]);
}

/** A plan's nodes in order, with the lineage a copy carries on. */
export async function nodesWithLineage(db: Db, planId: number): Promise<(EditorNodeRow & { lineage_id: number | null })[]> {
  return db.query(`SELECT ${NODE_COLUMNS}, lineage_id FROM plan_nodes WHERE plan_id = $1 ORDER BY position, id`, [planId]);
}

/** Each of a plan's measures with its lineage (its own id when it has none). */
export async function measureLineage(db: Db, planId: number): Promise<Map<number, number>> {
  const rows = await db.query<{ id: number; lineage: number }>('SELECT id, COALESCE(lineage_id, id) AS lineage FROM measures WHERE plan_id = $1', [planId]);
  return new Map(rows.map((r) => [r.id, r.lineage]));
}

export interface CascadeNodeRow {
  id: number;
  plan_id: number;
  parent_id: number | null;
  serves_node_id: number | null;
  level_key: string;
  title: string;
}

const CASCADE_COLUMNS = 'id, plan_id, parent_id, serves_node_id, level_key, title';

export async function cascadeNode(db: Db, nodeId: number): Promise<CascadeNodeRow | undefined> {
  return (await db.query<CascadeNodeRow>(`SELECT ${CASCADE_COLUMNS} FROM plan_nodes WHERE id = $1`, [nodeId]))[0];
}

/** What hangs under a node: its children in its plan first, then the nodes of lower plans that serve it. */
export async function nodesBelow(db: Db, nodeId: number): Promise<CascadeNodeRow[]> {
  return db.query<CascadeNodeRow>(
    `SELECT ${CASCADE_COLUMNS} FROM plan_nodes WHERE parent_id = $1 OR serves_node_id = $1 ORDER BY (parent_id = $1) DESC, plan_id, position, id`,
    [nodeId],
  );
}
