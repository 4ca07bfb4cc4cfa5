import type { Tx } from '../../../db/client';
import { type AuditInput, insertAudit } from './audit.queries';

/** Who makes a change: a signed-in person, or nobody (first start, a scheduled job). */
export interface Who {
  userId: number | null;
}

/** Records a change in the audit log; call it inside the transaction that makes the change. */
export async function audit(tx: Tx, who: Who, entry: Omit<AuditInput, 'actorUserId'>): Promise<void> {
  await insertAudit(tx, { ...entry, actorUserId: who.userId });
}
