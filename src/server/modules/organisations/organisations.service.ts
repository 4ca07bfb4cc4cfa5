import type { Db, Tx } from '../../../db/client';
import type { Lang, Localized } from '../../../domain/i18n/lang';
import { slugify } from '../../../domain/slug';
import type { GovernanceModel } from '../../../domain/model/governance';
import { type ModelChangeProblem, modelChangeProblems } from '../../../domain/model/model-change';
import { getTemplate, isTemplateKey, TEMPLATE_KEYS } from '../../../domain/model/templates';
import type { OrganisationSummary } from '../../../shared/api-types';
import type { CreatedOrganisation, CreateOrganisationRequest, InstallationOrganisation, ModelUsage } from '../../../shared/authoring-schemas';
import { type Actor, canAdministerInstallation } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { staleEdit } from '../../http/versions';
import { audit, type Who } from '../audit/audit';
import { findUserByEmail, upsertMembership } from '../auth/auth.queries';
import { createUser, generatePassword } from '../auth/auth.service';
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
    federationId: o.federation_id,
  }));
}

/** A URL-safe slug from a name: "Region Västerbotten" → `region-vasterbotten`. */
export const slugOf = (name: string): string => slugify(name) || 'organisation';

/**
 * Creates an organisation with a model of its own (a copy of a template or of another
 * organisation's model), owned by it. Used by the API and by the first start.
 */
export async function insertOrganisationWithModel(
  tx: Tx,
  who: Who,
  o: { name: string; koladaId: string | null; language: Lang; model: GovernanceModel; templateKey: string | null; country?: string; slug?: string },
): Promise<number> {
  let slug = o.slug ?? slugOf(o.name);
  for (let i = 2; await q.slugTaken(tx, slug); i++) slug = `${o.slug ?? slugOf(o.name)}-${i}`;
  const modelId = await q.insertGovernanceModel(tx, slug, o.templateKey, o.model);
  const id = await q.insertOrganisation(tx, {
    slug,
    name: o.name,
    koladaId: o.koladaId,
    defaultLang: o.language,
    country: o.country ?? (o.language === 'da' ? 'DK' : 'SE'),
    governanceModelId: modelId,
  });
  await q.setModelOwner(tx, modelId, id);
  await audit(tx, who, {
    organisationId: id,
    planId: null,
    objectType: 'organisation',
    objectId: id,
    action: 'create',
    before: null,
    after: { name: o.name, koladaId: o.koladaId, language: o.language, model: o.model.key },
  });
  return id;
}

/**
 * An installation admin creates an organisation and names its first admins; until it has
 * one, the installation admin who created it administers it.
 */
export async function createOrganisation(db: Db, actor: Actor, input: CreateOrganisationRequest): Promise<CreatedOrganisation> {
  if (!canAdministerInstallation(actor)) throw new AppError('forbidden', 'Bara installationens administratörer skapar organisationer.');
  let model: GovernanceModel;
  let templateKey: string | null = null;
  if (input.copyOfOrganisationId !== undefined) {
    const source = await q.getOrganisation(db, input.copyOfOrganisationId);
    if (!source) throw fieldError('copyOfOrganisationId', `Organisationen ${input.copyOfOrganisationId} finns inte.`);
    model = structuredClone(source.definition);
  } else {
    const key = input.template ?? '';
    if (!isTemplateKey(key)) throw fieldError('template', `Okänd mall "${key}". Välj en av: ${TEMPLATE_KEYS.join(', ')}.`);
    model = getTemplate(key);
    templateKey = key;
  }
  const name = input.name.trim();
  return db.transaction(async (tx) => {
    const id = await insertOrganisationWithModel(tx, { userId: actor.id }, {
      name,
      koladaId: input.koladaId ?? null,
      language: input.language ?? 'sv',
      model,
      templateKey,
    });
    const admins: CreatedOrganisation['admins'] = [];
    for (const a of input.admins ?? []) {
      const email = a.email.trim();
      const existing = await findUserByEmail(tx, email);
      if (existing) {
        await upsertMembership(tx, existing.id, id, 'admin');
        admins.push({ email, userId: existing.id, oneTimePassword: null });
      } else {
        const password = generatePassword();
        const userId = await createUser(tx, { email, name: a.name?.trim() || email.split('@')[0]!, password, mustChange: true, organisationId: id, role: 'admin' });
        admins.push({ email, userId, oneTimePassword: password });
      }
    }
    if (admins.length === 0) await upsertMembership(tx, actor.id, id, 'admin');
    for (const a of admins) {
      await audit(tx, { userId: actor.id }, { organisationId: id, planId: null, objectType: 'membership', objectId: a.userId, action: 'create', before: null, after: { role: 'admin' } });
    }
    return { id, admins };
  });
}

/** Every organisation of the installation, for its administrators. */
export async function listInstallationOrganisations(db: Db, actor: Actor): Promise<InstallationOrganisation[]> {
  if (!canAdministerInstallation(actor)) throw new AppError('forbidden', 'Bara installationens administratörer ser alla organisationer.');
  return (await q.installationOrganisations(db)).map((o) => ({
    id: o.id,
    name: o.name,
    koladaId: o.kolada_id,
    defaultLang: o.default_lang,
    modelName: o.model_name,
    plans: o.plans,
    admins: o.admins,
  }));
}

/** How the organisation's model is used, what its editor needs to say what may change. */
export async function getModelUsage(db: Db, actor: Actor, organisationId: number): Promise<ModelUsage> {
  authorize(actor, 'plan:read', { organisationId });
  const org = await q.getOrganisation(db, organisationId);
  if (!org) throw new AppError('not-found', 'Organisationen finns inte.');
  const row = (await q.getModelRow(db, org.governance_model_id))!;
  const usage = await q.modelUsage(db, org.governance_model_id);
  return { levels: usage.levels, measureLevels: usage.measureLevels, kinds: usage.kinds, pairs: usage.pairs, organisations: usage.organisations, ownerOrganisationId: row.owner_organisation_id, version: row.version };
}

/**
 * A change of the model that the plans refuse, in every language: the levels and kinds it names
 * are the model's own names in that language (the old model's, for one being removed).
 */
const problemMessage = (p: ModelChangeProblem, model: GovernanceModel, old: GovernanceModel): { path: string; message: string; localized: Localized } => {
  const levelName = (key: string, lang: Lang) => (old.levels.find((l) => l.key === key) ?? model.levels.find((l) => l.key === key))?.name[lang] ?? key;
  const detail = (path: string, localized: Localized) => ({ path, message: localized.sv, localized });
  switch (p.code) {
    case 'level-in-use':
      return detail('levels', {
        sv: `Nivån ${levelName(p.levelKey, 'sv')} kan inte tas bort: ${p.nodes} ${p.nodes === 1 ? 'nod ligger' : 'noder ligger'} på den.`,
        da: `Niveauet ${levelName(p.levelKey, 'da')} kan ikke fjernes: ${p.nodes} ${p.nodes === 1 ? 'element' : 'elementer'} ligger på det.`,
        en: `The level ${levelName(p.levelKey, 'en')} cannot be removed: ${p.nodes} ${p.nodes === 1 ? 'node is' : 'nodes are'} on it.`,
      });
    case 'kind-in-use': {
      const kind = (lang: Lang) => old.measureKinds.find((k) => k.key === p.kindKey)?.name[lang] ?? p.kindKey;
      return detail('measureKinds', {
        sv: `Måttslaget ${kind('sv')} kan inte tas bort: ${p.measures} mått är av det slaget.`,
        da: `Målingstypen ${kind('da')} kan ikke fjernes: ${p.measures} målinger er af den type.`,
        en: `The measure kind ${kind('en')} cannot be removed: ${p.measures} measures are of that kind.`,
      });
    }
    case 'level-has-measures':
      return detail('levels', {
        sv: `Nivån ${levelName(p.levelKey, 'sv')} måste bära mått: ${p.measures} mått hänger på den.`,
        da: `Niveauet ${levelName(p.levelKey, 'da')} skal have målinger: ${p.measures} målinger hører til det.`,
        en: `The level ${levelName(p.levelKey, 'en')} must carry measures: ${p.measures} measures belong to it.`,
      });
    case 'order-breaks-tree':
      return detail('levels', {
        sv: `Ordningen går inte: ${p.nodes} ${levelName(p.child, 'sv')} ligger under ${levelName(p.parent, 'sv')} och skulle hamna ovanför.`,
        da: `Rækkefølgen går ikke: ${p.nodes} ${levelName(p.child, 'da')} ligger under ${levelName(p.parent, 'da')} og ville komme ovenover.`,
        en: `That order does not work: ${p.nodes} ${levelName(p.child, 'en')} are under ${levelName(p.parent, 'en')} and would end up above it.`,
      });
  }
};

/**
 * Replaces an organisation's governance model. Only the model's owner's admins change it,
 * whoever else uses it; what plans still rely on cannot be taken away (the error says how much).
 */
export async function saveGovernanceModel(db: Db, actor: Actor, organisationId: number, model: GovernanceModel, seenVersion?: number): Promise<GovernanceModel> {
  const org = await q.getOrganisation(db, organisationId);
  if (!org) throw new AppError('not-found', 'Organisationen finns inte.');
  return db.transaction(async (tx) => {
    const row = await q.getModelRow(tx, org.governance_model_id);
    if (!row) throw new AppError('not-found', 'Styrmodellen finns inte.');
    // A model shared by several organisations is changed by its owner's admins only.
    const owner = row.owner_organisation_id ?? organisationId;
    authorize(actor, 'model:edit', { organisationId: owner });
    if (seenVersion !== undefined && seenVersion !== row.version) throw await staleEdit(tx, 'governance-model', row.id, 'Styrmodellen', seenVersion, row.version);
    const usage = await q.modelUsage(tx, row.id);
    const details = modelChangeProblems(model, usage).map((p) => problemMessage(p, model, row.definition));
    if (details.length > 0) throw new AppError('validation', details[0]!.message, details, details[0]!.localized);
    const version = await q.writeGovernanceModel(tx, row.id, model);
    await audit(tx, { userId: actor.id }, {
      organisationId: owner,
      planId: null,
      objectType: 'governance-model',
      objectId: row.id,
      action: 'update',
      before: { ...row.definition, version: row.version },
      after: { ...model, version },
    });
    return model;
  });
}
