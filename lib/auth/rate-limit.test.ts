import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

const MIN = 60_000;

describe('login rate limiter', () => {
  it('allows 5 failures in 15 minutes, then refuses until the oldest leaves the window', () => {
    const rl = createRateLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(rl.retryAfter('alice', t0 + i * MIN)).toBe(0);
      rl.fail('alice', t0 + i * MIN);
    }
    expect(rl.retryAfter('alice', t0 + 5 * MIN)).toBe(10 * 60);
    expect(rl.retryAfter('bob', t0 + 5 * MIN)).toBe(0);
    expect(rl.retryAfter('alice', t0 + 15 * MIN - 1)).toBe(1);
    expect(rl.retryAfter('alice', t0 + 15 * MIN)).toBe(0);
  });

  it('forgets a key on reset (successful sign-in)', () => {
    const rl = createRateLimiter({ max: 2 });
    rl.fail('k', 0);
    rl.fail('k', 1);
    expect(rl.retryAfter('k', 2)).toBeGreaterThan(0);
    rl.reset('k');
    expect(rl.retryAfter('k', 2)).toBe(0);
  });

  it('keeps a bounded number of keys, evicting the least recently failed', () => {
    const rl = createRateLimiter({ max: 1, maxKeys: 3 });
    for (const k of ['a', 'b', 'c', 'd']) rl.fail(k, 0);
    expect(rl.retryAfter('a', 1)).toBe(0);
    expect(['b', 'c', 'd'].map((k) => rl.retryAfter(k, 1) > 0)).toEqual([true, true, true]);
  });
});
