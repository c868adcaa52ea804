import { describe, expect, it } from 'vitest';
import { downsampleIndices, stackSeries } from './stacking';
import type { Point } from '@/lib/datasources/types';

describe('stackSeries', () => {
  it('stacks on shared timestamps, first series at the bottom', () => {
    const [a, b] = stackSeries(
      [
        [[0, 1], [1, 2]],
        [[0, 3], [1, 4]],
      ],
      'normal',
    );
    expect(a).toEqual({ top: [[0, 1], [1, 2]], base: [0, 0] });
    expect(b).toEqual({ top: [[0, 4], [1, 6]], base: [1, 2] });
  });

  it('stacks negatives downwards apart from positives', () => {
    const [, , c] = stackSeries([[[0, 2]], [[0, -1]], [[0, -3]]], 'normal');
    expect(c).toEqual({ top: [[0, -4]], base: [-1] });
  });

  it('normalises to fractions of the total in percent mode', () => {
    const [a, b] = stackSeries([[[0, 1], [1, 0]], [[0, 3], [1, 0]]], 'percent');
    expect(a!.top).toEqual([[0, 0.25], [1, 0]]);
    expect(b!.top).toEqual([[0, 1], [1, 0]]);
    expect(b!.base).toEqual([0.25, 0]);
  });

  it('keeps missing values as gaps that add nothing', () => {
    const [a, b] = stackSeries([[[0, NaN], [1, 1]], [[0, 2], [1, 2]], ], 'normal');
    expect(a!.top[0]![1]).toBeNaN();
    expect(b!.top).toEqual([[0, 2], [1, 3]]);
  });

  it('stacks timestamps present in only one series on nothing', () => {
    const [, b] = stackSeries([[[0, 1]], [[0, 1], [5, 1]]], 'normal');
    expect(b!.top).toEqual([[0, 2], [5, 1]]);
  });
});

describe('downsampleIndices', () => {
  it('keeps everything when it fits', () => {
    expect(downsampleIndices([[0, 1], [1, 2]], 0, 2, 10)).toBeNull();
  });

  it('keeps the min and max index of each bucket, in order', () => {
    const pts: Point[] = Array.from({ length: 100 }, (_, i) => [i, i === 42 ? 1000 : i === 43 ? -1000 : 0]);
    const idx = downsampleIndices(pts, 0, 100, 10)!;
    expect(idx).toContain(42);
    expect(idx).toContain(43);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(idx.length).toBeLessThanOrEqual(20);
  });
});
