import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * A backup file: gzip'd JSON lines. The first line is the header; then, for each table, a line
 * `{"table": …, "columns": […]}` followed by lines `{"rows": [ {column: value, …}, … ]}`; then
 * `{"sequences": […]}` and last `{"end": {tables, rows}}`, so a cut-off file is recognised.
 */
export interface BackupHeader {
  format: 'ledstjarna-backup';
  version: 1;
  createdAt: string;
  /** The database it was taken from: a backup restores into either kind. */
  source: 'pglite' | 'postgres';
  /** The schema's migrations: a restore rebuilds exactly these, then applies newer ones. */
  migrations: string[];
}

export type BackupLine =
  | { table: string; columns: string[] }
  | { rows: unknown[] }
  | { sequences: { name: string; lastValue: string; isCalled: boolean }[] }
  | { end: { tables: number; rows: number } };

/** Writes lines into a gzip'd file, waiting when the disk is slower than the database. */
export function backupWriter(path: string) {
  const gzip = createGzip();
  const file = createWriteStream(path, { mode: 0o600 });
  gzip.pipe(file);
  const finished = once(file, 'close');
  return {
    async line(value: object | string): Promise<void> {
      if (!gzip.write(`${typeof value === 'string' ? value : JSON.stringify(value)}\n`)) await once(gzip, 'drain');
    },
    async close(): Promise<void> {
      gzip.end();
      await finished;
    },
    abort(): void {
      gzip.destroy();
      file.destroy();
    },
  };
}

/** The lines of a backup file, parsed, in order. */
export async function* backupLines(path: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line) yield JSON.parse(line);
}
