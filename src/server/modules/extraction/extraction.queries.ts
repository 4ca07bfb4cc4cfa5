import type { Db } from '../../../db/client';
import type { Block } from '../../../domain/extraction/blocks';
import type { ExtractionMapping } from '../../../domain/extraction/mapping';

export interface ExtractionRow {
  id: number;
  organisation_id: number;
  file_name: string;
  format: string;
  blocks: Block[];
  plan_id: number | null;
}

export interface ProfileRow {
  id: number;
  organisation_id: number;
  name: string;
  mapping: ExtractionMapping;
  version: number;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

export async function insertExtraction(db: Db, v: { organisationId: number; fileName: string; format: string; blocks: Block[]; createdBy: number }): Promise<number> {
  const rows = await db.query<{ id: number }>(
    'INSERT INTO document_extractions (organisation_id, file_name, format, blocks, created_by) VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id',
    [v.organisationId, v.fileName, v.format, JSON.stringify(v.blocks), v.createdBy],
  );
  return rows[0]!.id;
}

export async function getExtraction(db: Db, id: number): Promise<ExtractionRow | undefined> {
  const rows = await db.query<ExtractionRow>('SELECT id, organisation_id, file_name, format, blocks, plan_id FROM document_extractions WHERE id = $1', [id]);
  const row = rows[0];
  return row ? { ...row, blocks: json<Block[]>(row.blocks) } : undefined;
}

export async function setExtractionPlan(db: Db, id: number, planId: number): Promise<void> {
  await db.query('UPDATE document_extractions SET plan_id = $2 WHERE id = $1', [id, planId]);
}

export async function listProfiles(db: Db, organisationId: number): Promise<ProfileRow[]> {
  const rows = await db.query<ProfileRow>('SELECT id, organisation_id, name, mapping, version FROM extraction_profiles WHERE organisation_id = $1 ORDER BY name', [
    organisationId,
  ]);
  return rows.map((r) => ({ ...r, mapping: json<ExtractionMapping>(r.mapping) }));
}

/** Saves the profile under its name, a new one or the next version of the old one; returns it. */
export async function upsertProfile(db: Db, v: { organisationId: number; name: string; mapping: ExtractionMapping; userId: number }): Promise<ProfileRow> {
  const rows = await db.query<ProfileRow>(
    `INSERT INTO extraction_profiles (organisation_id, name, mapping, updated_by) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (organisation_id, name) DO UPDATE SET mapping = EXCLUDED.mapping, updated_by = EXCLUDED.updated_by, updated_at = now(), version = extraction_profiles.version + 1
     RETURNING id, organisation_id, name, mapping, version`,
    [v.organisationId, v.name, JSON.stringify(v.mapping), v.userId],
  );
  const row = rows[0]!;
  return { ...row, mapping: json<ExtractionMapping>(row.mapping) };
}

/** The organisation's people, to match a document's "Ansvarig" cell to one of them. */
export async function listMembers(db: Db, organisationId: number): Promise<{ id: number; name: string; email: string }[]> {
  return db.query<{ id: number; name: string; email: string }>(
    'SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 ORDER BY u.id',
    [organisationId],
  );
}
