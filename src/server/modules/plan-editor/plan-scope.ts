import type { Tx } from '../../../db/client';
import type { MeasureKindDef } from '../../../domain/model/governance';
import { blockedFields, PROTECTED_MEASURE_FIELDS, PROTECTED_NODE_FIELDS } from '../../../domain/plan-tree/lock';
import { AppError } from '../../http/errors';
import { getOrganisation } from '../organisations/organisations.queries';
import * as q from './plan-editor.queries';
import type { PlanScope } from './plan-writes';

/** A plan locked for the rest of the transaction, with its organisation's model. */
export interface EditablePlan extends PlanScope {
  plan: q.EditorPlanRow;
}

/** Locks the plan row (edits of one plan queue behind each other) and reads its model; 404 if it does not exist. */
export async function lockPlanScope(tx: Tx, planId: number): Promise<EditablePlan> {
  const plan = await q.lockPlan(tx, planId);
  if (!plan) throw new AppError('not-found', `Planen ${planId} finns inte.`);
  const org = (await getOrganisation(tx, plan.organisation_id))!;
  return { plan, planId, organisationId: plan.organisation_id, model: org.definition };
}

const FIELD_WORDS: Record<string, string> = {
  name: 'namn',
  parentId: 'plats i trädet',
  position: 'ordning',
  levelKey: 'nivå',
  targets: 'mål',
  kindKey: 'slag',
  nodeId: 'plats i trädet',
  create: 'nya delar',
  delete: 'borttagning',
};

/** Refuses a change of what a decided plan protects: it needs a revision first. */
export function requireOpen(scope: EditablePlan, changed: string[], what: 'node' | 'measure', kind?: MeasureKindDef): void {
  const blocked = blockedFields(scope.plan.status, changed, what === 'node' ? [...PROTECTED_NODE_FIELDS, 'create', 'delete'] : [...PROTECTED_MEASURE_FIELDS, 'create', 'delete'], kind);
  if (blocked.length === 0) return;
  const words = [...new Set(blocked.map((f) => FIELD_WORDS[f] ?? f))].join(', ');
  throw new AppError(
    'conflict',
    `Planen är fastställd: ${words} ändras bara genom en revidering. Starta en revidering av planen och gör ändringen där.`,
    blocked.map((f) => ({ path: f, message: 'Kräver revidering' })),
  );
}
