import { describe, expect, it } from 'vitest';
import type { LogEntry } from '@/lib/queries/types';
import { nearestEntryIndex } from './nearest-entry';

const at = (...ms: number[]): LogEntry[] => ms.map((t) => ({ tsNs: `${t}000000`, line: `l${t}`, labels: {} }));

describe('nearestEntryIndex', () => {
  it('finds the nearest line oldest first and newest first', () => {
    const up = at(1000, 2000, 3000, 4000);
    expect(nearestEntryIndex(up, 2400)).toBe(1);
    expect(nearestEntryIndex(up, 2600)).toBe(2);
    expect(nearestEntryIndex(up, 0)).toBe(0);
    expect(nearestEntryIndex(up, 9000)).toBe(3);
    const down = at(4000, 3000, 2000, 1000);
    expect(nearestEntryIndex(down, 2400)).toBe(2);
    expect(nearestEntryIndex(down, 2600)).toBe(1);
    expect(nearestEntryIndex(down, 0)).toBe(3);
    expect(nearestEntryIndex(down, 9000)).toBe(0);
  });

  it('agrees with a linear scan on equal timestamps and random lists', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const times = Array.from({ length: 1 + rand(40) }, () => 1000 + rand(500)).sort((a, b) => a - b);
      const list = round % 2 ? at(...times) : at(...times.reverse());
      const t = 900 + rand(700);
      const best = Math.min(...list.map((e) => Math.abs(Number(e.tsNs) / 1e6 - t)));
      const i = nearestEntryIndex(list, t);
      expect(Math.abs(Number(list[i]!.tsNs) / 1e6 - t)).toBe(best);
    }
  });

  it('is -1 for no lines', () => {
    expect(nearestEntryIndex([], 5)).toBe(-1);
  });
});
