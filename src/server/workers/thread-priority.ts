import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * The nice value of the pool's worker threads: on Linux the nice value is a thread's own (the
 * request thread stays at the server's), and a thread at 10 gets about a tenth of the CPU a thread
 * at 0 gets when both want it. So on a busy machine a PDF being written or an upload being read
 * takes the CPU the request thread leaves, not the other way round: while a worker wrote six plan
 * PDFs and uploads streamed in, statements of 1 ms on the request thread took 20–40 ms (issue 13).
 */
export const WORKER_NICE = 10;

/** The calling thread's id on Linux (`/proc/thread-self` is `<pid>/task/<tid>`); undefined elsewhere. */
function threadId(): number | undefined {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/** Lowers the calling thread's priority to `nice` (Linux); elsewhere, or if refused, the thread keeps the process's. */
export function lowerThreadPriority(nice: number = WORKER_NICE): void {
  const tid = threadId();
  if (tid === undefined) return;
  try {
    if (getPriority(tid) < nice) setPriority(tid, nice);
  } catch {
    // Not allowed here: the thread runs at the process's priority, as before.
  }
}

/** The calling thread's nice value (Linux), or null where a thread has none of its own. */
export function threadPriority(): number | null {
  const tid = threadId();
  return tid === undefined ? null : getPriority(tid);
}
