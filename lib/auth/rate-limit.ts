/**
 * Failed-login limiter: at most `max` failures per key within `windowMs`; the next attempt is refused until the
 * oldest failure leaves the window. In memory (per process): enough for one replica; several replicas each
 * enforce their own limit. The number of keys is bounded so a flood of distinct names cannot exhaust memory.
 */
export interface RateLimiter {
  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now?: number): number;
  fail(key: string, now?: number): void;
  reset(key: string): void;
}

export function createRateLimiter({ max = 5, windowMs = 15 * 60_000, maxKeys = 10_000 } = {}): RateLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => {
    const list = failures.get(key);
    if (!list) return [];
    const kept = list.filter((t) => t > now - windowMs);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  return {
    retryAfter(key, now = Date.now()) {
      const list = recent(key, now);
      if (list.length < max) return 0;
      return Math.max(1, Math.ceil((list[list.length - max] + windowMs - now) / 1000));
    },
    fail(key, now = Date.now()) {
      const list = recent(key, now);
      list.push(now);
      failures.delete(key);
      failures.set(key, list.slice(-max));
      // Evict the least recently failed keys (Map keeps insertion order; a failing key was just re-inserted).
      while (failures.size > maxKeys) failures.delete(failures.keys().next().value!);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
