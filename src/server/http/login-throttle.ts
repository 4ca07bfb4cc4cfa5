/**
 * Slows down password guessing without handing an attacker a way to lock a person out.
 *
 * - Per (address, IP) pair: a few free failures, then a back-off that doubles with every
 *   further failure (1 s, 2 s, 4 s … up to 15 min). Only the guesser's own IP waits.
 * - Per IP: many failures across addresses within the window refuse that IP until the window
 *   has passed (one machine spraying guesses over many accounts).
 * - Per address, across IPs: when an address is under attack from many IPs it gets "hot":
 *   IPs that have failed for it lose their free attempts, and an IP without failures for it is
 *   slowed (the caller waits `delayMs`) — never refused, so the person, signing in from their
 *   own machine with the right password, still gets in.
 *
 * Every attempt is counted as a failure *before* the password is checked (`begin` reserves it
 * synchronously), so parallel attempts see each other; a success gives the reservation back.
 * In memory, per server process — enough for the one-process deployments Ledstjärna targets.
 */
export interface ThrottleOptions {
  freePerPair: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A pair's failures are forgotten this long after its last failure. */
  pairMemoryMs: number;
  windowMs: number;
  perIp: number;
  perAddress: number;
  /** How long an attempt for a hot address from an IP without failures is held back. */
  slowMs: number;
  /** Entries kept at most per map; the oldest are dropped beyond it (memory stays bounded). */
  maxEntries: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freePerPair: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60 * 1000,
  pairMemoryMs: 24 * 3600 * 1000,
  windowMs: 15 * 60 * 1000,
  perIp: 100,
  perAddress: 20,
  slowMs: 1000,
  maxEntries: 100_000,
};

interface Counter {
  failures: number;
  first: number;
  last: number;
}

export type Attempt =
  | { ok: false; retryAfterMs: number }
  | { ok: true; delayMs: number; succeeded: () => void };

export class LoginThrottle {
  private readonly pairs = new Map<string, Counter>();
  private readonly ips = new Map<string, Counter>();
  private readonly addresses = new Map<string, Counter>();
  private readonly options: ThrottleOptions;

  constructor(
    options: Partial<ThrottleOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...DEFAULT_THROTTLE, ...options };
  }

  /** Reserves a sign-in attempt, or says how long to wait. Synchronous: no await between check and count. */
  begin(email: string, ip: string): Attempt {
    const o = this.options;
    const now = this.now();
    const address = email.trim().toLowerCase();
    const pairKey = `${ip}\u0000${address}`;
    const pair = this.live(this.pairs, pairKey, o.pairMemoryMs, now);
    const byIp = this.live(this.ips, ip, o.windowMs, now);
    const byAddress = this.live(this.addresses, address, o.windowMs, now);

    if (byIp && byIp.failures >= o.perIp) return { ok: false, retryAfterMs: byIp.first + o.windowMs - now };
    const hot = byAddress !== undefined && byAddress.failures >= o.perAddress;
    const free = hot ? 0 : o.freePerPair;
    const failures = pair?.failures ?? 0;
    if (pair && failures >= free) {
      const wait = Math.min(o.baseDelayMs * 2 ** (failures - free), o.maxDelayMs) - (now - pair.last);
      if (wait > 0) return { ok: false, retryAfterMs: wait };
    }
    const reserved = [this.count(this.pairs, pairKey, now), this.count(this.ips, ip, now), this.count(this.addresses, address, now)];
    let done = false;
    return {
      ok: true,
      delayMs: hot && failures === 0 ? o.slowMs : 0,
      succeeded: () => {
        if (done) return;
        done = true;
        this.pairs.delete(pairKey);
        for (const c of reserved.slice(1)) c.failures = Math.max(0, c.failures - 1);
      },
    };
  }

  private live(map: Map<string, Counter>, key: string, memoryMs: number, now: number): Counter | undefined {
    const c = map.get(key);
    if (c && now - (map === this.pairs ? c.last : c.first) >= memoryMs) {
      map.delete(key);
      return undefined;
    }
    return c;
  }

  private count(map: Map<string, Counter>, key: string, now: number): Counter {
    let c = map.get(key);
    if (!c) {
      if (map.size >= this.options.maxEntries) map.delete(map.keys().next().value as string);
      c = { failures: 0, first: now, last: now };
      map.set(key, c);
    }
    c.failures += 1;
    c.last = now;
    return c;
  }
}
