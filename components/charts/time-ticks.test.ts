import { describe, expect, it } from 'vitest';
import { timeTicks } from './time-ticks';

describe('timeTicks', () => {
  it('picks round intervals within the budget', () => {
    const start = Date.UTC(2026, 10, 21, 22, 49, 5);
    const ticks = timeTicks(start, start + 3_600_000, 8, 0);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]).toBe(Date.UTC(2026, 10, 21, 22, 50));
    expect(ticks[1]! - ticks[0]!).toBe(10 * 60_000);
  });

  it('aligns day ticks on local midnight', () => {
    const start = Date.UTC(2026, 10, 14, 0, 0);
    // UTC+2 has getTimezoneOffset() = -120: local midnight is 22:00 UTC.
    const ticks = timeTicks(start, start + 7 * 86_400_000, 8, -120);
    expect(new Date(ticks[0]!).getUTCHours()).toBe(22);
  });

  it('returns nothing for an empty span', () => {
    expect(timeTicks(5, 5, 10, 0)).toEqual([]);
  });
});
