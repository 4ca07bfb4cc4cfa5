import type { Db, Tx } from '../../../db/client';
import { diffPlanSnapshots } from '../../../domain/plan-tree/diff';
import { structureOpen } from '../../../domain/plan-tree/lock';
import type { PlanSnapshot } from '../../../domain/plan-tree/snapshot';
import type {
  CreatePlanRequest,
  DecidePlanRequest,
  PlanInfo,
  PlanVersionComparison,
  PlanVersionInfo,
  StartRevisionRequest,
  UpdatePlanRequest,
} from '../../../shared/authoring-schemas';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { staleEdit } from '../../http/versions';
import { audit, type Who } from '../audit/audit';
import { getOrganisation } from '../organisations/organisations.queries';
import { copyPlanContent } from './copy-plan';
import * as q from './plan-editor.queries';
import { lockPlanScope } from './plan-scope';
import { writeNewNode, writeNewPlan } from './plan-writes';

async function readablePlanRow(db: Db, actor: Actor, planId: number, path?: string): Promise<q.EditorPlanRow> {
  const plan = await q.getEditorPlan(db, planId);
  const missing = () => (path ? fieldError(path, `Planen ${planId} finns inte.`) : new AppError('not-found', `Planen ${planId} finns inte.`));
  if (!plan) throw missing();
  if (!can(actor, 'plan:read', { organisationId: plan.organisation_id })) {
    if (path) throw missing();
    authorize(actor, 'plan:read', { organisationId: plan.organisation_id });
  }
  return plan;
}

/** A plan's facts for its settings and versions page. */
export async function getPlanInfo(db: Db, actor: Actor, planId: number): Promise<PlanInfo> {
  const plan = await readablePlanRow(db, actor, planId);
  const org = (await getOrganisation(db, plan.organisation_id))!;
  const parent = plan.parent_plan_id === null ? undefined : await q.getEditorPlan(db, plan.parent_plan_id);
  const parentOrg = parent ? await getOrganisation(db, parent.organisation_id) : undefined;
  const copyOf = plan.copy_of_plan_id === null ? undefined : await q.getEditorPlan(db, plan.copy_of_plan_id);
  return {
    id: plan.id,
    organisationId: plan.organisation_id,
    organisationName: org.name,
    title: plan.title,
    startYear: plan.start_year,
    endYear: plan.end_year,
    vision: plan.vision,
    status: plan.status,
    revision: plan.revision,
    decidingBody: plan.owner_body,
    targetBetweenYears: plan.target_between_years,
    parentPlan: parent ? { id: parent.id, title: parent.title, organisationName: parentOrg?.name ?? '' } : null,
    copyOf: copyOf ? { id: copyOf.id, title: copyOf.title } : null,
    version: plan.version,
    canEdit: can(actor, 'plan:edit', { organisationId: plan.organisation_id }),
    structureOpen: structureOpen(plan.status),
  };
}

/** Creates a plan: empty, with the template's top level, or as a copy of an earlier plan whose series continue. */
export async function createPlan(db: Db, actor: Actor, organisationId: number, input: CreatePlanRequest): Promise<{ id: number }> {
  authorize(actor, 'plan:create', { organisationId });
  const org = await getOrganisation(db, organisationId);
  if (!org) throw new AppError('not-found', `Organisationen ${organisationId} finns inte.`);
  if (input.parentPlanId != null) await readablePlanRow(db, actor, input.parentPlanId, 'parentPlanId');
  const source = input.copyOfPlanId === undefined ? undefined : await readablePlanRow(db, actor, input.copyOfPlanId, 'copyOfPlanId');
  if (source && source.organisation_id !== organisationId) {
    const sourceOrg = (await getOrganisation(db, source.organisation_id))!;
    if (sourceOrg.governance_model_id !== org.governance_model_id) {
      throw fieldError('copyOfPlanId', 'Planen att kopiera har en annan styrmodell. Kopiera en plan med samma styrmodell.');
    }
  }
  const model = org.definition;
  return db.transaction(async (tx) => {
    const who: Who = { userId: actor.id };
    const id = await writeNewPlan(tx, who, {
      organisationId,
      title: input.title.trim(),
      startYear: input.startYear,
      endYear: input.endYear,
      vision: input.vision ?? source?.vision ?? '',
      ownerBody: input.decidingBody ?? source?.owner_body ?? model.bodies[0]?.code ?? null,
      parentPlanId: input.parentPlanId ?? source?.parent_plan_id ?? null,
      copyOfPlanId: source?.id ?? null,
      sourceDocument: null,
      // A copy judges the years between its targets as its original did (issue 12, item 3).
      ...(source ? { targetBetweenYears: source.target_between_years } : {}),
    });
    const scope = { planId: id, organisationId, model, startYear: input.startYear, endYear: input.endYear };
    if (source) {
      await copyPlanContent(tx, who, source.id, scope);
      await q.refreshTargetYears(tx, id);
    } else if (input.fromTemplate) {
      for (const node of model.starterNodes ?? []) {
        await writeNewNode(tx, who, scope, { parentId: null, parentLevelKey: null, levelKey: node.levelKey, name: node.name[org.default_lang] });
      }
    }
    return { id };
  });
}

/** Changes a plan's title, years, vision, deciding body or the plan above it. */
export async function updatePlan(db: Db, actor: Actor, planId: number, input: UpdatePlanRequest, seenVersion?: number): Promise<PlanInfo> {
  await db.transaction(async (tx) => {
    const scope = await lockPlanScope(tx, planId);
    authorize(actor, 'plan:edit', { organisationId: scope.organisationId });
    const p = scope.plan;
    if (seenVersion !== undefined && seenVersion !== p.version) throw await staleEdit(tx, 'plan', planId, `Planen «${p.title}»`, seenVersion, p.version);
    const start = input.startYear ?? p.start_year;
    const end = input.endYear ?? p.end_year;
    if (end < start) throw fieldError('endYear', 'Slutåret kan inte vara före startåret.');
    if (input.parentPlanId != null) {
      if (input.parentPlanId === planId) throw fieldError('parentPlanId', 'En plan kan inte tjäna sig själv.');
      await readablePlanRow(tx, actor, input.parentPlanId, 'parentPlanId');
    }
    const version = await q.updatePlanFields(tx, planId, {
      title: input.title?.trim(),
      start_year: input.startYear,
      end_year: input.endYear,
      vision: input.vision,
      parent_plan_id: input.parentPlanId,
      owner_body: input.decidingBody,
      target_between_years: input.targetBetweenYears,
    });
    if (input.startYear !== undefined || input.endYear !== undefined) await q.refreshTargetYears(tx, planId);
    await audit(tx, { userId: actor.id }, {
      organisationId: scope.organisationId,
      planId,
      objectType: 'plan',
      objectId: planId,
      action: 'update',
      before: { title: p.title, startYear: p.start_year, endYear: p.end_year, vision: p.vision, parentPlanId: p.parent_plan_id, decidingBody: p.owner_body, targetBetweenYears: p.target_between_years, version: p.version },
      after: { title: input.title?.trim() ?? p.title, startYear: start, endYear: end, vision: input.vision ?? p.vision, parentPlanId: input.parentPlanId === undefined ? p.parent_plan_id : input.parentPlanId, decidingBody: input.decidingBody === undefined ? p.owner_body : input.decidingBody, targetBetweenYears: input.targetBetweenYears ?? p.target_between_years, version },
    });
  });
  return getPlanInfo(db, actor, planId);
}

/**
 * Records a plan's decision (body, date, § number): a draft becomes the decided plan, an open
 * revision becomes its next decided version. The plan as decided is kept for comparisons.
 */
export async function decidePlan(db: Db, actor: Actor, planId: number, input: DecidePlanRequest, seenVersion?: number): Promise<PlanInfo> {
  await db.transaction((tx) => recordDecision(tx, { userId: actor.id }, planId, input, (organisationId) => authorize(actor, 'plan:decide', { organisationId }), seenVersion));
  return getPlanInfo(db, actor, planId);
}

/** The decision itself, also for the plans first start loads from decided documents. */
export async function recordDecision(
  tx: Tx,
  who: Who,
  planId: number,
  input: { body: string; date: string | null; paragraph?: string; note?: string },
  check: (organisationId: number) => void = () => undefined,
  seenVersion?: number,
): Promise<void> {
  const scope = await lockPlanScope(tx, planId);
  check(scope.organisationId);
  const p = scope.plan;
  if (seenVersion !== undefined && seenVersion !== p.version) throw await staleEdit(tx, 'plan', planId, `Planen «${p.title}»`, seenVersion, p.version);
  if (p.status === 'decided') throw new AppError('conflict', 'Planen är redan fastställd. Starta en revidering för att ändra den.');
  await q.insertPlanVersion(tx, { planId, number: p.revision, body: input.body, date: input.date, ref: input.paragraph ?? '', note: input.note ?? '', snapshot: await q.planSnapshot(tx, planId), by: who.userId });
  const version = await q.updatePlanFields(tx, planId, { status: 'decided' });
  await audit(tx, who, {
    organisationId: scope.organisationId,
    planId,
    objectType: 'plan',
    objectId: planId,
    action: 'decide',
    before: { status: p.status, revision: p.revision, version: p.version },
    after: { status: 'decided', revision: p.revision, body: input.body, date: input.date, paragraph: input.paragraph ?? '', version },
  });
}

/** Plans decided before versions were kept get their decided version from the plan as it stands, once. */
async function ensureDecidedSnapshot(tx: Db, plan: q.EditorPlanRow): Promise<void> {
  if (plan.status !== 'decided') return;
  const versions = await q.planVersions(tx, plan.id);
  if (versions.some((v) => v.number === plan.revision)) return;
  await q.insertPlanVersion(tx, { planId: plan.id, number: plan.revision, body: plan.owner_body ?? '', date: null, ref: '', note: '', snapshot: await q.planSnapshot(tx, plan.id), by: null });
}

/** Opens a revision of a decided plan: its tree, measure names and targets may change until the revision is decided. */
export async function startRevision(db: Db, actor: Actor, planId: number, input: StartRevisionRequest, seenVersion?: number): Promise<PlanInfo> {
  await db.transaction(async (tx) => {
    const scope = await lockPlanScope(tx, planId);
    authorize(actor, 'plan:decide', { organisationId: scope.organisationId });
    const p = scope.plan;
    if (seenVersion !== undefined && seenVersion !== p.version) throw await staleEdit(tx, 'plan', planId, `Planen «${p.title}»`, seenVersion, p.version);
    if (p.status !== 'decided') throw new AppError('conflict', p.status === 'draft' ? 'Planen är ett utkast och kan ändras direkt.' : 'En revidering pågår redan.');
    await ensureDecidedSnapshot(tx, p);
    const version = await q.updatePlanFields(tx, planId, { status: 'revision', revision: p.revision + 1 });
    await audit(tx, { userId: actor.id }, {
      organisationId: scope.organisationId,
      planId,
      objectType: 'plan',
      objectId: planId,
      action: 'revise',
      before: { status: p.status, revision: p.revision, version: p.version },
      after: { status: 'revision', revision: p.revision + 1, reason: input.reason ?? '', version },
    });
  });
  return getPlanInfo(db, actor, planId);
}

const versionLabel = (v: q.VersionRow): PlanVersionInfo => ({
  number: v.number,
  key: String(v.number),
  decided: { body: v.decided_body, date: v.decided_on ?? '', paragraph: v.decision_ref, by: v.decided_by },
  note: v.note,
});

/** The plan's decided versions, then the plan as it is now when it is a draft or an open revision. */
export async function listVersions(db: Db, actor: Actor, planId: number): Promise<PlanVersionInfo[]> {
  const plan = await readablePlanRow(db, actor, planId);
  if (plan.status === 'decided') await db.transaction((tx) => ensureDecidedSnapshot(tx, plan));
  const versions = (await q.planVersions(db, planId)).map(versionLabel);
  if (plan.status !== 'decided') versions.push({ number: plan.revision, key: 'current', decided: null, note: '' });
  return versions;
}

/** Compares two versions of a plan (a number, or `current`): nodes, measures and targets added, removed and changed. */
export async function compareVersions(db: Db, actor: Actor, planId: number, from: string, to: string): Promise<PlanVersionComparison> {
  const versions = await listVersions(db, actor, planId);
  const pick = async (key: string, path: string): Promise<[PlanVersionInfo, PlanSnapshot]> => {
    const info = versions.find((v) => v.key === key);
    if (!info) throw fieldError(path, `Planen har ingen version "${key}". Versioner: ${versions.map((v) => v.key).join(', ')}.`);
    const snapshot = key === 'current' ? await q.planSnapshot(db, planId) : await q.versionSnapshot(db, planId, info.number);
    return [info, snapshot!];
  };
  const [fromInfo, before] = await pick(from, 'from');
  const [toInfo, after] = await pick(to, 'to');
  return { from: fromInfo, to: toInfo, diff: diffPlanSnapshots(before, after) };
}
