import type { Db } from '../../../db/client';
import {
  analysisReasons,
  availableActions,
  isIsoDate,
  isOverdue,
  type JudgementAction,
  type JudgementPermissions,
  periodDeadlines,
  previousPeriod,
  proposedJudgement,
  todayIso,
  transition,
  validateDraft,
  validateForSubmit,
} from '../../../domain/followup';
import type {
  ApprovedJudgements,
  FollowupNode,
  FollowupPeriod,
  FollowupView,
  Judgement,
  PersonRef,
  SaveJudgementRequest,
} from '../../../shared/followup-types';
import { type Actor, can } from '../../access/can';
import { AppError, FaultsError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { audit } from '../audit/audit';
import { getScorecard, periodLabel, planPeriods, readablePlan, toPlanSummary } from '../plans/plans.service';
import type { PlanRow } from '../plans/plans.queries';
import { organisationUsers } from '../users/users.queries';
import * as q from './followup.queries';
import { type JudgedNode, judgedNodes } from './followup.tree';

const ref = (id: number | null, name: string | null): PersonRef | null => (id === null ? null : { id, name: name ?? '' });

function toJudgement(row: q.JudgementRow, events: q.EventRow[]): Judgement {
  return {
    id: row.id,
    period: row.period,
    status: row.status,
    judgement: row.judgement,
    analysis: row.analysis,
    actions: row.actions,
    returnComment: row.return_comment,
    createdBy: ref(row.created_by, row.created_by_name),
    createdAt: row.created_at,
    updatedBy: ref(row.updated_by, row.updated_by_name),
    updatedAt: row.updated_at,
    submittedBy: ref(row.submitted_by, row.submitted_by_name),
    submittedAt: row.submitted_at,
    approvedBy: ref(row.approved_by, row.approved_by_name),
    approvedAt: row.approved_at,
    history: events
      .filter((e) => e.judgement_id === row.id)
      .map((e) => ({ action: e.action, from: e.from_status, to: e.to_status, judgement: e.judgement, comment: e.comment, by: ref(e.actor_id, e.actor_name), at: e.at })),
    version: events.filter((e) => e.judgement_id === row.id).length,
  };
}

/** The plan's periods with deadlines and overdue marks as of today. */
export async function followupPeriods(db: Db, plan: PlanRow, today = todayIso()): Promise<FollowupPeriod[]> {
  const custom = await q.planDeadlines(db, plan.id);
  return periodDeadlines(planPeriods(plan), custom).map((d) => ({
    key: d.period,
    label: periodLabel(d.period),
    deadline: d.deadline,
    custom: d.custom,
    overdue: isOverdue(d.deadline, today),
  }));
}

/** Checks that a period is one of the plan's follow-up periods. */
export function requirePlanPeriod(plan: PlanRow, period: string): void {
  const periods = planPeriods(plan);
  if (!periods.includes(period)) throw fieldError('period', `Perioden ${period} hör inte till planen (${periods.join(', ')}).`);
}

const permissionsFor = (actor: Actor, organisationId: number, ownerUserId: number | null): JudgementPermissions => ({
  mayWrite: can(actor, 'judgement:write', { organisationId, ownerUserId }),
  mayApprove: can(actor, 'judgement:approve', { organisationId }),
});

/**
 * The follow-up page of a plan and period: every goal and success factor with the scorecard's
 * computed proposal, its responsible person, its judgement with history, and the previous
 * period's texts for carrying forward.
 */
export async function getFollowup(db: Db, actor: Actor, planId: number, period?: string): Promise<FollowupView> {
  const scorecard = await getScorecard(db, actor, planId, period);
  const plan = await readablePlan(db, actor, planId);
  const chosen = scorecard.period;
  const prev = previousPeriod(planPeriods(plan), chosen);
  const [periods, owners, judgements] = await Promise.all([
    followupPeriods(db, plan),
    q.planNodeOwners(db, planId),
    q.planJudgements(db, planId, prev ? [chosen, prev] : [chosen]),
  ]);
  const events = await q.judgementEvents(db, judgements.filter((j) => j.period === chosen).map((j) => j.id));
  const ownerOf = new Map(owners.map((o) => [o.node_id, o]));
  const judgementOf = (nodeId: number, p: string) => judgements.find((j) => j.node_id === nodeId && j.period === p);

  const toNode = (j: JudgedNode): FollowupNode => {
    const owner = ownerOf.get(j.node.id);
    const current = judgementOf(j.node.id, chosen);
    const before = prev ? judgementOf(j.node.id, prev) : undefined;
    const permissions = permissionsFor(actor, plan.organisation_id, owner?.user_id ?? null);
    return {
      id: j.node.id,
      parentId: j.parentId,
      levelKey: j.node.levelKey,
      depth: j.depth,
      title: j.node.title,
      proposal: {
        status: j.node.fulfilment.status,
        explanation: j.node.fulfilment.explanation,
        judgement: proposedJudgement(j.node.fulfilment.status),
        counts: j.node.fulfilment.counts,
      },
      notMetMeasures: j.proposal.notMetMeasures,
      analysisReasons: analysisReasons({ judgement: null }, j.proposal),
      owner: owner ? { id: owner.user_id, name: owner.name } : null,
      judgement: current ? toJudgement(current, events) : null,
      previous:
        prev && before && (before.analysis.trim() || before.actions.trim())
          ? { period: prev, label: periodLabel(prev), analysis: before.analysis, actions: before.actions }
          : null,
      actions: availableActions(current?.status ?? null, permissions),
      canWrite: permissions.mayWrite,
    };
  };

  const groups = new Map<number, FollowupView['groups'][number]>();
  for (const j of judgedNodes(scorecard)) {
    let group = groups.get(j.top.id);
    if (!group) groups.set(j.top.id, (group = { id: j.top.id, levelKey: j.top.levelKey, title: j.top.title, nodes: [] }));
    group.nodes.push(toNode(j));
  }
  return {
    plan: toPlanSummary(plan),
    period: chosen,
    periods,
    groups: [...groups.values()],
    model: { levels: scorecard.model.levels.map((l) => ({ key: l.key, name: l.name })) },
    canAssignOwners: can(actor, 'plan:edit', { organisationId: plan.organisation_id }),
    canApprove: can(actor, 'judgement:approve', { organisationId: plan.organisation_id }),
  };
}

/** Loads a judged node of the plan for a transition: its context, proposal for the period and the actor's permissions. */
async function judgedNodeFor(db: Db, actor: Actor, planId: number, period: string, nodeId: number) {
  const ctx = await q.nodeContext(db, nodeId);
  if (!ctx || ctx.plan_id !== planId) throw new AppError('not-found', `Noden ${nodeId} finns inte i planen ${planId}.`);
  const plan = await readablePlan(db, actor, planId);
  requirePlanPeriod(plan, period);
  const scorecard = await getScorecard(db, actor, planId, period);
  const judged = judgedNodes(scorecard).find((j) => j.node.id === nodeId);
  if (!judged) {
    const level = scorecard.model.levels.find((l) => l.key === ctx.level_key)?.name.sv ?? ctx.level_key;
    throw new AppError('conflict', `Noden ${nodeId} hör till nivån ${level}, som inte bedöms i uppföljningen; bara nivåerna under den översta bedöms.`);
  }
  return { plan, judged, organisationId: ctx.organisation_id, permissions: permissionsFor(actor, ctx.organisation_id, ctx.owner_user_id) };
}

function failed(result: { reason: 'forbidden' | 'conflict'; message: string }): AppError {
  return new AppError(result.reason, result.message);
}

/** Saves a judgement's content as a draft (creating it when the period has none). */
export async function saveJudgement(db: Db, actor: Actor, planId: number, period: string, nodeId: number, input: SaveJudgementRequest): Promise<FollowupNode> {
  const { permissions, organisationId } = await judgedNodeFor(db, actor, planId, period, nodeId);
  const content = { judgement: input.judgement, analysis: input.analysis, actions: input.actions };
  const errors = validateDraft(content);
  if (errors.length > 0) throw new AppError('validation', errors[0]!.message, errors);
  await db.transaction(async (tx) => {
    // Two first saves of the same (node, period) wait for each other too, not only saves of an existing row.
    await q.lockJudgementSlot(tx, nodeId, period);
    const current = await q.judgementForUpdate(tx, nodeId, period);
    if (input.version !== undefined) {
      const events = current ? await q.judgementEvents(tx, [current.id]) : [];
      if (events.length !== input.version) throw staleJudgement(events.slice(input.version), input.version, events.length);
    }
    const result = transition(current?.status ?? null, 'save', permissions);
    if (!result.ok) throw failed(result);
    const id = await q.upsertDraft(tx, { nodeId, period, ...content, actorId: actor.id });
    await q.insertEvent(tx, { judgementId: id, action: 'save', from: current?.status ?? null, to: result.to, judgement: content.judgement, comment: null, actorId: actor.id });
    const before = current ? { status: current.status, judgement: current.judgement, analysis: current.analysis, actions: current.actions } : null;
    await audit(tx, { userId: actor.id }, {
      organisationId, planId, objectType: 'judgement', objectId: id, action: current ? 'update' : 'create',
      before, after: { period, nodeId, status: result.to, ...content },
    });
  });
  return nodeView(db, actor, planId, period, nodeId);
}

const ACTION_WORDS: Record<string, string> = { save: 'sparade', submit: 'skickade in', approve: 'godkände', return: 'skickade tillbaka' };

/** The 409 for a judgement saved against an old version: who did what to it since. */
function staleJudgement(since: q.EventRow[], seen: number, current: number): AppError {
  const parts = since.map((e) => `${e.actor_name ?? 'någon'} ${ACTION_WORDS[e.action] ?? e.action} ${e.at.slice(0, 16).replace('T', ' ')}`);
  const message = `Bedömningen har ändrats efter din version ${seen} (nu version ${current}): ${parts.join('; ')}. Ladda om, läs den nya texten och gör din ändring igen.`;
  return new AppError('conflict', message, [{ path: 'version', message }]);
}

/**
 * Submits, approves or returns a judgement. Submitting checks the content; returning needs a comment.
 * A submit may carry the content to submit ("Skicka in" from the form): it is then saved and
 * submitted in one transaction, and a refused submit saves nothing.
 */
export async function transitionJudgement(
  db: Db,
  actor: Actor,
  planId: number,
  period: string,
  nodeId: number,
  action: Exclude<JudgementAction, 'save'>,
  comment?: string,
  content?: SaveJudgementRequest,
): Promise<FollowupNode> {
  const { judged, permissions, organisationId } = await judgedNodeFor(db, actor, planId, period, nodeId);
  const note = comment?.trim() || null;
  if (action === 'return' && !note) throw fieldError('comment', 'Skriv en kommentar om vad som behöver ändras innan bedömningen skickas tillbaka.');
  const submitted = action === 'submit' && content ? { judgement: content.judgement, analysis: content.analysis, actions: content.actions } : null;
  await db.transaction(async (tx) => {
    if (submitted) await q.lockJudgementSlot(tx, nodeId, period);
    let current = await q.judgementForUpdate(tx, nodeId, period);
    if (submitted) {
      // The content submitted was written against a version, like a save.
      if (content?.version !== undefined) {
        const events = current ? await q.judgementEvents(tx, [current.id]) : [];
        if (events.length !== content.version) throw staleJudgement(events.slice(content.version), content.version, events.length);
      }
      const saving = transition(current?.status ?? null, 'save', permissions);
      if (!saving.ok) throw failed(saving);
      const refused = transition(saving.to, 'submit', permissions);
      if (!refused.ok) throw failed(refused);
      // Checked before anything is written: a refused submit leaves the stored judgement as it was.
      const errors = validateForSubmit(submitted, judged.proposal);
      if (errors.length > 0) throw new FaultsError('validation', errors);
      const id = await q.upsertDraft(tx, { nodeId, period, ...submitted, actorId: actor.id });
      await q.insertEvent(tx, { judgementId: id, action: 'save', from: current?.status ?? null, to: saving.to, judgement: submitted.judgement, comment: null, actorId: actor.id });
      const before = current ? { status: current.status, judgement: current.judgement, analysis: current.analysis, actions: current.actions } : null;
      await audit(tx, { userId: actor.id }, {
        organisationId, planId, objectType: 'judgement', objectId: id, action: current ? 'update' : 'create',
        before, after: { period, nodeId, status: saving.to, ...submitted },
      });
      current = await q.judgementForUpdate(tx, nodeId, period);
    }
    const result = transition(current?.status ?? null, action, permissions);
    if (!result.ok) throw failed(result);
    // transition() refuses every action but save without a judgement, so current exists here.
    const j = current!;
    if (action === 'submit') {
      const errors = validateForSubmit(j, judged.proposal);
      if (errors.length > 0) throw new FaultsError('validation', errors);
    }
    await q.setStatus(tx, j.id, result.to, action, actor.id, note);
    await q.insertEvent(tx, { judgementId: j.id, action, from: j.status, to: result.to, judgement: j.judgement, comment: note, actorId: actor.id });
    await audit(tx, { userId: actor.id }, {
      organisationId, planId, objectType: 'judgement', objectId: j.id, action, before: { status: j.status }, after: { status: result.to, comment: note },
    });
  });
  return nodeView(db, actor, planId, period, nodeId);
}

/** One node as the follow-up page shows it after a change. */
async function nodeView(db: Db, actor: Actor, planId: number, period: string, nodeId: number): Promise<FollowupNode> {
  const view = await getFollowup(db, actor, planId, period);
  return view.groups.flatMap((g) => g.nodes).find((n) => n.id === nodeId)!;
}

/** Sets (or clears) the person responsible for following up a goal or success factor; they must have a role in the organisation. */
export async function assignNodeOwner(db: Db, actor: Actor, nodeId: number, userId: number | null): Promise<{ nodeId: number; owner: PersonRef | null }> {
  const ctx = await q.nodeContext(db, nodeId);
  if (!ctx) throw new AppError('not-found', `Noden ${nodeId} finns inte.`);
  authorize(actor, 'plan:edit', { organisationId: ctx.organisation_id });
  let owner: PersonRef | null = null;
  if (userId !== null) {
    const member = (await organisationUsers(db, ctx.organisation_id)).find((u) => u.id === userId);
    if (!member) throw fieldError('userId', 'Personen har ingen roll i organisationen.');
    owner = { id: member.id, name: member.name || member.email };
  }
  await q.setNodeOwner(db, nodeId, userId);
  return { nodeId, owner };
}

/** Sets a plan's deadline for a period (null: back to the default). */
export async function setPeriodDeadline(db: Db, actor: Actor, planId: number, period: string, deadline: string | null): Promise<FollowupPeriod[]> {
  const plan = await readablePlan(db, actor, planId);
  authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
  requirePlanPeriod(plan, period);
  if (deadline !== null && !isIsoDate(deadline)) throw fieldError('deadline', `"${deadline}" är inget datum. Skriv t.ex. 2022-05-15.`);
  await q.setDeadline(db, planId, period, deadline);
  return followupPeriods(db, plan);
}

/** The approved judgements of a plan for one period, by node, for the scorecard. */
export async function getApprovedJudgements(db: Db, actor: Actor, planId: number, period: string): Promise<ApprovedJudgements> {
  const plan = await readablePlan(db, actor, planId);
  requirePlanPeriod(plan, period);
  const rows = await q.planJudgements(db, planId, [period]);
  const out: ApprovedJudgements = {};
  for (const r of rows.filter((j) => j.status === 'approved')) {
    out[r.node_id] = { judgement: r.judgement, approvedBy: ref(r.approved_by, r.approved_by_name), approvedAt: r.approved_at };
  }
  return out;
}
