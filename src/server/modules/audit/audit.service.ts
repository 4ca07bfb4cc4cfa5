import type { Db } from '../../../db/client';
import type { AuditEntry } from '../../../shared/authoring-schemas';
import { type Actor, can } from '../../access/can';
import { AppError } from '../../http/errors';
import { type ChainBreak, checkChain } from '../../../domain/audit/chain';
import { canAdministerInstallation } from '../../access/can';
import { chainPage, objectHistory } from './audit.queries';

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

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The first place where the chain is broken, and what broke it. */
  firstBreak: ChainBreak | null;
}

/** Follows the whole audit log's hash chain and reports the first break (a removed or changed entry). */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const state = { lastSeq: 0, lastHash: null as string | null };
  let entries = 0;
  for (;;) {
    const page = await chainPage(db, state.lastSeq, 5000);
    if (page.length === 0) return { ok: true, entries, firstBreak: null };
    const firstBreak = checkChain(
      page.map((r) => ({ seq: r.seq, prevHash: r.prev_hash, hash: r.hash, computed: r.computed })),
      state,
    );
    if (firstBreak) return { ok: false, entries: entries + page.filter((r) => r.seq < firstBreak.seq).length, firstBreak };
    entries += page.length;
  }
}

/** The chain check for the installation's administrators. */
export async function verifyAuditChainFor(db: Db, actor: Actor): Promise<ChainReport> {
  if (!canAdministerInstallation(actor)) throw new AppError('forbidden', 'Bara installationens administratörer kan kontrollera hela granskningsloggen.');
  return verifyAuditChain(db);
}
