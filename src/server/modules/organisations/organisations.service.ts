import type { Db } from '../../../db/client';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { OrganisationSummary } from '../../../shared/api-types';
import type { Actor } from '../../access/can';
import { AppError } from '../../http/errors';
import { authorize } from '../../http/session';
import * as q from './organisations.queries';

/** The organisations the actor has a role in, with their governance models. */
export async function listMyOrganisations(db: Db, actor: Actor): Promise<OrganisationSummary[]> {
  const rows = await q.listOrganisations(db, [...actor.roles.keys()]);
  return rows.map((o) => ({
    id: o.id,
    slug: o.slug,
    name: o.name,
    koladaId: o.kolada_id,
    defaultLang: o.default_lang,
    role: actor.roles.get(o.id)!,
    governanceModel: o.definition,
  }));
}

/** Replaces an organisation's governance model; refuses to drop a level or kind that plans still use. */
export async function saveGovernanceModel(db: Db, actor: Actor, organisationId: number, model: GovernanceModel): Promise<GovernanceModel> {
  authorize(actor, 'model:edit', { organisationId });
  const org = await q.getOrganisation(db, organisationId);
  if (!org) throw new AppError('not-found', 'Organisationen finns inte.');
  const used = await q.usedModelKeys(db, org.governance_model_id);
  const levelKeys = new Set(model.levels.map((l) => l.key));
  const kindKeys = new Set(model.measureKinds.map((k) => k.key));
  const details = [
    ...used.levels.filter((k) => !levelKeys.has(k)).map((k) => ({ path: 'levels', message: `Nivån ${k} används av planer och kan inte tas bort.` })),
    ...used.kinds.filter((k) => !kindKeys.has(k)).map((k) => ({ path: 'measureKinds', message: `Måttslaget ${k} används av mått och kan inte tas bort.` })),
  ];
  if (details.length > 0) throw new AppError('validation', details[0]!.message, details);
  await q.updateGovernanceModel(db, org.governance_model_id, model);
  return model;
}
