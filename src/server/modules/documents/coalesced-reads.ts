/**
 * Shares one read among concurrent callers that ask for the same thing, without handing anyone
 * data older than their request: a caller that comes while a read is under way does not join it
 * (it may have begun before the caller's own last change was saved) but waits for it to end and
 * joins the next read, which every caller that comes meanwhile shares. So however many identical
 * requests come during one read, they cost one more read, not one each; nothing is kept once a
 * read has ended.
 */
export class CoalescedReads {
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly waiting = new Map<string, Promise<unknown>>();
  /** Reads started (not joined), for tests and the bench. */
  started = 0;

  /** The result of `read`, run now, or after the read of `key` under way (shared with the others that wait for it). */
  run<T>(key: string, read: () => Promise<T>): Promise<T> {
    const waiting = this.waiting.get(key);
    if (waiting) return waiting as Promise<T>;
    const running = this.running.get(key);
    if (!running) return this.start(key, read);
    const next = running.then(
      () => this.startWaiting(key, read),
      () => this.startWaiting(key, read),
    );
    this.waiting.set(key, next);
    return next;
  }

  private startWaiting<T>(key: string, read: () => Promise<T>): Promise<T> {
    this.waiting.delete(key);
    return this.start(key, read);
  }

  private start<T>(key: string, read: () => Promise<T>): Promise<T> {
    this.started += 1;
    const run = read().finally(() => {
      if (this.running.get(key) === run) this.running.delete(key);
    });
    this.running.set(key, run);
    return run;
  }
}
