import type { Db } from '../../../db/client';
import type { ScorecardNode } from '../../../shared/api-types';
import type { Publication, PublicJudgement, PublicNode, PublicPlan, PublicPlanSummary } from '../../../shared/publication-types';
import type { Actor } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { audit } from '../audit/audit';
import { planJudgements } from '../followup/followup.queries';
import { getOrganisation } from '../organisations/organisations.queries';
import { judgedTrees } from '../plans/judged-trees';
import { getPlan, type PlanRow } from '../plans/plans.queries';
import { periodLabel, planPeriods, readablePlan } from '../plans/plans.service';
import * as q from './publication.queries';

const toPublication = (planId: number, row: q.PublicationRow | undefined): Publication => ({
  planId,
  published: row !== undefined,
  periods: row?.periods ?? [],
  publishedAt: row?.published_at ?? null,
});

/** Whether and what of a plan is published; anyone who may read the plan may see it. */
export async function getPublication(db: Db, actor: Actor, planId: number): Promise<Publication> {
  await readablePlan(db, actor, planId);
  return toPublication(planId, await q.getPublication(db, planId));
}

/**
 * Publishes a plan with the follow-up periods the organisation chose, or withdraws it. An
 * organisation's admins decide what the public sees; the change is audited.
 */
export async function setPublication(db: Db, actor: Actor, planId: number, input: { published: boolean; periods: string[] }): Promise<Publication> {
  const plan = await getPlan(db, planId);
  if (!plan) throw new AppError('not-found', `Planen ${planId} finns inte.`);
  authorize(actor, 'plan:publish', { organisationId: plan.organisation_id });
  const allowed = planPeriods(plan);
  const periods = [...new Set(input.periods)];
  const foreign = periods.filter((p) => !allowed.includes(p));
  if (foreign.length > 0) throw fieldError('periods', `Perioderna ${foreign.join(', ')} hör inte till planen (${allowed.join(', ')}).`);
  if (input.published && periods.length === 0) throw fieldError('periods', 'Välj minst en period att publicera.');
  periods.sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b));
  return db.transaction(async (tx) => {
    const before = await q.getPublication(tx, planId);
    if (input.published) await q.upsertPublication(tx, planId, periods, actor.id);
    else await q.deletePublication(tx, planId);
    const after = await q.getPublication(tx, planId);
    await audit(tx, { userId: actor.id }, {
      organisationId: plan.organisation_id,
      planId,
      objectType: 'publication',
      objectId: planId,
      action: input.published ? (before ? 'update' : 'create') : 'delete',
      before: before ? { periods: before.periods } : null,
      after: after ? { periods: after.periods } : null,
    });
    return toPublication(planId, after);
  });
}

/** The published plans, for the public portal's first page. */
export async function listPublicPlans(db: Db): Promise<PublicPlanSummary[]> {
  return (await q.publishedPlans(db)).map((p) => ({ id: p.id, title: p.title, organisationName: p.organisation_name, startYear: p.start_year, endYear: p.end_year }));
}

/** A published plan and its publication, or 404: an unpublished plan does not exist for the public. */
async function publishedPlan(db: Db, planId: number): Promise<{ plan: PlanRow; publication: q.PublicationRow }> {
  const [plan, publication] = await Promise.all([getPlan(db, planId), q.getPublication(db, planId)]);
  if (!plan || !publication) throw new AppError('not-found', `Planen ${planId} finns inte.`);
  return { plan, publication };
}

/**
 * What the public sees of a published plan: the vision, the tree with each published period's
 * values and statuses (with the rule that decided each), and the APPROVED judgements with their
 * analyses — never drafts or submitted ones, nor who wrote what, nor anything about editing.
 */
export async function getPublicPlan(db: Db, planId: number): Promise<PublicPlan> {
  const { plan, publication } = await publishedPlan(db, planId);
  const org = (await getOrganisation(db, plan.organisation_id))!;
  // Only periods that still belong to the plan (its years may have changed since publishing).
  const periods = publication.periods.filter((p) => planPeriods(plan).includes(p));
  const [trees, judgements] = await Promise.all([
    periods.length > 0 ? judgedTrees(db, plan, org.definition, periods) : Promise.resolve([]),
    planJudgements(db, planId, periods),
  ]);
  const approved = new Map<string, PublicJudgement>();
  for (const j of judgements) {
    if (j.status !== 'approved') continue;
    approved.set(`${j.period}\u0000${j.node_id}`, { judgement: j.judgement, analysis: j.analysis, actions: j.actions, approvedAt: j.approved_at });
  }
  const toPublic = (period: string, nodes: readonly ScorecardNode[]): PublicNode[] =>
    nodes.map((n) => ({
      id: n.id,
      levelKey: n.levelKey,
      title: n.title,
      description: n.description,
      fulfilment: { status: n.fulfilment.status, explanation: n.fulfilment.explanation },
      judgement: approved.get(`${period}\u0000${n.id}`) ?? null,
      measures: n.measures.map((m) => ({
        id: m.id,
        name: m.name,
        baselineText: m.baselineText,
        targetText: m.targetText,
        targetYear: m.targetYear,
        valueText: m.valueText,
        valueFromKolada: m.valueFromKolada,
        fulfilment: m.fulfilment,
      })),
      children: toPublic(period, n.children),
    }));
  return {
    plan: { id: plan.id, title: plan.title, startYear: plan.start_year, endYear: plan.end_year, organisationName: org.name },
    vision: plan.vision,
    model: org.definition,
    publishedAt: publication.published_at,
    periods: periods.map((key, i) => ({ key, label: periodLabel(key), nodes: toPublic(key, trees[i] ?? []) })),
  };
}

/** Stores a report of an accessibility problem sent from the public accessibility statement. */
export async function reportAccessibilityProblem(db: Db, input: { page: string; description: string; contact: string | null }): Promise<{ id: number }> {
  return { id: await q.insertAccessibilityReport(db, input.page, input.description, input.contact) };
}
