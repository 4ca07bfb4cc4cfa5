import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { changesAfterVersion } from '../modules/audit/audit.queries';
import { AppError } from './errors';

/**
 * The version of a row that an edit was made against: `version` in the body, else the
 * If-Match header (`"3"`, `W/"3"` or `3`). Undefined when the caller sent neither: scripts
 * that send neither are not checked.
 */
export function expectedVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  if (bodyVersion !== undefined) return bodyVersion;
  const header = request.headers['if-match'];
  if (typeof header !== 'string') return undefined;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!m) throw new AppError('validation', 'If-Match ska vara en version, t.ex. "3".', [{ path: 'If-Match', message: 'Ogiltig version' }]);
  return Number(m[1]);
}

const FIELD_NAMES: Record<string, string> = {
  name: 'namn',
  title: 'namn',
  description: 'beskrivning',
  longTermGoals: 'långsiktiga mål',
  parentId: 'plats i trädet',
  position: 'ordning',
  levelKey: 'nivå',
  bodies: 'ansvariga organ',
  responsibleUserId: 'ansvarig',
  agendaGoals: 'Agenda 2030-mål',
  servesNodeId: 'kaskadlänk',
  targets: 'mål',
  baseline: 'ingångsvärde',
  definition: 'definition',
  method: 'mätmetod',
  unit: 'enhet',
  betterDirection: 'riktning',
  valueNature: 'värdets natur',
  source: 'källa',
  periodsText: 'perioder',
  reportingPeriods: 'perioder',
  breakdowns: 'uppdelningar',
  ownerUserId: 'ägare',
  footnotes: 'fotnoter',
  koladaKpi: 'Kolada-KPI',
  kindKey: 'slag',
  nodeId: 'plats i trädet',
  vision: 'vision',
  parentPlanId: 'planen ovanför',
  decidingBody: 'beslutande organ',
  startYear: 'år',
  endYear: 'år',
  status: 'status',
  model: 'styrmodell',
  body: 'text',
  analysis: 'analys',
  actions: 'åtgärder',
  judgement: 'bedömning',
  matchStatus: 'framgångsfaktor',
  year: 'år',
  whatCouldHappen: 'vad som kan hända',
  consequenceText: 'konsekvens (text)',
  consequence: 'konsekvens',
  probability: 'sannolikhet',
  cause: 'orsak',
  riskAction: 'åtgärd',
  controlMethod: 'kontrollmetod',
  label: 'benämning',
  kind: 'radtyp',
  sign: 'tecken',
  amounts: 'belopp',
};

/** The fields that differ between two states of an object, in Swedish words. */
function changedFields(before: unknown, after: unknown): string[] {
  if (typeof before !== 'object' || typeof after !== 'object' || !before || !after) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = Object.keys(a).filter((k) => k !== 'version' && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return [...new Set(keys.map((k) => FIELD_NAMES[k] ?? k))];
}

/**
 * The 409 for an edit made against an old version: says who changed what since, so the person
 * can reload and redo their change instead of overwriting someone else's.
 */
export async function staleEdit(db: Db, objectType: string, objectId: number, label: string, seen: number, current: number): Promise<AppError> {
  const changes = await changesAfterVersion(db, objectType, objectId, seen);
  const parts = changes.map((c) => {
    const fields = changedFields(c.before, c.after);
    const when = c.at.slice(0, 16).replace('T', ' ');
    return `${c.actor ?? 'någon'} ${when}${fields.length ? ` (${fields.join(', ')})` : c.action === 'delete' ? ' (togs bort)' : ''}`;
  });
  // Worded so that it fits any object, whatever its grammatical gender: "Måttet …", "Framgångsfaktor …".
  const who = parts.length > 0 ? ` Ändringar sedan dess: ${parts.join('; ')}.` : '';
  const message = `${label} har ändrats efter din version ${seen} (nu version ${current}).${who} Ladda om och gör din ändring igen.`;
  return new AppError('conflict', message, [{ path: 'version', message }]);
}
