import type { Db } from '../../../db/client';
import type { GovernanceModel } from '../../../domain/model/governance';

export interface OrganisationRow {
  id: number;
  slug: string;
  name: string;
  kolada_id: string | null;
  default_lang: 'sv' | 'da' | 'en';
  governance_model_id: number;
  definition: GovernanceModel;
  /** The federation this organisation is the office of (organisations.kind = 'federation'), else null. */
  federation_id: number | null;
}

const SELECT_ORG = `SELECT o.id, o.slug, o.name, o.kolada_id, o.default_lang, o.governance_model_id, g.definition,
       (SELECT f.id FROM federations f WHERE f.organisation_id = o.id) AS federation_id
  FROM organisations o JOIN governance_models g ON g.id = o.governance_model_id`;

export async function listOrganisations(db: Db, ids: number[]): Promise<OrganisationRow[]> {
  return db.query<OrganisationRow>(`${SELECT_ORG} WHERE o.id = ANY($1::int[]) ORDER BY o.name`, [ids]);
}

export async function getOrganisation(db: Db, id: number): Promise<OrganisationRow | undefined> {
  return (await db.query<OrganisationRow>(`${SELECT_ORG} WHERE o.id = $1`, [id]))[0];
}

export async function findOrganisationBySlug(db: Db, slug: string): Promise<OrganisationRow | undefined> {
  return (await db.query<OrganisationRow>(`${SELECT_ORG} WHERE o.slug = $1`, [slug]))[0];
}

export async function allOrganisationIds(db: Db): Promise<{ id: number }[]> {
  return db.query<{ id: number }>('SELECT id FROM organisations ORDER BY id');
}

export async function countOrganisations(db: Db): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations'))[0]!.n;
}

export async function insertGovernanceModel(db: Db, key: string, templateKey: string | null, model: GovernanceModel): Promise<number> {
  const rows = await db.query<{ id: number }>(
    'INSERT INTO governance_models (key, template_key, definition) VALUES ($1, $2, $3) RETURNING id',
    [key, templateKey, JSON.stringify(model)],
  );
  return rows[0]!.id;
}

export async function updateGovernanceModel(db: Db, id: number, model: GovernanceModel): Promise<void> {
  await db.query('UPDATE governance_models SET definition = $2, updated_at = now() WHERE id = $1', [id, JSON.stringify(model)]);
}

export async function insertOrganisation(
  db: Db,
  o: { slug: string; name: string; koladaId: string | null; defaultLang: string; country: string; governanceModelId: number },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO organisations (slug, name, kolada_id, default_lang, country, governance_model_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [o.slug, o.name, o.koladaId, o.defaultLang, o.country, o.governanceModelId],
  );
  return rows[0]!.id;
}

/** Level and measure-kind keys that plans of organisations using this model refer to. */
export async function usedModelKeys(db: Db, governanceModelId: number): Promise<{ levels: string[]; kinds: string[] }> {
  const levels = await db.query<{ k: string }>(
    `SELECT DISTINCT n.level_key AS k FROM plan_nodes n JOIN plans p ON p.id = n.plan_id
       JOIN organisations o ON o.id = p.organisation_id WHERE o.governance_model_id = $1`,
    [governanceModelId],
  );
  const kinds = await db.query<{ k: string }>(
    `SELECT DISTINCT m.kind_key AS k FROM measures m JOIN plans p ON p.id = m.plan_id
       JOIN organisations o ON o.id = p.organisation_id WHERE o.governance_model_id = $1`,
    [governanceModelId],
  );
  return { levels: levels.map((r) => r.k), kinds: kinds.map((r) => r.k) };
}

export async function setModelOwner(db: Db, modelId: number, organisationId: number): Promise<void> {
  await db.query('UPDATE governance_models SET owner_organisation_id = $2 WHERE id = $1', [modelId, organisationId]);
}

export async function getModelRow(db: Db, modelId: number): Promise<{ id: number; owner_organisation_id: number | null; version: number; definition: GovernanceModel } | undefined> {
  return (await db.query<{ id: number; owner_organisation_id: number | null; version: number; definition: GovernanceModel }>(
    'SELECT id, owner_organisation_id, version, definition FROM governance_models WHERE id = $1 FOR UPDATE',
    [modelId],
  ))[0];
}

/** Writes a model and bumps its version; returns the new version. */
export async function writeGovernanceModel(db: Db, id: number, model: GovernanceModel): Promise<number> {
  const rows = await db.query<{ version: number }>(
    'UPDATE governance_models SET definition = $2, updated_at = now(), version = version + 1 WHERE id = $1 RETURNING version',
    [id, JSON.stringify(model)],
  );
  return rows[0]!.version;
}

/** How the plans of every organisation using a model use its levels and kinds. */
export async function modelUsage(db: Db, modelId: number) {
  const scope = `JOIN plans p ON p.id = n.plan_id JOIN organisations o ON o.id = p.organisation_id WHERE o.governance_model_id = $1`;
  const levels = await db.query<{ k: string; n: number }>(`SELECT n.level_key AS k, count(*)::int AS n FROM plan_nodes n ${scope} GROUP BY 1`, [modelId]);
  const measureLevels = await db.query<{ k: string; n: number }>(
    `SELECT n.level_key AS k, count(*)::int AS n FROM measures m JOIN plan_nodes n ON n.id = m.node_id ${scope} GROUP BY 1`,
    [modelId],
  );
  const kinds = await db.query<{ k: string; n: number }>(
    `SELECT m.kind_key AS k, count(*)::int AS n FROM measures m JOIN plan_nodes n ON n.id = m.node_id ${scope} GROUP BY 1`,
    [modelId],
  );
  const pairs = await db.query<{ parent: string; child: string; count: number }>(
    `SELECT pn.level_key AS parent, n.level_key AS child, count(*)::int AS count
       FROM plan_nodes n JOIN plan_nodes pn ON pn.id = n.parent_id ${scope} GROUP BY 1, 2`,
    [modelId],
  );
  const organisations = await db.query<{ id: number; name: string }>('SELECT id, name FROM organisations WHERE governance_model_id = $1 ORDER BY name', [modelId]);
  const toRecord = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, r.n]));
  return { levels: toRecord(levels), measureLevels: toRecord(measureLevels), kinds: toRecord(kinds), pairs, organisations };
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM organisations WHERE slug = $1', [slug])).length > 0;
}

/** Every organisation, for the installation admin: plans and admins counted. */
export async function installationOrganisations(db: Db) {
  return db.query<{ id: number; name: string; kolada_id: string | null; default_lang: 'sv' | 'da' | 'en'; model_name: Record<'sv' | 'da' | 'en', string>; plans: number; admins: string[] }>(
    `SELECT o.id, o.name, o.kolada_id, o.default_lang, g.definition->'name' AS model_name,
            (SELECT count(*)::int FROM plans p WHERE p.organisation_id = o.id) AS plans,
            COALESCE((SELECT array_agg(u.email ORDER BY u.email) FROM memberships m JOIN users u ON u.id = m.user_id
                       WHERE m.organisation_id = o.id AND m.role = 'admin'), '{}') AS admins
       FROM organisations o JOIN governance_models g ON g.id = o.governance_model_id ORDER BY o.name`,
  );
}
