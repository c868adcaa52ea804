import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '@/components/charts/downsample';
import { lttb } from './lttb';

const flat = (n: number): Point[] => Array.from({ length: n }, (_, i) => [i * 1000, 1]);

describe('lttb', () => {
  it('returns small series unchanged', () => {
    const pts = flat(100);
    expect(lttb(pts, 100)).toBe(pts);
  });

  it('keeps a spike and a dip in 10k points reduced to 500', () => {
    const pts = flat(10_000);
    pts[4321] = [4_321_000, 999];
    pts[8765] = [8_765_000, -50];
    const out = lttb(pts, 500);
    expect(out).toHaveLength(500);
    expect(out).toContainEqual([4_321_000, 999]);
    expect(out).toContainEqual([8_765_000, -50]);
  });

  it('keeps first and last, in time order, within the budget', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 3, maxLength: 2000 }), fc.integer({ min: 3, max: 600 }), (ys, n) => {
        const pts: Point[] = ys.map((y, i) => [i, y]);
        const out = lttb(pts, n);
        expect(out.length).toBe(Math.min(n, pts.length));
        expect(out[0]).toBe(pts[0]);
        expect(out[out.length - 1]).toBe(pts[pts.length - 1]);
        for (let i = 1; i < out.length; i++) expect(out[i]![0]).toBeGreaterThan(out[i - 1]![0]);
      }),
    );
  });

  it('drops non-finite values and handles tiny budgets', () => {
    const pts: Point[] = [[0, 1], [1, NaN], [2, 3], [3, Infinity], [4, 5]];
    expect(lttb(pts, 3)).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(lttb(flat(10), 2)).toEqual([[0, 1], [9000, 1]]);
    expect(lttb(flat(10), 1)).toEqual([[0, 1]]);
    expect(lttb(flat(10), 0)).toEqual([]);
  });
});
