/** An import marked running, as a starting server finds it. */
export interface RunningImport {
  id: number;
  /** `host:pid` of the process that claimed it; `queue` for one queued on pg-boss; null for imports claimed before runners were recorded. */
  runner: string | null;
  /** Seconds since it last reported progress; null when it never did. */
  quietSeconds: number | null;
}

/** Quiet for this long, an import on another machine is taken to be gone. */
export const SILENT_RUNNER_SECONDS = 15 * 60;

/**
 * Which running imports a starting server marks interrupted. On PGlite the server owns the data
 * folder, so nothing else can be running one: all of them. On PostgreSQL other servers and the CLI
 * may be running imports right now: only those whose process on this machine is gone, and those
 * that have been silent for longer than any live import is. An import queued on pg-boss belongs to
 * the queue, which takes it up again after a restart and gives it up after its last retry.
 */
export function interruptedImports(
  running: readonly RunningImport[],
  context: { soleOwner: boolean; host: string; alive: (pid: number) => boolean },
): number[] {
  return running
    .filter((r) => {
      if (r.runner === 'queue') return false;
      if (context.soleOwner || r.runner === null) return true;
      if (r.quietSeconds === null || r.quietSeconds > SILENT_RUNNER_SECONDS) return true;
      const at = r.runner.lastIndexOf(':');
      const host = r.runner.slice(0, at);
      const pid = Number(r.runner.slice(at + 1));
      return host === context.host && !context.alive(pid);
    })
    .map((r) => r.id);
}
