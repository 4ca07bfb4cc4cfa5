import type { Db } from '../../../db/client';
import { comparePeriodKeys, reportPeriodsForYears } from '../../../domain/periods';
import { diffVersions } from '../../../domain/roadmap/diff';
import { checkEdge, describeRefusal } from '../../../domain/roadmap/graph';
import { effectiveStatus } from '../../../domain/roadmap/lateness';
import type { EdgeKind, Effect, MilestoneStatus } from '../../../domain/roadmap/types';
import type { LinkTargetPlan, RoadmapMilestone, RoadmapSummary, RoadmapVersionSummary, RoadmapVersionView, VersionComparison } from '../../../shared/roadmap-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { organisationUsers } from '../users/users.queries';
import { periodLabel } from '../plans/plans.service';
import * as q from './roadmap.queries';

const toSummary = (v: q.VersionRow): RoadmapVersionSummary => ({ id: v.id, year: v.year, basedOnVersionId: v.based_on_version_id, startYear: v.start_year, endYear: v.end_year });

/** The roadmaps of every organisation the actor belongs to, with their versions. */
export async function listRoadmaps(db: Db, actor: Actor): Promise<RoadmapSummary[]> {
  const roadmaps = await q.roadmapsOf(db, [...actor.roles.keys()]);
  const versions = await q.versionsOf(db, roadmaps.map((r) => r.id));
  return roadmaps.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    title: r.title,
    versions: versions.filter((v) => v.roadmap_id === r.id).map(toSummary),
  }));
}

/** A version and its roadmap, if the actor may do `action` on it; otherwise 404/403. */
export async function accessibleVersion(db: Db, actor: Actor, versionId: number, action: 'plan:read' | 'plan:edit') {
  const version = await q.getVersion(db, versionId);
  if (!version) throw new AppError('not-found', `Kartversionen ${versionId} finns inte.`);
  const roadmap = (await q.getRoadmap(db, version.roadmap_id))!;
  authorize(actor, action, { organisationId: roadmap.organisation_id });
  return { version, roadmap };
}

async function accessibleMilestone(db: Db, actor: Actor, milestoneId: number) {
  const milestone = await q.getMilestone(db, milestoneId);
  if (!milestone) throw new AppError('not-found', `Milstolpen ${milestoneId} finns inte.`);
  return { milestone, ...(await accessibleVersion(db, actor, milestone.version_id, 'plan:edit')) };
}

/** One version of a map: groups, focus areas, goals, milestones with effects, status and links, arrows. */
export async function getRoadmapVersion(db: Db, actor: Actor, versionId: number, today = new Date()): Promise<RoadmapVersionView> {
  const { version, roadmap } = await accessibleVersion(db, actor, versionId, 'plan:read');
  const [groups, areas, goals, milestones, edges, reports, links, versions] = await Promise.all([
    q.versionGroups(db, versionId),
    q.versionFocusAreas(db, versionId),
    q.versionGoals(db, versionId),
    q.versionMilestones(db, versionId),
    q.versionEdges(db, versionId),
    q.statusReports(db, roadmap.id),
    q.milestoneLinks(db, versionId),
    q.versionsOf(db, [roadmap.id]),
  ]);
  const view: RoadmapMilestone[] = milestones.map((m) => {
    const mine = reports.filter((r) => r.milestone_key === m.key).sort((a, b) => comparePeriodKeys(b.period, a.period));
    const latest = mine[0] ?? null;
    return {
      id: m.id,
      key: m.key,
      focusAreaKey: m.focus_area_key,
      title: m.title,
      year: m.year,
      tentativeYear: m.tentative_year,
      description: m.description,
      criterion: m.criterion,
      effects: m.effects,
      owner: m.owner_user_id === null ? null : { id: m.owner_user_id, name: m.owner_name ?? '' },
      status: effectiveStatus({ year: m.year, reported: latest?.status ?? null }, today),
      reachedOn: latest?.status === 'reached' ? latest.reached_on : null,
      reports: mine.map((r) => ({ period: r.period, periodLabel: periodLabel(r.period), status: r.status, reachedOn: r.reached_on, comment: r.comment, reportedAt: r.reported_at })),
      links: links
        .filter((l) => l.milestone_id === m.id)
        .map((l) =>
          l.plan_node_id ? { kind: 'node' as const, id: l.plan_node_id, title: l.title, planId: l.plan_id } : { kind: 'measure' as const, id: l.measure_id!, title: l.title, planId: l.plan_id },
        ),
    };
  });
  return {
    roadmap: { id: roadmap.id, organisationId: roadmap.organisation_id, title: roadmap.title },
    version: toSummary(version),
    versions: versions.map(toSummary),
    canEdit: can(actor, 'plan:edit', { organisationId: roadmap.organisation_id }),
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      focusAreas: areas.filter((a) => a.group_id === g.id).map((a) => ({ id: a.id, key: a.key, name: a.name, targetPicture: a.target_picture })),
    })),
    goals: goals.map((g) => ({ id: g.id, key: g.key, name: g.name })),
    milestones: view,
    edges: edges.map((e) => ({ id: e.id, from: e.from_key, to: e.to_key, toGoal: e.to_goal, kind: e.kind, because: e.because })),
    periods: reportPeriodsForYears(version.start_year, Math.max(version.end_year, version.year)).map((key) => ({ key, label: periodLabel(key) })),
  };
}

export interface MilestoneInput {
  focusAreaKey: string;
  title: string;
  year: number | null;
  description: string;
  criterion: string;
  effects: Effect[];
}

async function focusAreaId(db: Db, versionId: number, key: string): Promise<number> {
  const area = (await q.versionFocusAreas(db, versionId)).find((a) => a.key === key);
  if (!area) throw fieldError('focusAreaKey', `Insatsområdet ${key} finns inte i kartan.`);
  return area.id;
}

/** What a new milestone holds beyond the editor's fields: an importer's key, tentative year and source line. */
export interface MilestoneOrigin {
  key: string;
  tentativeYear: number | null;
  sourceLine: number | null;
}

/** Writes a milestone into a version: the editor and the map importer both come through here. */
export async function writeMilestone(tx: Db, versionId: number, input: MilestoneInput, origin: MilestoneOrigin): Promise<number> {
  const areaId = await focusAreaId(tx, versionId, input.focusAreaKey);
  const position = await q.nextMilestonePosition(tx, versionId);
  return q.insertMilestone(tx, versionId, areaId, { ...input, ...origin }, position);
}

/** Adds a milestone to a version; its key is new, so comparisons see it as added. */
export async function createMilestone(db: Db, actor: Actor, versionId: number, input: MilestoneInput): Promise<{ id: number; key: string }> {
  return db.transaction(async (tx) => {
    await accessibleVersion(tx, actor, versionId, 'plan:edit');
    const key = `${input.focusAreaKey}/${crypto.randomUUID().slice(0, 8)}`;
    const id = await writeMilestone(tx, versionId, input, { key, tentativeYear: null, sourceLine: null });
    return { id, key };
  });
}

/** Changes a milestone: title, focus area, year (or unscheduled), description, criterion, effects. */
export async function updateMilestone(db: Db, actor: Actor, milestoneId: number, input: MilestoneInput): Promise<void> {
  await db.transaction(async (tx) => {
    const { milestone } = await accessibleMilestone(tx, actor, milestoneId);
    const areaId = await focusAreaId(tx, milestone.version_id, input.focusAreaKey);
    const tentativeYear = input.year === null ? (milestone.tentative_year ?? milestone.year) : null;
    await q.updateMilestone(tx, milestoneId, { focusAreaId: areaId, title: input.title, year: input.year, tentativeYear, description: input.description, criterion: input.criterion });
    await q.replaceEffects(tx, milestoneId, input.effects);
  });
}

export async function deleteMilestone(db: Db, actor: Actor, milestoneId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await accessibleMilestone(tx, actor, milestoneId);
    await q.deleteMilestone(tx, milestoneId);
  });
}

type EdgeInput = { from: string; to: string; toGoal: boolean; kind: EdgeKind; because: string };

/**
 * Draws an arrow after checking it against the version's graph: the editor and the map importer
 * both come through here, so no map, typed or read, ever holds a loop.
 */
export async function writeEdge(tx: Db, versionId: number, input: EdgeInput): Promise<number> {
  // One after another: a transaction's queries share one connection.
  const milestones = await q.versionMilestones(tx, versionId);
  const edges = await q.versionEdges(tx, versionId);
  const goals = await q.versionGoals(tx, versionId);
  const graph = milestones.map((m) => ({ key: m.key, title: m.title, focusAreaKey: m.focus_area_key, year: m.year }));
  const current = edges.map((e) => ({ from: e.from_key, to: e.to_key, toGoal: e.to_goal, kind: e.kind }));
  const refusal = checkEdge(graph, current, input, goals.map((g) => g.key));
  if (refusal?.reason === 'unknown') throw fieldError(refusal.key === input.from ? 'from' : 'to', describeRefusal(refusal));
  if (refusal?.reason === 'self') throw fieldError('to', describeRefusal(refusal));
  if (refusal) throw new AppError('conflict', describeRefusal(refusal));
  const idOf = (key: string) => milestones.find((m) => m.key === key)!.id;
  return q.insertEdge(tx, versionId, idOf(input.from), input.toGoal ? null : idOf(input.to), input.toGoal ? goals.find((g) => g.key === input.to)!.id : null, input.kind, input.because);
}

/** Draws an arrow; refuses one that would close a loop with 409 and the loop's milestones in the message. */
export async function addEdge(db: Db, actor: Actor, versionId: number, input: EdgeInput): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    await accessibleVersion(tx, actor, versionId, 'plan:edit');
    return { id: await writeEdge(tx, versionId, input) };
  });
}

export async function deleteEdge(db: Db, actor: Actor, edgeId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const edge = await q.getEdge(tx, edgeId);
    if (!edge) throw new AppError('not-found', `Pilen ${edgeId} finns inte.`);
    await accessibleVersion(tx, actor, edge.version_id, 'plan:edit');
    await q.deleteEdge(tx, edgeId);
  });
}

/** Reports a milestone's status for a reporting period, with a comment; reached needs the date. */
export async function reportStatus(
  db: Db,
  actor: Actor,
  milestoneId: number,
  input: { period: string; status: MilestoneStatus; reachedOn: string | null; comment: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    // Its responsible person reports a milestone's status, as well as editors (issue 12, item 9).
    const milestone = await q.getMilestone(tx, milestoneId);
    if (!milestone) throw new AppError('not-found', `Milstolpen ${milestoneId} finns inte.`);
    const { version, roadmap } = await accessibleVersion(tx, actor, milestone.version_id, 'plan:read');
    authorize(actor, 'work:report', { organisationId: roadmap.organisation_id, ownerUserId: milestone.owner_user_id });
    const periods = reportPeriodsForYears(version.start_year, Math.max(version.end_year, version.year));
    if (!periods.includes(input.period)) throw fieldError('period', `Perioden ${input.period} hör inte till kartans år (${periods.join(', ')}).`);
    if (input.status === 'reached' && !input.reachedOn) throw fieldError('reachedOn', 'Ange datum då milstolpen uppnåddes.');
    await q.upsertStatus(tx, {
      roadmapId: roadmap.id,
      milestoneKey: milestone.key,
      period: input.period,
      status: input.status,
      reachedOn: input.status === 'reached' ? input.reachedOn : null,
      comment: input.comment,
      userId: actor.id,
    });
  });
}

/** Sets (or clears) the person responsible for a milestone, who may then report its status; they must have a role in the organisation. */
export async function assignMilestoneOwner(db: Db, actor: Actor, milestoneId: number, userId: number | null): Promise<void> {
  await db.transaction(async (tx) => {
    const { roadmap } = await accessibleMilestone(tx, actor, milestoneId);
    if (userId !== null && !(await organisationUsers(tx, roadmap.organisation_id)).some((u) => u.id === userId)) {
      throw fieldError('userId', 'Personen har ingen roll i organisationen.');
    }
    await q.setMilestoneOwner(tx, milestoneId, userId);
  });
}

/** Links a milestone to a plan node or a measure of the same organisation. */
export async function linkMilestone(db: Db, actor: Actor, milestoneId: number, input: { planNodeId: number | null; measureId: number | null }): Promise<void> {
  await db.transaction(async (tx) => {
    const { roadmap } = await accessibleMilestone(tx, actor, milestoneId);
    if ((input.planNodeId === null) === (input.measureId === null)) throw fieldError('planNodeId', 'Ange antingen en del av planen eller ett mått.');
    const org = await q.linkTargetOrganisation(tx, input.planNodeId, input.measureId);
    if (org !== roadmap.organisation_id) throw fieldError(input.planNodeId ? 'planNodeId' : 'measureId', 'Det finns ingen sådan del av planen eller sådant mått i organisationen.');
    await q.insertLink(tx, milestoneId, input.planNodeId, input.measureId);
  });
}

/** Removes a milestone's link to a plan node or a measure; 404 when there is no such link. */
export async function unlinkMilestone(db: Db, actor: Actor, milestoneId: number, input: { planNodeId: number | null; measureId: number | null }): Promise<void> {
  await db.transaction(async (tx) => {
    await accessibleMilestone(tx, actor, milestoneId);
    if ((input.planNodeId === null) === (input.measureId === null)) throw fieldError('planNodeId', 'Ange antingen en del av planen eller ett mått.');
    if ((await q.deleteLink(tx, milestoneId, input.planNodeId, input.measureId)) === 0) throw new AppError('not-found', 'Milstolpen har ingen sådan koppling.');
  });
}

/** The plan nodes and measures of the map's organisation's plans, grouped by plan: what its milestones can be linked to. */
export async function linkTargets(db: Db, actor: Actor, versionId: number): Promise<LinkTargetPlan[]> {
  const { roadmap } = await accessibleVersion(db, actor, versionId, 'plan:read');
  const plans: LinkTargetPlan[] = [];
  for (const row of await q.linkTargets(db, roadmap.organisation_id)) {
    let plan = plans.at(-1);
    if (plan?.id !== row.plan_id) plans.push((plan = { id: row.plan_id, title: row.plan_title, nodes: [], measures: [] }));
    if (row.kind === 'node') plan.nodes.push({ id: row.id, title: row.title });
    else plan.measures.push({ id: row.id, name: row.title });
  }
  return plans;
}

/** A version's content by stable keys: what a new version copies and a comparison reads. */
export async function versionContent(db: Db, versionId: number): Promise<q.VersionContent> {
  // One after another: a new version reads its base inside a transaction, whose queries share one connection.
  const groups = await q.versionGroups(db, versionId);
  const areas = await q.versionFocusAreas(db, versionId);
  const goals = await q.versionGoals(db, versionId);
  const milestones = await q.versionMilestones(db, versionId);
  const edges = await q.versionEdges(db, versionId);
  const links = await q.milestoneLinks(db, versionId);
  return {
    groups: groups.map((g) => ({ name: g.name, focusAreas: areas.filter((a) => a.group_id === g.id).map((a) => ({ key: a.key, name: a.name, targetPicture: a.target_picture })) })),
    goals: goals.map((g) => ({ key: g.key, name: g.name })),
    milestones: milestones.map((m) => ({
      key: m.key,
      focusAreaKey: m.focus_area_key,
      title: m.title,
      year: m.year,
      tentativeYear: m.tentative_year,
      description: m.description,
      criterion: m.criterion,
      effects: m.effects,
      sourceLine: null,
      links: links.filter((l) => l.milestone_id === m.id).map((l) => ({ planNodeId: l.plan_node_id, measureId: l.measure_id })),
    })),
    edges: edges.map((e) => ({ from: e.from_key, to: e.to_key, toGoal: e.to_goal, kind: e.kind, because: e.because })),
  };
}

/** The yearly revision: a copy of `basedOn` (default: the latest version) as the version for `year`. */
export async function createNextVersion(db: Db, actor: Actor, roadmapId: number, input: { year: number; basedOnVersionId?: number }): Promise<RoadmapVersionSummary> {
  return db.transaction(async (tx) => {
    const roadmap = await q.getRoadmap(tx, roadmapId);
    if (!roadmap) throw new AppError('not-found', `Kartan ${roadmapId} finns inte.`);
    authorize(actor, 'plan:edit', { organisationId: roadmap.organisation_id });
    const versions = await q.versionsOf(tx, [roadmapId]);
    if (versions.some((v) => v.year === input.year)) throw new AppError('conflict', `Det finns redan en version för ${input.year}.`, [{ path: 'year', message: `Det finns redan en version för ${input.year}.` }]);
    const base = input.basedOnVersionId ? versions.find((v) => v.id === input.basedOnVersionId) : versions.at(-1);
    if (!base) throw fieldError('basedOnVersionId', 'Versionen att utgå från finns inte i kartan.');
    const id = await q.insertVersion(tx, { roadmapId, year: input.year, basedOn: base.id, startYear: base.start_year, endYear: Math.max(base.end_year, input.year) });
    await q.insertVersionContent(tx, id, await versionContent(tx, base.id));
    return toSummary((await q.getVersion(tx, id))!);
  });
}

/** Compares two versions of one map: added, removed, moved in time, renamed, changed effects and arrows. */
export async function compareVersions(db: Db, actor: Actor, beforeId: number, afterId: number): Promise<VersionComparison> {
  const a = await accessibleVersion(db, actor, beforeId, 'plan:read');
  const b = await accessibleVersion(db, actor, afterId, 'plan:read');
  if (a.roadmap.id !== b.roadmap.id) throw fieldError('after', 'Versionerna hör till olika kartor.');
  const [before, after] = await Promise.all([versionContent(db, beforeId), versionContent(db, afterId)]);
  const focusAreas: Record<string, string> = {};
  const titles: Record<string, string> = {};
  for (const c of [before, after]) {
    for (const g of c.groups) for (const f of g.focusAreas) focusAreas[f.key] = f.name;
    for (const m of c.milestones) titles[m.key] = m.title;
    for (const g of c.goals) titles[g.key] = g.name;
  }
  return { before: toSummary(a.version), after: toSummary(b.version), focusAreas, titles, diff: diffVersions(before, after) };
}
