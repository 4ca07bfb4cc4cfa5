import type { Db } from '../../../db/client';
import type { AuditEntry } from '../../../shared/authoring-schemas';
import { type Actor, can } from '../../access/can';
import { AppError } from '../../http/errors';
import { objectHistory } from './audit.queries';

/** The history (Historik) of one object, newest first, for anyone who may read its organisation. */
export async function getHistory(db: Db, actor: Actor, objectType: string, objectId: number): Promise<AuditEntry[]> {
  const rows = await objectHistory(db, objectType, objectId);
  // An entry names its organisation; one the reader has no role in is as good as absent.
  if (rows.some((r) => r.organisation_id !== null && !can(actor, 'plan:read', { organisationId: r.organisation_id }))) {
    throw new AppError('not-found', 'Ingen historik hittades.');
  }
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    organisationId: r.organisation_id,
    objectType: r.object_type,
    objectId: r.object_id,
    action: r.action,
    before: r.before,
    after: r.after,
  }));
}
