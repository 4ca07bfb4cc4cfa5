/**
 * The value import as a pg-boss job. The page's "import" marks the import running and queues
 * it; whichever server's worker takes the job runs it. A restart or a second server neither
 * loses nor doubles it: the job stays in the queue until a worker completes it, pg-boss hands
 * it to one worker at a time (and to another only when the first failed or expired), and a
 * worker that finds the import no longer running (done, rejected) does nothing. An import
 * taken up again after an interruption is marked so (`attempts` > 1) and runs from the start:
 * its staging rows are cleared and nothing was stored before its last transaction.
 */
import type PgBoss from 'pg-boss';
import type { Db } from '../../db/client';
import { giveUpQueuedImport, type ImportQueue, runQueuedImport } from '../modules/value-import/value-import.service';

export const VALUE_IMPORT_QUEUE = 'value-import';
/** Where pg-boss puts an import job whose retries are spent: its import is marked failed, never left running. */
export const VALUE_IMPORT_GIVEN_UP_QUEUE = 'value-import-given-up';

export interface ValueImportJobData {
  importId: number;
  actorId: number;
  /** Days the uploaded file is kept after the import (LEDSTJARNA_UPLOAD_RETENTION_DAYS). */
  retentionDays?: number;
}

/** What the app is given to queue work: here, value imports (the service's ImportQueue). */
export type WorkQueue = ImportQueue;

/** Queues imports on pg-boss: retried twice, so a run cut off by a restart is taken up again. */
export function workQueue(boss: PgBoss): WorkQueue {
  return {
    async enqueueValueImport(importId, actorId, retentionDays) {
      await boss.send(VALUE_IMPORT_QUEUE, { importId, actorId, retentionDays } satisfies ValueImportJobData, {
        retryLimit: 2,
        retryDelay: 1,
        expireInSeconds: 3600,
        deadLetter: VALUE_IMPORT_GIVEN_UP_QUEUE,
      });
    },
  };
}

/** Starts this server's worker of the value-import queue. */
export async function workValueImports(boss: PgBoss, db: Db, pollingIntervalSeconds: number): Promise<void> {
  await boss.createQueue(VALUE_IMPORT_GIVEN_UP_QUEUE);
  await boss.createQueue(VALUE_IMPORT_QUEUE);
  await boss.work<ValueImportJobData>(VALUE_IMPORT_GIVEN_UP_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
    if (job) await giveUpQueuedImport(db, job.data.importId);
  });
  await boss.work<ValueImportJobData>(VALUE_IMPORT_QUEUE, { pollingIntervalSeconds, batchSize: 1, includeMetadata: true }, async ([job]) => {
    if (!job) return null;
    return runQueuedImport(db, job.data.importId, job.data.actorId, job.data.retentionDays ?? 0);
  });
}
