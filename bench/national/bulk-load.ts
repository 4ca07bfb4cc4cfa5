/**
 * Bulk-load throughput: one region's values as the CSV file a person would upload, imported
 * by the value importer, against the database's own COPY of the same rows into the same table
 * (with the same indexes and triggers) in the same run. The two write into two plans of the same
 * shape, so that neither meets the other's keys (a rolled-back COPY leaves dead index entries
 * under the very keys the import then inserts, and every one of them costs a visibility check).
 * The COPY is rolled back.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Db } from '../../src/db/client';
import { getTemplate } from '../../src/domain/model/templates';
import { insertGovernanceModel } from '../../src/server/modules/organisations/organisations.queries';
import { importValuesFromFile } from '../../src/server/modules/value-import/value-import.service';
import { createRegionPlan, VALUE_COLUMNS, valueCount, valueCsv } from './generate';
import type { Size } from './sizes';

export interface BulkLoad {
  rows: number;
  copyRowsPerSecond: number;
  importRowsPerSecond: number;
}

class RolledBack extends Error {}

/** The long format valueCsv writes for upload, mapped as a person would map it on the import page. */
const UPLOAD_MAPPING = { layout: 'long', measure: 'measure', period: 'period', sex: 'sex', area: 'area', value: 'value', numberFormat: 'en', status: 'final' } as const;

/** Imports the file through the value importer as an admin of the plan's organisation; resolves to the values stored. */
async function importFile(db: Db, planId: number, organisationId: number, path: string): Promise<number> {
  const admin = (await db.query<{ id: number }>('SELECT id FROM users ORDER BY id LIMIT 1'))[0]!;
  const actor = { id: admin.id, roles: new Map([[organisationId, 'admin' as const]]) };
  const summary = await importValuesFromFile(db, actor, { planId, path, mapping: UPLOAD_MAPPING });
  return summary.values;
}

/** Writes chunks to a file and resolves when it is flushed. */
async function writeFile(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Measures COPY and the importer on one more region's worth of values. */
export async function measureBulkLoad(db: Db, size: Size, log: (line: string) => void): Promise<BulkLoad> {
  const template = getTemplate('norrbotten');
  const modelId = await insertGovernanceModel(db, `bench-import-${Date.now()}`, template.key, template);
  const copied = await createRegionPlan(db, size.regions, size, modelId);
  const region = await createRegionPlan(db, size.regions + 1, size, modelId);
  const rows = valueCount(region.measures, size);
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-bench-csv-'));
  try {
    const file = join(dir, 'varden.csv');
    await writeFile(file, valueCsv(region.measures, size, 'upload'));

    let t0 = performance.now();
    await db
      .transaction(async (tx) => {
        await tx.copyFrom('measure_values', VALUE_COLUMNS, valueCsv(copied.measures, size));
        throw new RolledBack();
      })
      .catch((err) => {
        if (!(err instanceof RolledBack)) throw err;
      });
    const copySeconds = (performance.now() - t0) / 1000;
    log(`  COPY av ${rows.toLocaleString('sv-SE')} rader: ${copySeconds.toFixed(1)} s`);

    t0 = performance.now();
    const imported = await importFile(db, region.planId, region.organisationId, file);
    const importSeconds = (performance.now() - t0) / 1000;
    if (imported !== rows) throw new Error(`importen läste in ${imported} rader, väntat ${rows}`);
    log(`  import av samma rader från CSV: ${importSeconds.toFixed(1)} s`);
    return { rows, copyRowsPerSecond: rows / copySeconds, importRowsPerSecond: rows / importSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
