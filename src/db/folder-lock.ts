import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The file in a PGlite data folder that names the one process using it. */
export const LOCK_FILE = 'ledstjarna.lock';

/**
 * Thrown when another process (or another handle in this one) already uses the data folder.
 * PGlite is a single-process database: two processes writing one folder destroy it.
 */
export class FolderInUseError extends Error {
  readonly code = 'folder-in-use';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Datamappen ${dataDir} används redan av en annan process (pid ${pid}, t.ex. servern). ` +
        'Två processer i samma PGlite-mapp förstör den. Stoppa servern först. Medan den kör: import-values går via den ' +
        'körande servern med --server URL, och säkerhetskopior tas av servern själv (LEDSTJARNA_BACKUP_DIR).',
    );
  }
}

interface Holder {
  pid: number;
  host: string;
}

function readHolder(path: string): Holder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host ?? '') } : undefined;
  } catch {
    return undefined; // unreadable or half-written: treated as left behind
  }
}

/** Whether a process with this id runs on this machine. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's exclusive lock (a file created with O_EXCL holding this process's id) and
 * returns the function that gives it back. A lock left by a process that no longer runs (a crash,
 * a power cut) on this machine is taken over; a live holder makes this throw FolderInUseError.
 */
export function lockDataFolder(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const holder = readHolder(path);
        if (holder?.pid === me.pid && holder.host === me.host) rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(path);
      // Another machine's process (a shared disk) cannot be asked whether it runs: never taken over.
      if (holder && (holder.host !== me.host || processAlive(holder.pid))) throw new FolderInUseError(dataDir, holder.pid);
      rmSync(path, { force: true });
    }
  }
  throw new FolderInUseError(dataDir, -1);
}
