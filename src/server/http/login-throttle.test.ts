import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('refuses an address after too many failures, until the window has passed', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfter('A@x.se')).toBe(0);
      throttle.recordFailure('a@x.se');
      now += 100;
    }
    expect(throttle.retryAfter('a@X.se')).toBe(700);
    expect(throttle.retryAfter('other@x.se')).toBe(0);
    now = 1001;
    expect(throttle.retryAfter('a@x.se')).toBe(0);
  });
  it('forgets failures after a successful sign-in', () => {
    const throttle = new LoginThrottle(1, 1000, () => 0);
    throttle.recordFailure('a@x.se');
    expect(throttle.retryAfter('a@x.se')).toBeGreaterThan(0);
    throttle.recordSuccess('a@x.se');
    expect(throttle.retryAfter('a@x.se')).toBe(0);
  });
});
