import type { Db } from '../../../db/client';
import type { PlanGlossary } from '../../../shared/workshop-types';
import type { Actor } from '../../access/can';
import { readablePlan } from '../plans/plans.service';
import { glossaryForOrganisation } from './federations.queries';

/**
 * The agreed terms a plan's readers see explained wherever the plan uses them: those of every
 * federation the plan's organisation belongs to (a member's own plan) or is the office of (the shared plan).
 */
export async function getPlanGlossary(db: Db, actor: Actor, planId: number): Promise<PlanGlossary> {
  const plan = await readablePlan(db, actor, planId);
  const rows = await glossaryForOrganisation(db, plan.organisation_id);
  return { terms: rows.map((r) => ({ term: r.term, definition: r.definition, federationId: r.federation_id, federationName: r.federation_name })) };
}
