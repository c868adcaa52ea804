import { describe, expect, it } from 'vitest';
import { gapThreshold, linear, seriesPath, valueExtent } from './series-path';

describe('series path', () => {
  const x = linear(0, 100, 0, 200);
  const y = linear(0, 10, 100, 0);

  it('maps linearly', () => {
    expect(x(50)).toBe(100);
    expect(y(10)).toBe(0);
    expect(linear(5, 5, 0, 10)(123)).toBe(5);
  });

  it('draws lines and breaks on gaps and NaN', () => {
    expect(seriesPath([[0, 0], [10, 5], [20, 10]], x, y)).toBe('M0,100L20,50L40,0');
    expect(seriesPath([[0, 0], [10, 5], [60, 5]], x, y, 30)).toBe('M0,100L20,50M120,50');
    expect(seriesPath([[0, 0], [10, NaN], [20, 1]], x, y)).toBe('M0,100M40,90');
    expect(seriesPath([], x, y)).toBe('');
  });

  it('computes the visible extent, padding flat series', () => {
    const s = [{ id: 'a', points: [[0, 2], [1, 8]] as [number, number][] }, { id: 'b', points: [[0, 100]] as [number, number][] }];
    expect(valueExtent(s, new Set())).toEqual([2, 100]);
    expect(valueExtent(s, new Set(['b']))).toEqual([2, 8]);
    expect(valueExtent([{ id: 'c', points: [[0, 5]] }], new Set())).toEqual([4.5, 5.5]);
    expect(valueExtent([], new Set())).toEqual([0, 1]);
  });

  it('derives the gap threshold from the sample spacing', () => {
    expect(gapThreshold([[0, 1], [15, 1], [30, 1]], 5)).toBe(45);
    expect(gapThreshold([[0, 1], [15, 1]], 100)).toBe(300);
    expect(gapThreshold([[0, 1]], 5)).toBe(Infinity);
  });
});
