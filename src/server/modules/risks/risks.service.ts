import { type Db, isUniqueViolation, type Tx } from '../../../db/client';
import {
  classifyRisk,
  classRanges,
  DEFAULT_THRESHOLDS,
  heatMapCells,
  nameMatcher,
  type NameMatch,
  riskHistory,
  validateRisk,
  validateThresholds,
  type RiskLevel,
  type RiskThresholds,
} from '../../../domain/risks';
import type { AssessableNode, RiskAssessment, RiskAssessmentInput, RiskHistoryItem, RiskOverview, RiskThresholdsView } from '../../../shared/risks-types';
import type { Actor } from '../../access/can';
import { can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { staleEdit } from '../../http/versions';
import { audit } from '../audit/audit';
import { getPlan } from '../plans/plans.queries';
import { readablePlan, toPlanSummary } from '../plans/plans.service';
import * as q from './risks.queries';

async function thresholdsOf(db: Db, planId: number): Promise<RiskThresholdsView> {
  const own = await q.getActionFrom(db, planId);
  const t: RiskThresholds = own === null ? DEFAULT_THRESHOLDS : { actionFrom: own };
  return { actionFrom: t.actionFrom, isDefault: own === null, ranges: classRanges(t) };
}

const toNode = (n: { id: number; title: string; goal_title: string | null }): AssessableNode => ({ nodeId: n.id, title: n.title, goalTitle: n.goal_title });

function toAssessment(r: q.RiskRow, thresholds: RiskThresholds, match: (name: string) => NameMatch<number>): RiskAssessment {
  const candidates = r.match_status === 'confirmed' ? [] : match(r.success_factor_text).candidates.map((c) => ({ nodeId: c.key, title: c.title, score: c.score }));
  return {
    id: r.id,
    planId: r.plan_id,
    year: r.year,
    position: r.position,
    sourceNumber: r.source_number,
    successFactor: r.node_id === null ? null : { nodeId: r.node_id, title: r.node_title ?? '', goalTitle: r.goal_title },
    sourceSuccessFactor: r.success_factor_text,
    // A node removed since the import leaves the row without a match.
    match: { status: r.node_id === null ? 'unmatched' : r.match_status, score: r.match_score, candidates },
    perspectiveText: r.perspective_text,
    goalText: r.goal_text,
    whatCouldHappen: r.what_could_happen,
    consequenceText: r.consequence_text,
    consequence: r.consequence,
    probability: r.probability,
    probabilityInferred: r.probability_inferred,
    risk: r.risk,
    riskClass: classifyRisk(r.risk, thresholds),
    cause: r.cause,
    action: r.action,
    controlMethod: r.control_method,
    followUp: r.follow_up,
    version: r.version,
  };
}

/** What the audit log keeps of an assessment (the words of its fields are those of `http/versions.ts`). */
const riskSnapshot = (r: q.RiskRow) => ({
  nodeId: r.node_id,
  matchStatus: r.match_status,
  year: r.year,
  whatCouldHappen: r.what_could_happen,
  consequenceText: r.consequence_text,
  consequence: r.consequence,
  probability: r.probability,
  cause: r.cause,
  riskAction: r.action,
  controlMethod: r.control_method,
  version: r.version,
});

const riskLabel = (r: q.RiskRow) => `Riskbedömningen av "${r.node_title ?? r.success_factor_text}" för ${r.year}`;

/** Audits a change of an assessment in the transaction that made it. */
async function auditRisk(tx: Tx, actor: Actor, action: string, before: q.RiskRow | undefined, after: q.RiskRow | undefined): Promise<void> {
  const row = (after ?? before)!;
  await audit(tx, { userId: actor.id }, {
    organisationId: row.organisation_id,
    planId: row.plan_id,
    objectType: 'risk',
    objectId: row.id,
    action,
    before: before ? riskSnapshot(before) : null,
    after: after ? riskSnapshot(after) : null,
  });
}

/** Locks an assessment in `tx` and refuses a change made against an older version than stored (409, naming who changed what). */
async function lockedRisk(tx: Db, riskId: number, seen: number | undefined): Promise<q.RiskRow> {
  const row = (await q.lockRisk(tx, riskId)) ? await q.getRiskRow(tx, riskId) : undefined;
  if (!row) throw new AppError('not-found', `Riskbedömningen ${riskId} finns inte.`);
  if (seen !== undefined && seen !== row.version) throw await staleEdit(tx, 'risk', riskId, riskLabel(row), seen, row.version);
  return row;
}

/**
 * A plan's risk assessments as plain data, for one year or all, in table order. No
 * authorisation here: callers (the risk page, document exports) check plan:read first.
 */
export async function listRiskAssessments(db: Db, planId: number, year?: number): Promise<RiskAssessment[]> {
  const [rows, thresholds, nodes] = await Promise.all([q.listRiskRows(db, planId, year), thresholdsOf(db, planId), q.assessableNodes(db, planId)]);
  // The plan's success factors prepared once for all rows (match-names.ts).
  const match = nameMatcher(nodes.map((n) => ({ key: n.id, title: n.title })));
  return rows.map((r) => toAssessment(r, thresholds, match));
}

/** The risk page for one year (default: the latest year with assessments, else the plan's first). */
export async function getRiskOverview(db: Db, actor: Actor, planId: number, year?: number): Promise<RiskOverview> {
  const plan = await readablePlan(db, actor, planId);
  const assessedYears = await q.riskYears(db, planId);
  const planYears = Array.from({ length: plan.end_year - plan.start_year + 1 }, (_, i) => plan.start_year + i);
  const years = [...new Set([...planYears, ...assessedYears])].sort((a, b) => a - b);
  const chosen = year ?? assessedYears.at(-1) ?? plan.start_year;
  const [assessments, all, thresholds, nodes] = await Promise.all([
    listRiskAssessments(db, planId, chosen),
    q.listRiskRows(db, planId),
    thresholdsOf(db, planId),
    q.assessableNodes(db, planId),
  ]);
  return {
    plan: toPlanSummary(plan),
    year: chosen,
    years: years.includes(chosen) ? years : [...years, chosen].sort((a, b) => a - b),
    thresholds,
    assessments,
    heatMap: heatMapCells(assessments, thresholds),
    assessableNodes: nodes.map(toNode),
    pendingMatches: all.filter((r) => r.node_id === null || r.match_status !== 'confirmed').length,
    canEdit: can(actor, 'plan:edit', { organisationId: plan.organisation_id }),
  };
}

/** Each assessed success factor's risk across the years, in the plan's order. */
export async function getRiskHistory(db: Db, actor: Actor, planId: number): Promise<RiskHistoryItem[]> {
  await readablePlan(db, actor, planId);
  const [assessments, thresholds, nodes] = await Promise.all([listRiskAssessments(db, planId), thresholdsOf(db, planId), q.assessableNodes(db, planId)]);
  const matched = assessments.filter((a) => a.successFactor !== null);
  const byNode = new Map(riskHistory(matched, (a) => a.successFactor!.nodeId).map((h) => [h.key, h]));
  return nodes.flatMap((n) => {
    const h = byNode.get(n.id);
    if (!h) return [];
    return [{ successFactor: toNode(n), entries: h.entries.map((e) => ({ ...e, riskClass: classifyRisk(e.risk, thresholds) })) }];
  });
}

const numberOf = (v: number | string | null | undefined): unknown => {
  if (typeof v !== 'string') return v ?? undefined;
  const t = v.trim();
  return t === '' ? undefined : /^-?\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : t;
};

/** The 409 for a second assessment of a success factor and year (found by the check, or by the unique index in a race). */
const alreadyAssessed = (year: number) =>
  new AppError('conflict', `Framgångsfaktorn har redan en riskbedömning för ${year}; ändra den i stället.`, [
    { path: 'nodeId', message: `Framgångsfaktorn har redan en riskbedömning för ${year}.` },
  ]);

/** Validates an assessment's numbers and success factor; throws one validation error listing every field. */
async function checkedFields(db: Db, planId: number, input: RiskAssessmentInput, exceptId: number | null): Promise<q.RiskFields> {
  const consequence = numberOf(input.consequence);
  const probability = numberOf(input.probability);
  const errors: { path: string; message: string }[] = validateRisk({ consequence, probability, risk: numberOf(input.risk) }).map((e) => ({ path: e.path, message: e.message }));
  const nodes = await q.assessableNodes(db, planId);
  if (!nodes.some((n) => n.id === input.nodeId)) errors.push({ path: 'nodeId', message: 'Välj en framgångsfaktor i planen.' });
  if (errors.length > 0) throw new AppError('validation', errors[0]!.message, errors);
  if (await q.otherAssessment(db, input.nodeId, input.year, exceptId)) throw alreadyAssessed(input.year);
  return {
    node_id: input.nodeId,
    match_status: 'confirmed',
    year: input.year,
    what_could_happen: input.whatCouldHappen?.trim() ?? '',
    consequence_text: input.consequenceText?.trim() ?? '',
    consequence: consequence as RiskLevel,
    probability: probability as RiskLevel,
    probability_inferred: false,
    cause: input.cause?.trim() ?? '',
    action: input.action?.trim() ?? '',
    control_method: input.controlMethod?.trim() ?? '',
  };
}

/** Adds an assessment of a success factor for a year. */
export async function createRiskAssessment(db: Db, actor: Actor, planId: number, input: RiskAssessmentInput): Promise<RiskAssessment> {
  const plan = await getPlan(db, planId);
  if (!plan) throw new AppError('not-found', `Planen ${planId} finns inte.`);
  authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
  const id = await db
    .transaction(async (tx) => {
      const created = await q.insertRisk(tx, planId, await checkedFields(tx, planId, input, null), actor.id);
      await auditRisk(tx, actor, 'create', undefined, await q.getRiskRow(tx, created));
      return created;
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? alreadyAssessed(input.year) : err;
    });
  return (await listRiskAssessments(db, planId, input.year)).find((a) => a.id === id)!;
}

async function editableRisk(db: Db, actor: Actor, riskId: number): Promise<q.RiskRow> {
  const row = await q.getRiskRow(db, riskId);
  if (!row) throw new AppError('not-found', `Riskbedömningen ${riskId} finns inte.`);
  const plan = (await getPlan(db, row.plan_id))!;
  authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
  return row;
}

/** Changes an assessment; a changed probability is no longer an inferred one. A change against an older version is refused (409). */
export async function updateRiskAssessment(db: Db, actor: Actor, riskId: number, input: Partial<RiskAssessmentInput>): Promise<RiskAssessment> {
  await editableRisk(db, actor, riskId);
  let planId = 0;
  let year = 0;
  await db.transaction(async (tx) => {
    const row = await lockedRisk(tx, riskId, input.version);
    const merged: RiskAssessmentInput = {
      nodeId: input.nodeId ?? row.node_id ?? -1,
      year: input.year ?? row.year,
      whatCouldHappen: input.whatCouldHappen ?? row.what_could_happen,
      consequenceText: input.consequenceText ?? row.consequence_text,
      consequence: input.consequence ?? row.consequence,
      probability: input.probability ?? row.probability,
      risk: input.risk,
      cause: input.cause ?? row.cause,
      action: input.action ?? row.action,
      controlMethod: input.controlMethod ?? row.control_method,
    };
    planId = row.plan_id;
    year = Number(merged.year);
    const fields = await checkedFields(tx, row.plan_id, merged, riskId);
    // Editing the numbers or texts is not confirming a proposed match: only choosing the node is.
    if (input.nodeId === undefined) fields.match_status = row.node_id === null ? 'unmatched' : row.match_status;
    fields.probability_inferred = row.probability_inferred && Number(merged.probability) === row.probability && Number(merged.consequence) === row.consequence;
    await q.updateRisk(tx, riskId, fields, actor.id);
    await auditRisk(tx, actor, 'update', row, await q.getRiskRow(tx, riskId));
  }).catch((err: unknown) => {
    throw isUniqueViolation(err) ? alreadyAssessed(year) : err;
  });
  return (await listRiskAssessments(db, planId, year)).find((a) => a.id === riskId)!;
}

/** Confirms the proposed success factor, or records another one a person chose. */
export async function confirmRiskMatch(db: Db, actor: Actor, riskId: number, nodeId: number, version?: number): Promise<RiskAssessment> {
  const row = await editableRisk(db, actor, riskId);
  const nodes = await q.assessableNodes(db, row.plan_id);
  if (!nodes.some((n) => n.id === nodeId)) throw fieldError('nodeId', 'Välj en framgångsfaktor i planen.');
  if (await q.otherAssessment(db, nodeId, row.year, riskId)) {
    throw new AppError('conflict', `Framgångsfaktorn har redan en riskbedömning för ${row.year}.`, [
      { path: 'nodeId', message: `Framgångsfaktorn har redan en riskbedömning för ${row.year}.` },
    ]);
  }
  await db.transaction(async (tx) => {
    const before = await lockedRisk(tx, riskId, version);
    await q.confirmMatch(tx, riskId, nodeId, actor.id);
    await auditRisk(tx, actor, 'confirm-match', before, await q.getRiskRow(tx, riskId));
  });
  return (await listRiskAssessments(db, row.plan_id, row.year)).find((a) => a.id === riskId)!;
}

/** Removes an assessment. */
export async function deleteRiskAssessment(db: Db, actor: Actor, riskId: number, version?: number): Promise<void> {
  await editableRisk(db, actor, riskId);
  await db.transaction(async (tx) => {
    const before = await lockedRisk(tx, riskId, version);
    await q.deleteRisk(tx, riskId);
    await auditRisk(tx, actor, 'delete', before, undefined);
  });
}

/** Sets from which risk value action is needed in the plan. */
export async function setRiskThresholds(db: Db, actor: Actor, planId: number, input: { actionFrom: number }): Promise<RiskThresholdsView> {
  const plan = await getPlan(db, planId);
  if (!plan) throw new AppError('not-found', `Planen ${planId} finns inte.`);
  authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
  const errors = validateThresholds(input);
  if (errors.length > 0) throw new AppError('validation', errors[0]!.message, errors);
  await db.transaction(async (tx) => {
    const before = await q.getActionFrom(tx, planId);
    await q.setActionFrom(tx, planId, input.actionFrom);
    await audit(tx, { userId: actor.id }, {
      organisationId: plan.organisation_id,
      planId,
      objectType: 'plan',
      objectId: planId,
      action: 'risk-thresholds',
      before: { actionFrom: before ?? DEFAULT_THRESHOLDS.actionFrom },
      after: { actionFrom: input.actionFrom },
    });
  });
  return thresholdsOf(db, planId);
}
