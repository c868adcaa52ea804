import { describe, expect, it } from 'vitest';
import { downsampleMinMax, type Point } from './downsample';

const wave = (n: number): Point[] => Array.from({ length: n }, (_, i) => [i * 1000, Math.sin(i / 10)]);

describe('downsampleMinMax', () => {
  it('returns small series unchanged', () => {
    const pts = wave(100);
    expect(downsampleMinMax(pts, 0, 100_000, 100)).toBe(pts);
  });

  it('caps output at two points per bucket, in time order', () => {
    const out = downsampleMinMax(wave(11_000), 0, 11_000_000, 500);
    expect(out.length).toBeLessThanOrEqual(1000);
    for (let i = 1; i < out.length; i++) expect(out[i]![0]).toBeGreaterThan(out[i - 1]![0]);
  });

  it('keeps a single-sample spike and dip', () => {
    const pts: Point[] = Array.from({ length: 10_000 }, (_, i) => [i, 1]);
    pts[4321] = [4321, 999];
    pts[7777] = [7777, -5];
    const out = downsampleMinMax(pts, 0, 10_000, 100);
    expect(out).toContainEqual([4321, 999]);
    expect(out).toContainEqual([7777, -5]);
    expect(Math.max(...out.map((p) => p[1]))).toBe(999);
  });

  it('drops non-finite values and clamps points outside the range into the edge buckets', () => {
    const pts: Point[] = Array.from({ length: 1000 }, (_, i) => [i - 10, i === 500 ? NaN : 0]);
    const out = downsampleMinMax(pts, 0, 980, 10);
    expect(out.every((p) => Number.isFinite(p[1]))).toBe(true);
    expect(out[0]![0]).toBe(-10);
  });

  it('is fast enough for 50 × 11k points', () => {
    const series = Array.from({ length: 50 }, () => wave(11_000));
    const t0 = performance.now();
    for (const s of series) downsampleMinMax(s, 0, 11_000_000, 1000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
