import JSZip from 'jszip';
import type { Db } from '../../../db/client';
import type { Actor } from '../../access/can';
import { AppError } from '../../http/errors';
import { authorize } from '../../http/session';
import { audit } from '../audit/audit';
import { EXPORT_TABLES, exportRows } from './org-export.queries';

const csvCell = (v: unknown): string => {
  const text = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

function toCsv(rows: readonly Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return `\uFEFF${[columns.join(';'), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(';'))].join('\r\n')}\r\n`;
}

/**
 * An organisation's whole data as a ZIP: for each table a JSON file (exact) and a CSV file (for a
 * spreadsheet), and `index.json` saying what is in it. Read in one transaction, so the files agree;
 * the export is audited in it.
 */
export async function exportOrganisation(db: Db, actor: Actor, organisationId: number): Promise<{ zip: Uint8Array; fileName: string }> {
  authorize(actor, 'organisation:export', { organisationId });
  return db.transaction(async (tx) => {
    const [org] = await tx.query<{ slug: string }>('SELECT slug FROM organisations WHERE id = $1', [organisationId]);
    if (!org) throw new AppError('not-found', `Organisationen ${organisationId} finns inte.`);
    const zip = new JSZip();
    const counts: Record<string, number> = {};
    for (const [name, sql] of Object.entries(EXPORT_TABLES)) {
      const rows = await exportRows(tx, sql, organisationId);
      counts[name] = rows.length;
      zip.file(`json/${name}.json`, JSON.stringify(rows, null, 1));
      zip.file(`csv/${name}.csv`, toCsv(rows));
    }
    const exportedAt = new Date().toISOString();
    zip.file('index.json', JSON.stringify({ organisationId, slug: org.slug, exportedAt, tables: counts }, null, 1));
    await audit(tx, { userId: actor.id }, { organisationId, planId: null, objectType: 'export', objectId: organisationId, action: 'export', before: null, after: { tables: counts } });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    return { zip: bytes, fileName: `${org.slug}-${exportedAt.slice(0, 10)}.zip` };
  });
}
