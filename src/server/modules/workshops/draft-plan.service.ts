import type { z } from 'zod';
import type { draftTraceSchema } from '../../../shared/contracts/workshops';
import { goalLevelKey, isDraftProblem, mapDraftPlan } from '../../../domain/workshop/draft-plan';
import type { Actor } from '../../access/can';
import { AppError } from '../../http/errors';
import { authorize } from '../../http/session';
import { insertActivity, setActivityNodes } from '../activities/activities.queries';
import { audit } from '../audit/audit';
import { setSharedPlan } from '../federations/federations.queries';
import { getOrganisation } from '../organisations/organisations.queries';
import { writeNewNode, writeNewPlan } from '../plan-editor/plan-writes';
import { lockPlanScope } from '../plan-editor/plan-scope';
import { requireFacilitator, type Who, workshopFor } from './workshop-access';
import type { WorkshopDeps } from './workshops.service';
import * as q from './workshops.queries';

/** How many years a draft shared plan spans when its activities do not say otherwise. */
const PLAN_YEARS = 4;

/**
 * The workshop's one closing action: its focus areas, målbild and activity hypothesis become the
 * federation's draft shared plan, written through the plan services (audited, versioned), owned
 * by the federation's organisation. Each goal and activity is traced to its cards. A workshop
 * makes one draft; the federation's shared plan is the first draft made.
 */
export async function createDraftPlan(deps: WorkshopDeps, who: Who & { actor: Actor }, workshopId: number, now = new Date()): Promise<{ planId: number }> {
  const planId = await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    requireFacilitator(viewer);
    authorize(who.actor, 'plan:create', { organisationId: workshop.federation_organisation_id });
    if (workshop.draft_plan_id !== null) throw new AppError('conflict', `Workshoppen har redan gjort sitt planutkast (plan ${workshop.draft_plan_id}).`);
    const cards = await q.cards(tx, workshop.id);
    const mapped = mapDraftPlan({
      workshopTitle: workshop.title,
      targetPicture: workshop.target_picture,
      startYear: now.getUTCFullYear() + 1,
      years: PLAN_YEARS,
      focusAreas: await q.focusAreas(tx, workshop.id),
      cards: cards.map((c) => ({ id: c.id, exercise: c.exercise, organisationId: c.organisation_id, text: c.text, who: c.who, whenText: c.when_text })),
    });
    if (isDraftProblem(mapped)) {
      throw new AppError('conflict', mapped.code === 'no-focus-areas' ? 'Ta fram minst ett strategiskt fokusområde först.' : `Fokusområdet ${mapped.focusAreaId} har ett kort som inte finns.`);
    }
    const whoWrites = { userId: who.actor.id };
    const org = (await getOrganisation(tx, workshop.federation_organisation_id))!;
    const planId = await writeNewPlan(tx, whoWrites, {
      organisationId: org.id,
      title: mapped.title,
      startYear: mapped.startYear,
      endYear: mapped.endYear,
      vision: mapped.vision,
      ownerBody: null,
      parentPlanId: null,
      copyOfPlanId: null,
      sourceDocument: `Workshop: ${workshop.title}`,
    });
    const scope = await lockPlanScope(tx, planId);
    const levelKey = goalLevelKey(scope.model.levels);
    const goalIds: number[] = [];
    for (const goal of mapped.goals) {
      const nodeId = await writeNewNode(tx, whoWrites, scope, { parentId: null, parentLevelKey: null, levelKey, name: goal.name, description: goal.description });
      await q.insertTrace(tx, workshop.id, 'node', nodeId, goal.cardIds);
      goalIds.push(nodeId);
    }
    for (const a of mapped.activities) {
      const activityId = await insertActivity(tx, planId, { title: a.title, description: '', ownerUserId: null, ownerUnit: a.ownerUnit, startDate: a.startDate, endDate: a.endDate, status: 'not-started', progress: 0 }, who.actor.id);
      if (a.goalIndex !== null) await setActivityNodes(tx, activityId, [goalIds[a.goalIndex]!]);
      await q.insertTrace(tx, workshop.id, 'activity', activityId, [a.cardId]);
      await audit(tx, whoWrites, { organisationId: org.id, planId, objectType: 'activity', objectId: activityId, action: 'create', before: null, after: { title: a.title, ownerUnit: a.ownerUnit, startDate: a.startDate, endDate: a.endDate } });
    }
    await q.updateWorkshop(tx, workshop.id, { draft_plan_id: planId });
    const federation = await tx.query<{ shared_plan_id: number | null }>('SELECT shared_plan_id FROM federations WHERE id = $1 FOR UPDATE', [workshop.federation_id]);
    if (federation[0]?.shared_plan_id == null) await setSharedPlan(tx, workshop.federation_id, planId);
    return planId;
  });
  await deps.live.publish(`workshop:${workshopId}`, { kind: 'plan', id: planId });
  return { planId };
}

/** One goal's or activity's cards and organisations (its contract: draftTraceSchema). */
export type Trace = z.infer<typeof draftTraceSchema>;

/** Where the draft plan's goals and activities came from: their cards and organisations. */
export async function draftTraces(deps: WorkshopDeps, who: Who, workshopId: number): Promise<Trace[]> {
  const { workshop } = await workshopFor(deps.db, who, workshopId);
  const cards = new Map((await q.cards(deps.db, workshop.id)).map((c) => [c.id, c]));
  const out: Trace[] = [];
  for (const t of await q.traces(deps.db, workshop.id)) {
    let entry = out.find((o) => o.objectType === t.object_type && o.objectId === t.object_id);
    if (!entry) {
      entry = { objectType: t.object_type, objectId: t.object_id, cards: [] };
      out.push(entry);
    }
    const c = cards.get(t.card_id)!;
    entry.cards.push({ id: c.id, text: c.text, organisationId: c.organisation_id, organisationName: c.organisation_name });
  }
  return out;
}
