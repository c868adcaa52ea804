import { describe, expect, it } from 'vitest';
import type { Point } from '@/components/charts/downsample';
import { capSeries, seriesStat } from './series-cap';

const s = (id: string, ...ys: number[]) => ({ id, points: ys.map((y, i) => [i, y] as Point) });

describe('capSeries', () => {
  const all = [s('a', 1, 9, 1), s('b', 5, 5, 5), s('c', 0, 0, 8), s('d', NaN), s('e', 2, 2, 2)];

  it('keeps the top N by the stat, in original order, and says how many there were', () => {
    expect(capSeries(all, 2, 'max')).toEqual({ shown: [all[0], all[2]], total: 5 });
    expect(capSeries(all, 2, 'mean').shown.map((x) => x.id)).toEqual(['a', 'b']);
    expect(capSeries(all, 2, 'last').shown.map((x) => x.id)).toEqual(['b', 'c']);
  });

  it('ranks series without values last and breaks ties by position', () => {
    expect(capSeries(all, 4, 'max').shown.map((x) => x.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(capSeries([s('x', 1), s('y', 1)], 1).shown.map((x) => x.id)).toEqual(['x']);
  });

  it('returns everything when under the limit', () => {
    expect(capSeries(all, 10)).toEqual({ shown: all, total: 5 });
    expect(capSeries(all, 0)).toEqual({ shown: [], total: 5 });
  });

  it('computes stats over finite values', () => {
    expect(seriesStat(s('', 1, NaN, 3).points, 'mean')).toBe(2);
    expect(seriesStat(s('', 1, 3, Infinity).points, 'last')).toBe(3);
    expect(seriesStat([], 'max')).toBe(-Infinity);
  });
});
