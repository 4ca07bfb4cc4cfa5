import { parentPort } from 'node:worker_threads';
import { KNOWN_ERRORS, TASKS, type TaskName } from './tasks';
import { lowerThreadPriority } from './thread-priority';

interface Request {
  id: number;
  task: TaskName;
  args: unknown[];
}

// The request thread goes first when both want the CPU (thread-priority.ts).
lowerThreadPriority();

/** Runs one task at a time for the pool and answers with its result or its error (name and message only). */
parentPort!.on('message', async ({ id, task, args }: Request) => {
  try {
    const run = TASKS[task] as (...a: unknown[]) => Promise<unknown>;
    const result = await run(...args);
    parentPort!.postMessage({ id, ok: true, result });
  } catch (err) {
    const known = err instanceof Error && Object.keys(KNOWN_ERRORS).includes(err.name);
    parentPort!.postMessage({ id, ok: false, name: known ? (err as Error).name : 'Error', message: err instanceof Error ? err.message : String(err) });
  }
});
