import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../http/errors';
import { isKnownErrorName, KNOWN_ERRORS } from './known-errors';
import type { TaskArgs, TaskName, TaskResult } from './tasks';

export interface PoolOptions {
  /** Worker threads at most; the request thread keeps a core of its own. */
  size: number;
  /** Tasks one person may have queued or running at once; more are refused (429). */
  perOwner: number;
  /** A task running longer is stopped and its worker replaced. */
  timeoutMs: number;
  /** Heap of one worker: a file that would need more fails in the worker, not in the server. */
  maxHeapMb: number;
}

export const DEFAULT_POOL: PoolOptions = {
  size: Math.max(1, Math.min(2, availableParallelism() - 1)),
  perOwner: 2,
  timeoutMs: 120_000,
  maxHeapMb: 1024,
};

interface Job {
  id: number;
  task: TaskName;
  args: unknown[];
  owner: number | null;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Worker threads for CPU-heavy work (reading uploads, writing documents), so that the request
 * thread keeps answering while they run. Started when first needed; a queue when all are busy;
 * per person at most `perOwner` tasks; a worker that crashes, runs out of memory or overruns
 * its time fails only its task and is replaced.
 */
export class WorkerPool {
  private readonly options: PoolOptions;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly perOwner = new Map<number, number>();
  private nextId = 1;
  private closed = false;
  /** Tasks finished, well or not (for tests and the bench). */
  completed = 0;

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...DEFAULT_POOL, ...options };
  }

  /** Runs a task in a worker; `owner` (a user id) counts against that person's limit. */
  run<N extends TaskName>(task: N, args: TaskArgs<N>, owner: number | null = null): Promise<TaskResult<N>> {
    if (this.closed) return Promise.reject(new Error('worker pool closed'));
    if (owner !== null) {
      const mine = this.perOwner.get(owner) ?? 0;
      if (mine >= this.options.perOwner) {
        return Promise.reject(
          new AppError('too-many-attempts', `Du har redan ${this.options.perOwner} filer eller dokument under arbete. Vänta tills de är klara och försök igen.`),
        );
      }
      this.perOwner.set(owner, mine + 1);
    }
    return new Promise<TaskResult<N>>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, args, owner, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Tasks waiting and running now (for tests and the bench). */
  get load(): { queued: number; running: number } {
    return { queued: this.queue.length, running: this.slots.filter((s) => s.job).length };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.finish(job, new Error('worker pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.fail(slot!, new AppError('upstream-failed', 'Arbetet tog för lång tid och avbröts.')), this.options.timeoutMs);
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, task: job.task, args: job.args });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
      // The parent's --import tsx is not needed: the boot file registers it.
      execArgv: [],
    });
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (msg: { id: number; ok: boolean; result?: unknown; name?: string; message?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      this.release(slot);
      if (msg.ok) this.finish(job, undefined, msg.result);
      else this.finish(job, isKnownErrorName(msg.name) ? new KNOWN_ERRORS[msg.name](msg.message ?? '') : new Error(msg.message));
      this.dispatch();
    });
    worker.on('error', (err) => this.fail(slot, err));
    worker.on('exit', () => {
      if (slot.job) this.fail(slot, new Error('worker stopped'));
    });
    this.slots.push(slot);
    return slot;
  }

  /** A worker that crashed, ran out of memory or overran its time: its task fails, it is replaced. */
  private fail(slot: Slot, err: unknown): void {
    const job = slot.job;
    this.release(slot);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (job) {
      const outOfMemory = err instanceof Error && /ERR_WORKER_OUT_OF_MEMORY|heap/i.test(`${(err as NodeJS.ErrnoException).code} ${err.message}`);
      this.finish(job, outOfMemory ? new AppError('payload-too-large', 'Filen eller dokumentet kräver mer minne än servern ger ett enskilt arbete.') : err);
    }
    if (!this.closed) this.dispatch();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private finish(job: Job, err: unknown, result?: unknown): void {
    this.completed += 1;
    if (job.owner !== null) {
      const left = (this.perOwner.get(job.owner) ?? 1) - 1;
      if (left > 0) this.perOwner.set(job.owner, left);
      else this.perOwner.delete(job.owner);
    }
    if (err) job.reject(err);
    else job.resolve(result);
  }
}
