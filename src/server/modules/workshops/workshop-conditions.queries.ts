import type { Db } from '../../../db/client';

export interface KeyFigureValueRow {
  kpi: string;
  municipality_id: string;
  year: number;
  value: number | null;
  fetched_at: string;
}

/** Kolada's stored values (both sexes together, 'T') of the KPIs for the ids. */
export async function keyFigureValues(db: Db, kpis: readonly string[], ids: readonly string[]): Promise<KeyFigureValueRow[]> {
  if (ids.length === 0) return [];
  return db.query<KeyFigureValueRow>(
    `SELECT kpi, municipality_id, year, value, fetched_at::text AS fetched_at FROM kolada_values
      WHERE kpi = ANY($1::text[]) AND municipality_id = ANY($2::text[]) AND gender = 'T'`,
    [[...kpis], [...ids]],
  );
}
