import type { Db } from '../../../db/client';
import type { EdgeKind, Effect, EffectTag, MilestoneStatus } from '../../../domain/roadmap/types';

export interface RoadmapRow {
  id: number;
  organisation_id: number;
  organisation_name: string;
  title: string;
}

export interface VersionRow {
  id: number;
  roadmap_id: number;
  year: number;
  based_on_version_id: number | null;
  start_year: number;
  end_year: number;
}

export interface MilestoneRow {
  id: number;
  version_id: number;
  focus_area_id: number;
  focus_area_key: string;
  key: string;
  position: number;
  title: string;
  year: number | null;
  tentative_year: number | null;
  description: string;
  criterion: string;
  /** The person responsible, who reports the milestone's status (migration 0025). */
  owner_user_id: number | null;
  owner_name: string | null;
  effects: Effect[];
}

export interface EdgeRow {
  id: number;
  from_key: string;
  to_key: string;
  to_goal: boolean;
  kind: EdgeKind;
  because: string;
}

export interface StatusRow {
  milestone_key: string;
  period: string;
  status: MilestoneStatus;
  reached_on: string | null;
  comment: string;
  reported_at: string;
}

/** A version's whole content, keyed by stable keys: what an import writes and a new version copies. */
export interface VersionContent {
  groups: { name: string; focusAreas: { key: string; name: string; targetPicture: string }[] }[];
  goals: { key: string; name: string }[];
  milestones: {
    key: string;
    focusAreaKey: string;
    title: string;
    year: number | null;
    tentativeYear: number | null;
    description: string;
    criterion: string;
    effects: Effect[];
    sourceLine: number | null;
    links?: { planNodeId: number | null; measureId: number | null }[];
  }[];
  edges: { from: string; to: string; toGoal: boolean; kind: EdgeKind; because: string }[];
}

const ROADMAP = `SELECT r.id, r.organisation_id, o.name AS organisation_name, r.title FROM roadmaps r JOIN organisations o ON o.id = r.organisation_id`;

export async function roadmapsOf(db: Db, organisationIds: number[]): Promise<RoadmapRow[]> {
  return db.query<RoadmapRow>(`${ROADMAP} WHERE r.organisation_id = ANY($1::int[]) ORDER BY o.name, r.id`, [organisationIds]);
}

export async function getRoadmap(db: Db, id: number): Promise<RoadmapRow | undefined> {
  return (await db.query<RoadmapRow>(`${ROADMAP} WHERE r.id = $1`, [id]))[0];
}

export async function insertRoadmap(db: Db, organisationId: number, title: string, sourceDocument: string | null): Promise<number> {
  const rows = await db.query<{ id: number }>('INSERT INTO roadmaps (organisation_id, title, source_document) VALUES ($1, $2, $3) RETURNING id', [organisationId, title, sourceDocument]);
  return rows[0]!.id;
}

const VERSION = 'SELECT id, roadmap_id, year, based_on_version_id, start_year, end_year FROM roadmap_versions';

export async function versionsOf(db: Db, roadmapIds: number[]): Promise<VersionRow[]> {
  return db.query<VersionRow>(`${VERSION} WHERE roadmap_id = ANY($1::int[]) ORDER BY year`, [roadmapIds]);
}

export async function getVersion(db: Db, id: number): Promise<VersionRow | undefined> {
  return (await db.query<VersionRow>(`${VERSION} WHERE id = $1`, [id]))[0];
}

export async function insertVersion(db: Db, v: { roadmapId: number; year: number; basedOn: number | null; startYear: number; endYear: number }): Promise<number> {
  const rows = await db.query<{ id: number }>(
    'INSERT INTO roadmap_versions (roadmap_id, year, based_on_version_id, start_year, end_year) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [v.roadmapId, v.year, v.basedOn, v.startYear, v.endYear],
  );
  return rows[0]!.id;
}

export async function versionGroups(db: Db, versionId: number) {
  return db.query<{ id: number; name: string }>('SELECT id, name FROM roadmap_groups WHERE version_id = $1 ORDER BY position', [versionId]);
}

export async function versionFocusAreas(db: Db, versionId: number) {
  return db.query<{ id: number; group_id: number; key: string; name: string; target_picture: string }>(
    'SELECT id, group_id, key, name, target_picture FROM roadmap_focus_areas WHERE version_id = $1 ORDER BY position',
    [versionId],
  );
}

export async function versionGoals(db: Db, versionId: number) {
  return db.query<{ id: number; key: string; name: string }>('SELECT id, key, name FROM roadmap_goals WHERE version_id = $1 ORDER BY position', [versionId]);
}

const MILESTONE = `SELECT m.id, m.version_id, m.focus_area_id, f.key AS focus_area_key, m.key, m.position, m.title, m.year, m.tentative_year,
    m.description, m.criterion, m.owner_user_id,
    (SELECT coalesce(nullif(u.name, ''), u.email) FROM users u WHERE u.id = m.owner_user_id) AS owner_name,
    coalesce((SELECT json_agg(json_build_object('text', e.text, 'tags', e.tags) ORDER BY e.position) FROM roadmap_effects e WHERE e.milestone_id = m.id), '[]'::json) AS effects
  FROM roadmap_milestones m JOIN roadmap_focus_areas f ON f.id = m.focus_area_id`;

export async function versionMilestones(db: Db, versionId: number): Promise<MilestoneRow[]> {
  return db.query<MilestoneRow>(`${MILESTONE} WHERE m.version_id = $1 ORDER BY f.position, m.year NULLS LAST, m.position`, [versionId]);
}

export async function getMilestone(db: Db, id: number): Promise<MilestoneRow | undefined> {
  return (await db.query<MilestoneRow>(`${MILESTONE} WHERE m.id = $1`, [id]))[0];
}

export async function versionEdges(db: Db, versionId: number): Promise<EdgeRow[]> {
  return db.query<EdgeRow>(
    `SELECT e.id, a.key AS from_key, coalesce(b.key, g.key) AS to_key, e.to_goal_id IS NOT NULL AS to_goal, e.kind, e.because
       FROM roadmap_edges e JOIN roadmap_milestones a ON a.id = e.from_milestone_id
       LEFT JOIN roadmap_milestones b ON b.id = e.to_milestone_id LEFT JOIN roadmap_goals g ON g.id = e.to_goal_id
      WHERE e.version_id = $1 ORDER BY e.id`,
    [versionId],
  );
}

export async function getEdge(db: Db, id: number): Promise<{ id: number; version_id: number } | undefined> {
  return (await db.query<{ id: number; version_id: number }>('SELECT id, version_id FROM roadmap_edges WHERE id = $1', [id]))[0];
}

export async function deleteEdge(db: Db, id: number): Promise<void> {
  await db.query('DELETE FROM roadmap_edges WHERE id = $1', [id]);
}

export async function milestoneLinks(db: Db, versionId: number) {
  return db.query<{ milestone_id: number; plan_node_id: number | null; measure_id: number | null; title: string; plan_id: number }>(
    `SELECT l.milestone_id, l.plan_node_id, l.measure_id, coalesce(n.title, ms.name) AS title, coalesce(n.plan_id, ms.plan_id) AS plan_id
       FROM roadmap_links l JOIN roadmap_milestones m ON m.id = l.milestone_id
       LEFT JOIN plan_nodes n ON n.id = l.plan_node_id LEFT JOIN measures ms ON ms.id = l.measure_id
      WHERE m.version_id = $1 ORDER BY l.id`,
    [versionId],
  );
}

export async function insertLink(db: Db, milestoneId: number, planNodeId: number | null, measureId: number | null): Promise<void> {
  await db.query('INSERT INTO roadmap_links (milestone_id, plan_node_id, measure_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [milestoneId, planNodeId, measureId]);
}

export async function deleteLink(db: Db, milestoneId: number, planNodeId: number | null, measureId: number | null): Promise<number> {
  const rows = await db.query<{ id: number }>(
    'DELETE FROM roadmap_links WHERE milestone_id = $1 AND plan_node_id IS NOT DISTINCT FROM $2 AND measure_id IS NOT DISTINCT FROM $3 RETURNING id',
    [milestoneId, planNodeId, measureId],
  );
  return rows.length;
}

export interface LinkTargetRow {
  plan_id: number;
  plan_title: string;
  kind: 'node' | 'measure';
  id: number;
  title: string;
}

/** Every plan node and measure of an organisation's plans, in plan and scorecard order: what a milestone can be linked to. */
export async function linkTargets(db: Db, organisationId: number): Promise<LinkTargetRow[]> {
  return db.query<LinkTargetRow>(
    `SELECT p.id AS plan_id, p.title AS plan_title, t.kind, t.id, t.title
       FROM plans p
       JOIN (SELECT n.plan_id, 'node' AS kind, n.id, n.title, n.position AS node_position, n.id AS node_id, -1 AS position FROM plan_nodes n
             UNION ALL
             SELECT m.plan_id, 'measure', m.id, m.name, n.position, n.id, m.position FROM measures m JOIN plan_nodes n ON n.id = m.node_id) t ON t.plan_id = p.id
      WHERE p.organisation_id = $1
      ORDER BY p.start_year DESC, p.id, t.kind DESC, t.node_position, t.node_id, t.position, t.id`,
    [organisationId],
  );
}

/** The organisation a plan node or a measure belongs to (links stay within one organisation). */
export async function linkTargetOrganisation(db: Db, planNodeId: number | null, measureId: number | null): Promise<number | undefined> {
  const rows = planNodeId
    ? await db.query<{ organisation_id: number }>('SELECT p.organisation_id FROM plan_nodes n JOIN plans p ON p.id = n.plan_id WHERE n.id = $1', [planNodeId])
    : await db.query<{ organisation_id: number }>('SELECT p.organisation_id FROM measures m JOIN plans p ON p.id = m.plan_id WHERE m.id = $1', [measureId]);
  return rows[0]?.organisation_id;
}

export async function statusReports(db: Db, roadmapId: number): Promise<StatusRow[]> {
  return db.query<StatusRow>(
    `SELECT milestone_key, period, status, to_char(reached_on, 'YYYY-MM-DD') AS reached_on, comment, reported_at::text AS reported_at
       FROM roadmap_status_reports WHERE roadmap_id = $1 ORDER BY milestone_key, period DESC`,
    [roadmapId],
  );
}

export async function upsertStatus(
  db: Db,
  r: { roadmapId: number; milestoneKey: string; period: string; status: MilestoneStatus; reachedOn: string | null; comment: string; userId: number },
): Promise<void> {
  await db.query(
    `INSERT INTO roadmap_status_reports (roadmap_id, milestone_key, period, status, reached_on, comment, reported_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (roadmap_id, milestone_key, period)
     DO UPDATE SET status = EXCLUDED.status, reached_on = EXCLUDED.reached_on, comment = EXCLUDED.comment, reported_by = EXCLUDED.reported_by, reported_at = now()`,
    [r.roadmapId, r.milestoneKey, r.period, r.status, r.reachedOn, r.comment, r.userId],
  );
}

async function insertEffects(db: Db, milestoneId: number, effects: readonly Effect[]): Promise<void> {
  for (const [i, e] of effects.entries()) {
    await db.query('INSERT INTO roadmap_effects (milestone_id, position, text, tags) VALUES ($1, $2, $3, $4::text[])', [milestoneId, i, e.text, e.tags as EffectTag[]]);
  }
}

/** Replaces a milestone's effects. */
export async function replaceEffects(db: Db, milestoneId: number, effects: readonly Effect[]): Promise<void> {
  await db.query('DELETE FROM roadmap_effects WHERE milestone_id = $1', [milestoneId]);
  await insertEffects(db, milestoneId, effects);
}

export async function insertMilestone(db: Db, versionId: number, focusAreaId: number, m: VersionContent['milestones'][number], position: number): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO roadmap_milestones (version_id, focus_area_id, key, position, title, year, tentative_year, description, criterion, source_line)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [versionId, focusAreaId, m.key, position, m.title, m.year, m.tentativeYear, m.description, m.criterion, m.sourceLine],
  );
  const id = rows[0]!.id;
  await insertEffects(db, id, m.effects);
  for (const l of m.links ?? []) await insertLink(db, id, l.planNodeId, l.measureId);
  return id;
}

export async function updateMilestone(
  db: Db,
  id: number,
  m: { focusAreaId: number; title: string; year: number | null; tentativeYear: number | null; description: string; criterion: string },
): Promise<void> {
  await db.query(
    'UPDATE roadmap_milestones SET focus_area_id = $2, title = $3, year = $4, tentative_year = $5, description = $6, criterion = $7 WHERE id = $1',
    [id, m.focusAreaId, m.title, m.year, m.tentativeYear, m.description, m.criterion],
  );
}

export async function deleteMilestone(db: Db, id: number): Promise<void> {
  await db.query('DELETE FROM roadmap_milestones WHERE id = $1', [id]);
}

export async function nextMilestonePosition(db: Db, versionId: number): Promise<number> {
  return (await db.query<{ n: number }>('SELECT coalesce(max(position), -1)::int + 1 AS n FROM roadmap_milestones WHERE version_id = $1', [versionId]))[0]!.n;
}

export async function insertEdge(db: Db, versionId: number, fromId: number, toMilestoneId: number | null, toGoalId: number | null, kind: EdgeKind, because: string): Promise<number> {
  const rows = await db.query<{ id: number }>(
    'INSERT INTO roadmap_edges (version_id, from_milestone_id, to_milestone_id, to_goal_id, kind, because) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [versionId, fromId, toMilestoneId, toGoalId, kind, because],
  );
  return rows[0]!.id;
}

/** Writes a whole version's content (groups, focus areas, goals, milestones with effects and links, arrows). */
/** A version's groups, focus areas and effect goals; returns their ids by key for the milestones and arrows that follow. */
export async function insertVersionStructure(
  db: Db,
  versionId: number,
  content: Pick<VersionContent, 'groups' | 'goals'>,
): Promise<{ areaIds: Map<string, number>; goalIds: Map<string, number> }> {
  const areaIds = new Map<string, number>();
  let areaPosition = 0;
  for (const [gi, g] of content.groups.entries()) {
    const groupId = (await db.query<{ id: number }>('INSERT INTO roadmap_groups (version_id, position, name) VALUES ($1, $2, $3) RETURNING id', [versionId, gi, g.name]))[0]!.id;
    for (const a of g.focusAreas) {
      const rows = await db.query<{ id: number }>(
        'INSERT INTO roadmap_focus_areas (version_id, group_id, key, position, name, target_picture) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [versionId, groupId, a.key, areaPosition++, a.name, a.targetPicture],
      );
      areaIds.set(a.key, rows[0]!.id);
    }
  }
  const goalIds = new Map<string, number>();
  for (const [i, g] of content.goals.entries()) {
    const rows = await db.query<{ id: number }>('INSERT INTO roadmap_goals (version_id, key, position, name) VALUES ($1, $2, $3, $4) RETURNING id', [versionId, g.key, i, g.name]);
    goalIds.set(g.key, rows[0]!.id);
  }
  return { areaIds, goalIds };
}

/** Copies a whole version's content (a new version for next year starts as a copy of the last). */
export async function insertVersionContent(db: Db, versionId: number, content: VersionContent): Promise<void> {
  const { areaIds, goalIds } = await insertVersionStructure(db, versionId, content);
  const milestoneIds = new Map<string, number>();
  for (const [i, m] of content.milestones.entries()) milestoneIds.set(m.key, await insertMilestone(db, versionId, areaIds.get(m.focusAreaKey)!, m, i));
  for (const e of content.edges) {
    await insertEdge(db, versionId, milestoneIds.get(e.from)!, e.toGoal ? null : milestoneIds.get(e.to)!, e.toGoal ? goalIds.get(e.to)! : null, e.kind, e.because);
  }
}

/** Sets (or clears) the person responsible for a milestone. */
export async function setMilestoneOwner(db: Db, milestoneId: number, userId: number | null): Promise<void> {
  await db.query('UPDATE roadmap_milestones SET owner_user_id = $2 WHERE id = $1', [milestoneId, userId]);
}
