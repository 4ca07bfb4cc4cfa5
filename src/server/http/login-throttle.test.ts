import { describe, expect, it } from 'vitest';
import { type Attempt, LoginThrottle } from './login-throttle';

const fail = (a: Attempt) => {
  if (!a.ok) throw new Error(`refused for ${a.retryAfterMs} ms`);
};

describe('LoginThrottle', () => {
  it('gives a pair a few free failures, then a back-off that doubles', () => {
    let now = 0;
    const t = new LoginThrottle({ freePerPair: 3, baseDelayMs: 1000 }, () => now);
    for (let i = 0; i < 3; i++) fail(t.begin('A@x.se', 'ip1'));
    expect(t.begin('a@x.se', 'ip1')).toEqual({ ok: false, retryAfterMs: 1000 });
    now = 1000;
    fail(t.begin('a@x.se', 'ip1'));
    expect(t.begin('a@x.se', 'ip1')).toEqual({ ok: false, retryAfterMs: 2000 });
    // Another IP, and the same IP for another address, are not affected.
    expect(t.begin('a@x.se', 'ip2').ok).toBe(true);
    expect(t.begin('b@x.se', 'ip1').ok).toBe(true);
  });

  it('counts an attempt before its outcome is known, so parallel attempts cannot slip through', () => {
    const t = new LoginThrottle({ freePerPair: 5 }, () => 0);
    const attempts = Array.from({ length: 50 }, () => t.begin('a@x.se', 'ip1'));
    expect(attempts.filter((a) => a.ok)).toHaveLength(5);
  });

  it('forgets a pair after a success, and gives its reservation back', () => {
    const t = new LoginThrottle({ freePerPair: 1 }, () => 0);
    fail(t.begin('a@x.se', 'ip1'));
    const ok = t.begin('a@x.se', 'ip2');
    if (!ok.ok) throw new Error('refused');
    ok.succeeded();
    expect(t.begin('a@x.se', 'ip2').ok).toBe(true);
  });

  it('refuses an IP that sprays failures over many addresses', () => {
    const t = new LoginThrottle({ perIp: 10, windowMs: 60_000 }, () => 0);
    for (let i = 0; i < 10; i++) fail(t.begin(`u${i}@x.se`, 'ip1'));
    const refused = t.begin('new@x.se', 'ip1');
    expect(refused.ok).toBe(false);
    expect(t.begin('new@x.se', 'ip2').ok).toBe(true);
  });

  it('slows but never refuses an IP without failures for an address attacked from many IPs', () => {
    const t = new LoginThrottle({ perAddress: 20, slowMs: 500 }, () => 0);
    for (let i = 0; i < 100; i++) t.begin('victim@x.se', `attacker-${i}`);
    const own = t.begin('victim@x.se', 'the-victims-own-ip');
    expect(own).toMatchObject({ ok: true, delayMs: 500 });
    // An attacking IP that has failed once is held back from its next attempt.
    expect(t.begin('victim@x.se', 'attacker-1').ok).toBe(false);
  });

  it('keeps memory bounded', () => {
    const t = new LoginThrottle({ maxEntries: 10 }, () => 0);
    for (let i = 0; i < 1000; i++) t.begin(`u${i}@x.se`, `ip${i}`);
    expect((t as unknown as { pairs: Map<string, unknown> }).pairs.size).toBeLessThanOrEqual(10);
  });
});
