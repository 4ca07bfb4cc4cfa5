import type { Db } from '../../../db/client';

export interface FederationRow {
  id: number;
  name: string;
  organisation_id: number;
  shared_plan_id: number | null;
}

export async function federationNameTaken(db: Db, name: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM federations WHERE lower(name) = lower($1)', [name])).length > 0;
}

export async function insertFederation(db: Db, f: { name: string; organisationId: number; createdBy: number }): Promise<number> {
  const rows = await db.query<{ id: number }>('INSERT INTO federations (name, organisation_id, created_by) VALUES ($1, $2, $3) RETURNING id', [f.name, f.organisationId, f.createdBy]);
  return rows[0]!.id;
}

export async function markFederationOrganisation(db: Db, organisationId: number): Promise<void> {
  await db.query(`UPDATE organisations SET kind = 'federation' WHERE id = $1`, [organisationId]);
}

export async function insertMembers(db: Db, federationId: number, organisationIds: readonly number[]): Promise<void> {
  for (const [position, organisationId] of organisationIds.entries()) {
    await db.query('INSERT INTO federation_members (federation_id, organisation_id, position) VALUES ($1, $2, $3)', [federationId, organisationId, position]);
  }
}

export async function insertAdmin(db: Db, federationId: number, userId: number): Promise<void> {
  await db.query('INSERT INTO federation_admins (federation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [federationId, userId]);
}

export async function getFederation(db: Db, id: number): Promise<FederationRow | undefined> {
  return (await db.query<FederationRow>('SELECT id, name, organisation_id, shared_plan_id FROM federations WHERE id = $1 AND organisation_id IS NOT NULL', [id]))[0];
}

export async function federationsByIds(db: Db, ids: readonly number[]): Promise<FederationRow[]> {
  return db.query<FederationRow>('SELECT id, name, organisation_id, shared_plan_id FROM federations WHERE id = ANY($1::int[]) ORDER BY name', [[...ids]]);
}

export async function setSharedPlan(db: Db, federationId: number, planId: number): Promise<void> {
  await db.query('UPDATE federations SET shared_plan_id = $2 WHERE id = $1', [federationId, planId]);
}

export interface MemberRow {
  id: number;
  name: string;
  kolada_id: string | null;
}

export async function federationMembers(db: Db, federationId: number): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT o.id, o.name, o.kolada_id FROM federation_members fm JOIN organisations o ON o.id = fm.organisation_id
      WHERE fm.federation_id = $1 ORDER BY fm.position`,
    [federationId],
  );
}

export async function federationAdmins(db: Db, federationId: number): Promise<{ id: number; name: string }[]> {
  return db.query(`SELECT u.id, u.name FROM federation_admins a JOIN users u ON u.id = a.user_id WHERE a.federation_id = $1 ORDER BY u.name`, [federationId]);
}

export async function glossary(db: Db, federationId: number): Promise<{ term: string; definition: string }[]> {
  return db.query('SELECT term, definition FROM federation_glossary WHERE federation_id = $1 ORDER BY lower(term)', [federationId]);
}

export async function upsertGlossaryTerm(db: Db, federationId: number, term: string, definition: string, cardId: number): Promise<void> {
  await db.query(
    `INSERT INTO federation_glossary (federation_id, term, definition, source_card_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (federation_id, term) DO UPDATE SET definition = EXCLUDED.definition, source_card_id = EXCLUDED.source_card_id, agreed_at = now()`,
    [federationId, term, definition, cardId],
  );
}

export async function sharedPlanGoals(db: Db, planId: number): Promise<{ id: number; title: string; description: string; level_key: string }[]> {
  return db.query('SELECT id, title, description, level_key FROM plan_nodes WHERE plan_id = $1 AND parent_id IS NULL ORDER BY position, id', [planId]);
}

/** Member organisations' nodes that serve (adopt) the shared plan's nodes. */
export async function adoptions(db: Db, sharedPlanId: number): Promise<{ served_id: number; node_id: number; plan_id: number; organisation_id: number; organisation_name: string }[]> {
  return db.query(
    `SELECT s.id AS served_id, n.id AS node_id, n.plan_id, p.organisation_id, o.name AS organisation_name
       FROM plan_nodes s JOIN plan_nodes n ON n.serves_node_id = s.id JOIN plans p ON p.id = n.plan_id JOIN organisations o ON o.id = p.organisation_id
      WHERE s.plan_id = $1 AND n.plan_id <> $1 ORDER BY o.name, n.id`,
    [sharedPlanId],
  );
}

export async function workshopsOf(db: Db, federationId: number): Promise<{ id: number; title: string; created_at: string }[]> {
  return db.query(`SELECT id, title, created_at::text FROM workshops WHERE federation_id = $1 ORDER BY created_at DESC, id DESC`, [federationId]);
}

/** The agreed terms of every federation the organisation is a member of, or is the office of. */
export async function glossaryForOrganisation(db: Db, organisationId: number): Promise<{ term: string; definition: string; federation_id: number; federation_name: string }[]> {
  return db.query(
    `SELECT g.term, g.definition, f.id AS federation_id, f.name AS federation_name
       FROM federation_glossary g JOIN federations f ON f.id = g.federation_id
      WHERE f.organisation_id = $1 OR EXISTS (SELECT 1 FROM federation_members fm WHERE fm.federation_id = f.id AND fm.organisation_id = $1)
      ORDER BY lower(g.term), f.name`,
    [organisationId],
  );
}
