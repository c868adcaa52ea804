import { describe, expect, it } from 'vitest';
import { linear } from '@/components/charts/series-path';
import { arcPath, areaPath, barsPath, barWidth, pointsPath, polar } from './shape-paths';

const x = linear(0, 10, 0, 100);
const y = linear(0, 10, 100, 0);

describe('areaPath', () => {
  it('closes each run along the baseline', () => {
    expect(areaPath([[0, 5], [10, 5]], x, y, 0)).toBe('M0,50L100,50L100,100L0,100Z');
  });

  it('follows per-point bases for stacks and breaks on NaN and gaps', () => {
    expect(areaPath([[0, 5], [1, NaN], [2, 6]], x, y, [1, 1, 2])).toBe('M0,50L0,90ZM20,40L20,80Z');
    expect(areaPath([[0, 5], [1, 5], [9, 5]], x, y, 0, 2)).toBe('M0,50L10,50L10,100L0,100ZM90,50L90,100Z');
  });
});

describe('barsPath and pointsPath', () => {
  it('draws one rectangle per finite point', () => {
    expect(barsPath([[5, 10], [6, NaN]], x, y, 0, 10)).toBe('M45,100V0H55V100Z');
    expect(barsPath([[5, 10]], x, y, [4], 10)).toBe('M45,60V0H55V60Z');
  });

  it('draws one dot per finite point', () => {
    expect(pointsPath([[5, 5], [6, NaN]], x, y, 2)).toBe('M48,50a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
  });

  it('sizes bars from the point spacing', () => {
    expect(barWidth([[0, 1], [1, 1], [3, 1]], x)).toBe(7);
    expect(barWidth([[0, 1]], x)).toBe(8);
  });
});

describe('arcs', () => {
  it('measures angles clockwise from the top', () => {
    const [px, py] = polar(0, 0, 10, 90);
    expect(px).toBeCloseTo(10);
    expect(py).toBeCloseTo(0);
    expect(arcPath(0, 0, 10, -90, 90)).toBe('M-10,0A10,10 0 0 1 10,0');
    expect(arcPath(0, 0, 10, -120, 120)).toMatch(/ 0 1 1 /);
  });
});
