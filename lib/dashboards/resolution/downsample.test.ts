import { describe, expect, it } from 'vitest';
import type { Point } from '@/components/charts/downsample';
import { downsampleForWidth, pickMethod } from './downsample';

const withSpike = (n: number): Point[] => {
  const pts: Point[] = Array.from({ length: n }, (_, i) => [i * 1000, Math.sin(i / 50)]);
  pts[Math.floor(n * 0.37)] = [Math.floor(n * 0.37) * 1000, 100];
  return pts;
};

describe('downsampleForWidth', () => {
  it('picks the method by points per budgeted point', () => {
    expect(pickMethod(500, 500)).toBe('none');
    expect(pickMethod(1500, 500)).toBe('lttb');
    expect(pickMethod(10_000, 500)).toBe('minmax');
  });

  it('keeps a spike in 10k points drawn at 500 points, with every method', () => {
    const pts = withSpike(10_000);
    const spike = pts[3700]!;
    for (const method of ['auto', 'lttb', 'minmax'] as const) {
      const out = downsampleForWidth(pts, { startMs: 0, endMs: 10_000_000, widthPx: 500, method });
      expect(out.length, method).toBeLessThanOrEqual(500);
      expect(out, method).toContainEqual(spike);
    }
  });

  it('leaves series within budget alone and honours points per pixel', () => {
    const pts = withSpike(800);
    expect(downsampleForWidth(pts, { startMs: 0, endMs: 800_000, widthPx: 1000 })).toBe(pts);
    expect(downsampleForWidth(pts, { startMs: 0, endMs: 800_000, widthPx: 300, pointsPerPx: 2 })).toHaveLength(600);
    expect(downsampleForWidth(pts, { startMs: 0, endMs: 800_000, widthPx: 300, method: 'none' })).toBe(pts);
  });
});
