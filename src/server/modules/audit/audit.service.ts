import type { Db } from '../../../db/client';
import type { AuditEntry } from '../../../shared/authoring-schemas';
import { type Actor, can } from '../../access/can';
import { AppError } from '../../http/errors';
import { type ChainBreak, checkChain } from '../../../domain/audit/chain';
import { authorize } from '../../http/session';
import { canAdministerInstallation } from '../../access/can';
import { audit } from './audit';
import { organisationsOf } from '../users/users.queries';
import { type AuditFilter, chainPage, objectHistory, organisationAudit, personHistory } from './audit.queries';

/** The history (Historik) of one object, newest first, for anyone who may read its organisation; a person's, see getPersonHistory. */
export async function getHistory(db: Db, actor: Actor, objectType: string, objectId: number): Promise<AuditEntry[]> {
  if (objectType === 'user') return getPersonHistory(db, actor, objectId);
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

/**
 * What is on record about a person (roles added, changed and removed, deactivation, password
 * resets, sign-ins), for the person, the installation's administrators, and the administrators of
 * an organisation the person has or had a role in, who see the entries of their own organisations and the
 * person's sign-ins (which name no organisation) only. Anyone else finds nothing, as for an
 * unknown id, so a person's existence is not told.
 */
export async function getPersonHistory(db: Db, actor: Actor, userId: number): Promise<AuditEntry[]> {
  const rows = await personHistory(db, userId);
  if (actor.id === userId || canAdministerInstallation(actor)) return rows.map(toEntry);
  // The organisations the person has, or had, a role in (a removed role stays on record).
  const theirs = new Set([...(await organisationsOf(db, userId)), ...rows.flatMap((r) => (r.organisation_id === null ? [] : [r.organisation_id]))]);
  const administered = [...theirs].filter((id) => can(actor, 'audit:read', { organisationId: id }));
  if (administered.length === 0) throw new AppError('not-found', 'Ingen historik hittades.');
  return rows.filter((r) => r.organisation_id === null || can(actor, 'audit:read', { organisationId: r.organisation_id })).map(toEntry);
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

const toEntry = (r: Awaited<ReturnType<typeof objectHistory>>[number]): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  organisationId: r.organisation_id,
  objectType: r.object_type,
  objectId: r.object_id,
  action: r.action,
  before: r.before,
  after: r.after,
});

/** The organisation's audit log for its administrators, newest first, with filters. */
export async function listOrganisationAudit(db: Db, actor: Actor, filter: AuditFilter): Promise<AuditEntry[]> {
  authorize(actor, 'audit:read', { organisationId: filter.organisationId });
  return (await organisationAudit(db, filter)).map(toEntry);
}

const csvCell = (v: unknown): string => {
  const text = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  // A cell a spreadsheet would read as a formula is written as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The same entries as CSV (semicolons, UTF-8 with BOM, as Excel in Sweden and Denmark opens it). */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const head = ['id', 'tid', 'vem', 'objekt', 'objekt-id', 'händelse', 'före', 'efter'];
  const lines = entries.map((e) => [e.id, e.at, e.actor, e.objectType, e.objectId, e.action, e.before, e.after].map(csvCell).join(';'));
  return `\uFEFF${[head.join(';'), ...lines].join('\r\n')}\r\n`;
}

/** The log as CSV for its administrators; the export itself goes on record (what was asked for, how many entries). */
export async function exportOrganisationAuditCsv(db: Db, actor: Actor, filter: AuditFilter): Promise<string> {
  const entries = await listOrganisationAudit(db, actor, filter);
  const { organisationId, limit: _limit, ...asked } = filter;
  await db.transaction((tx) => audit(tx, { userId: actor.id }, {
    organisationId,
    planId: null,
    objectType: 'export',
    objectId: organisationId,
    action: 'export',
    before: null,
    after: { what: 'audit-log-csv', filter: asked, entries: entries.length },
  }));
  return auditCsv(entries);
}
