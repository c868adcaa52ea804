import { describe, expect, it } from 'vitest';
import { assignRowSlots } from './row-slots';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

describe('assignRowSlots', () => {
  it('numbers a first range from 0', () => {
    expect([...assignRowSlots(new Map(), range(10, 14))]).toEqual([
      [10, 0],
      [11, 1],
      [12, 2],
      [13, 3],
    ]);
  });

  it('keeps the slots of rows still in view and hands freed slots to rows scrolling in', () => {
    const a = assignRowSlots(new Map(), range(0, 5));
    const b = assignRowSlots(a, range(2, 7));
    expect(b.get(2)).toBe(2);
    expect(b.get(4)).toBe(4);
    expect([b.get(5), b.get(6)]).toEqual([0, 1]);
  });

  it('reuses every slot after a jump past the whole range', () => {
    const a = assignRowSlots(new Map(), range(0, 40));
    const b = assignRowSlots(a, range(5000, 5040));
    expect(new Set(b.values())).toEqual(new Set(range(0, 40)));
  });

  it('never gives two rows one slot, whatever the sequence of ranges', () => {
    let slots = new Map<number, number>();
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let step = 0; step < 500; step++) {
      const start = rand(1000);
      const indices = range(start, start + 1 + rand(60));
      slots = assignRowSlots(slots, indices);
      expect(slots.size).toBe(indices.length);
      expect(new Set(slots.values()).size).toBe(indices.length);
      expect(Math.max(...slots.values())).toBeLessThan(60);
    }
  });
});
