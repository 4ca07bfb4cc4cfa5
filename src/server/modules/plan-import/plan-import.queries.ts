import type { Db } from '../../../db/client';
import type { ImportedAssignment } from '../../../importers/plan-text/imported-plan';

export async function insertAssignment(db: Db, planId: number, position: number, a: ImportedAssignment): Promise<void> {
  await db.query('INSERT INTO assignments (plan_id, position, text, bodies, source_line) VALUES ($1, $2, $3, $4, $5)', [
    planId, position, a.text, a.bodies, a.line,
  ]);
}
