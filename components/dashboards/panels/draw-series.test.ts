import { describe, expect, it } from 'vitest';
import type { Point } from '@/lib/datasources/types';
import type { DisplaySeries } from './display-series';
import { drawExtent, drawSeries } from './draw-series';

const series = (id: string, points: Point[]): DisplaySeries => ({ id, name: id, color: '#fff', labels: {}, points, field: {} });
const ramp = (n: number, k = 1): Point[] => Array.from({ length: n }, (_, i) => [i * 1000, i * k]);

describe('drawSeries', () => {
  it('skips hidden series and downsamples to the plot width', () => {
    const out = drawSeries([series('a', ramp(1000)), series('b', ramp(10))], new Set(['b']), 'none', 0, 999_000, 200);
    expect(out.map((s) => s.id)).toEqual(['a']);
    expect(out[0]!.points.length).toBeLessThanOrEqual(200);
    expect(out[0]!.base).toBeUndefined();
  });

  it('stacks and keeps bases aligned with tops after downsampling', () => {
    const out = drawSeries([series('a', ramp(1000)), series('b', ramp(1000, 2))], new Set(), 'normal', 0, 999_000, 100);
    const b = out[1]!;
    expect(b.base!.length).toBe(b.points.length);
    b.points.forEach(([t, v], i) => expect(v - b.base![i]!).toBe((t / 1000) * 2));
  });

  it('is cheap for 20 series × 1,000 points', () => {
    const many = Array.from({ length: 20 }, (_, i) => series(String(i), ramp(1000, i)));
    const t0 = performance.now();
    for (let r = 0; r < 10; r++) drawSeries(many, new Set(), 'normal', 0, 999_000, 800);
    expect((performance.now() - t0) / 10).toBeLessThan(50);
  });
});

describe('drawExtent', () => {
  const d = (points: Point[], base?: number[]) => ({ id: 'x', color: '', points, base, gapMs: Infinity });

  it('spans the values, bases and optionally zero', () => {
    expect(drawExtent([d([[0, 5], [1, 9]])], { includeZero: false })).toEqual([5, 9]);
    expect(drawExtent([d([[0, 5], [1, 9]])], { includeZero: true })).toEqual([0, 9]);
    expect(drawExtent([d([[0, 5]], [-2])], { includeZero: false })).toEqual([-2, 5]);
  });

  it('pads flat data, ignores NaN and honours min/max', () => {
    expect(drawExtent([d([[0, 10], [1, NaN]])], { includeZero: false })).toEqual([9, 11]);
    expect(drawExtent([], { includeZero: false })).toEqual([0, 1]);
    expect(drawExtent([d([[0, 5], [1, 9]])], { includeZero: false, min: 0, max: 100 })).toEqual([0, 100]);
  });
});
