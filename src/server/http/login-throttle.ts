/**
 * Slows down password guessing: after `maxFailures` failed sign-ins for one e-mail address
 * within `windowMs`, further attempts for it are refused until the window has passed.
 * In memory, per server process — enough for the one-process deployments Ledstjärna targets.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the address may try again, or 0 when it may try now. */
  retryAfter(email: string): number {
    const recent = this.recent(email);
    if (recent.length < this.maxFailures) return 0;
    return recent[0]! + this.windowMs - this.now();
  }

  recordFailure(email: string): void {
    const recent = this.recent(email);
    recent.push(this.now());
    this.failures.set(email.toLowerCase(), recent);
  }

  recordSuccess(email: string): void {
    this.failures.delete(email.toLowerCase());
  }

  private recent(email: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(email.toLowerCase()) ?? []).filter((t) => t > since);
  }
}
