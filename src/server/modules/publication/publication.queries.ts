import type { Db } from '../../../db/client';

export interface PublicationRow {
  plan_id: number;
  periods: string[];
  published_at: string;
}

export async function getPublication(db: Db, planId: number): Promise<PublicationRow | undefined> {
  return (await db.query<PublicationRow>('SELECT plan_id, periods, published_at::text AS published_at FROM plan_publications WHERE plan_id = $1', [planId]))[0];
}

export async function upsertPublication(db: Db, planId: number, periods: string[], userId: number): Promise<void> {
  await db.query(
    `INSERT INTO plan_publications (plan_id, periods, published_by) VALUES ($1, $2, $3)
     ON CONFLICT (plan_id) DO UPDATE SET periods = EXCLUDED.periods, published_by = EXCLUDED.published_by, published_at = now()`,
    [planId, periods, userId],
  );
}

export async function deletePublication(db: Db, planId: number): Promise<void> {
  await db.query('DELETE FROM plan_publications WHERE plan_id = $1', [planId]);
}

export interface PublishedPlanRow {
  id: number;
  title: string;
  organisation_name: string;
  start_year: number;
  end_year: number;
}

export async function publishedPlans(db: Db): Promise<PublishedPlanRow[]> {
  return db.query<PublishedPlanRow>(
    `SELECT p.id, p.title, o.name AS organisation_name, p.start_year, p.end_year
       FROM plan_publications pub JOIN plans p ON p.id = pub.plan_id JOIN organisations o ON o.id = p.organisation_id
      ORDER BY o.name, p.start_year DESC, p.title`,
  );
}

export async function insertAccessibilityReport(db: Db, page: string, description: string, contact: string | null): Promise<number> {
  const [row] = await db.query<{ id: number }>('INSERT INTO accessibility_reports (page, description, contact) VALUES ($1, $2, $3) RETURNING id', [
    page,
    description,
    contact,
  ]);
  return row!.id;
}
