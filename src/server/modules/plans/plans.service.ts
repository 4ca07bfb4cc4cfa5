import { createHash } from 'node:crypto';
import type { Db } from '../../../db/client';
import { LANGS, type Localized } from '../../../domain/i18n/lang';
import { formatPeriod, reportPeriodsForYears } from '../../../domain/periods';
import { firstViewOf } from '../../../domain/scorecard/first-view';
import type { Assignment, PlanSummary, Scorecard } from '../../../shared/api-types';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { getOrganisation } from '../organisations/organisations.queries';
import * as q from './plans.queries';
import { judgedForecasts, withForecasts } from '../forecasts/forecasts-judged';
import { judgedTrees, planFacts, withEntryRights } from './judged-trees';
import { type KeptAnswer, keptAnswer } from './scorecard-answers';
import { type EntryRights, scorecardBytes } from './scorecard-bytes';

export function toPlanSummary(p: q.PlanRow): PlanSummary {
  return { id: p.id, organisationId: p.organisation_id, title: p.title, startYear: p.start_year, endYear: p.end_year, targetYears: p.target_years };
}

const periodLabels = new Map<string, Localized>();

/** A period key's label in every language (kept: every scorecard request names each of its plan's periods). */
export function periodLabel(key: string): Localized {
  let label = periodLabels.get(key);
  if (!label) periodLabels.set(key, (label = Object.freeze(Object.fromEntries(LANGS.map((l) => [l, formatPeriod(key, l).long])) as Localized)));
  return label;
}

/** The plan's follow-up periods (DÅ 04, DÅ 08, ÅR for each plan year). */
export function planPeriods(plan: q.PlanRow): string[] {
  return reportPeriodsForYears(plan.start_year, plan.end_year);
}

/** The plan's assignments (uppdrag) in document order. */
export async function getAssignments(db: Db, actor: Actor, planId: number): Promise<Assignment[]> {
  await readablePlan(db, actor, planId);
  return q.planAssignments(db, planId);
}

/** Loads a plan the actor may read, or throws 404/403. */
export async function readablePlan(db: Db, actor: Actor, planId: number): Promise<q.PlanRow> {
  const plan = await q.getPlan(db, planId);
  if (!plan) throw new AppError('not-found', `Planen ${planId} finns inte.`);
  authorize(actor, 'plan:read', { organisationId: plan.organisation_id });
  return plan;
}

/** The whole plan with statuses for one period; without a period, the latest period that has values. */
export async function getScorecard(db: Db, actor: Actor, planId: number, period?: string): Promise<Scorecard> {
  const parts = await scorecardFor(db, actor, planId, period);
  const { tree, forecasts } = await parts.judged();
  // Forecasts (DÅ 04/08) are shown beside the judged statuses, never in them: set on the reader's copy.
  return { ...parts.head, nodes: withEntryRights(withForecasts(tree, forecasts), parts.mayEnter) };
}

/**
 * The scorecard as sent over HTTP: the same as getScorecard, its text kept per data version and
 * entry rights, so that readers who see the same thing share the bytes (scorecard-answers.ts), and
 * written from the bytes of the tree's unchanged nodes (scorecard-bytes.ts).
 */
export async function getScorecardAnswer(db: Db, actor: Actor, planId: number, period?: string, form: 'full' | 'first-view' = 'full'): Promise<KeptAnswer> {
  const { key, head, rights, mayEnter, judged } = await scorecardFor(db, actor, planId, period);
  if (form === 'first-view') {
    // The first view's form is small (every node, the measures of the nodes shown open): written whole.
    return keptAnswer(db, `${key}|first-view`, async () => {
      const { tree, forecasts } = await judged();
      const scorecard: Scorecard = { ...head, nodes: withEntryRights(withForecasts(firstViewOf(tree), forecasts), mayEnter) };
      return Buffer.from(JSON.stringify(scorecard));
    });
  }
  return keptAnswer(db, key, async () => {
    const { tree, forecasts } = await judged();
    return scorecardBytes(head, tree, forecasts, rights, mayEnter);
  });
}

/** What the actor's scorecard is made of: its key (plan, data version, period, entry rights), everything but the tree, and the judged tree with its forecasts. */
async function scorecardFor(db: Db, actor: Actor, planId: number, period?: string) {
  const plan = await readablePlan(db, actor, planId);
  const periods = planPeriods(plan);
  if (period !== undefined && !periods.includes(period)) {
    throw fieldError('period', `Perioden ${period} hör inte till planen (${periods.join(', ')}).`);
  }
  const [org, facts] = await Promise.all([getOrganisation(db, plan.organisation_id).then((o) => o!), planFacts(db, plan, periods)]);
  const chosen = period ?? facts.latest ?? periods[0]!;
  const mayEnterOwned = (ownerUserId: number | null) => can(actor, 'value:enter', { organisationId: plan.organisation_id, ownerUserId });
  const mayEnter = (measureId: number) => mayEnterOwned(facts.measureOwners.get(measureId) ?? null);
  let enterable = 0;
  for (const [owner, count] of facts.measuresPerOwner) if (mayEnterOwned(owner)) enterable += count;
  const rights: EntryRights = enterable === facts.measureOwners.size ? 'all' : enterable === 0 ? 'none' : 'some';
  const head: Omit<Scorecard, 'nodes'> = {
    plan: toPlanSummary(plan),
    vision: plan.vision,
    period: chosen,
    periods: periods.map((key) => ({ key, label: periodLabel(key) })),
    model: org.definition,
  };
  // The tree is the data version's; the rest of the answer (the plan's own row, the model) is read now and named by its hash.
  const headHash = createHash('sha1').update(JSON.stringify(head)).digest('base64url');
  const key = `${plan.id}@${String(plan.data_version)}|${chosen}|${rights === 'some' ? `user-${actor.id}` : rights}|${headHash}`;
  const judged = async () => {
    const [[tree], forecasts] = await Promise.all([judgedTrees(db, plan, org.definition, [chosen]), judgedForecasts(db, plan, chosen)]);
    return { tree: tree!, forecasts };
  };
  return { key, head, rights, mayEnter, judged };
}
