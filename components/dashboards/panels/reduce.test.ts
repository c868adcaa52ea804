import { describe, expect, it } from 'vitest';
import type { Point } from '@/lib/datasources/types';
import { reduce, reduceAll } from './reduce';

const pts = (...vs: number[]): Point[] => vs.map((v, i) => [i * 1000, v]);

describe('reduce', () => {
  it('computes each reducer', () => {
    const p = pts(1, 5, 3);
    expect(reduceAll(p, ['last', 'mean', 'max', 'min', 'sum'])).toEqual({ last: 3, mean: 3, max: 5, min: 1, sum: 9 });
  });

  it('ignores NaN and infinities', () => {
    const p = pts(2, NaN, 4, Infinity, NaN);
    expect(reduce(p, 'last')).toBe(4);
    expect(reduce(p, 'mean')).toBe(3);
    expect(reduce(p, 'max')).toBe(4);
    expect(reduce(p, 'min')).toBe(2);
    expect(reduce(p, 'sum')).toBe(6);
  });

  it('gives NaN when there is nothing to reduce', () => {
    for (const r of ['last', 'mean', 'max', 'min', 'sum'] as const) {
      expect(reduce([], r)).toBeNaN();
      expect(reduce(pts(NaN), r)).toBeNaN();
    }
  });
});
