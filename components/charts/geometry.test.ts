import { describe, expect, it } from 'vitest';
import { dragToRange, nearestIndex, pixelToTime, timeToPixel } from './geometry';

const box = { left: 60, width: 400 };

describe('geometry', () => {
  it('maps pixels to times and back, clamping outside the plot', () => {
    expect(pixelToTime(60, box, 1000, 5000)).toBe(1000);
    expect(pixelToTime(260, box, 1000, 5000)).toBe(3000);
    expect(pixelToTime(0, box, 1000, 5000)).toBe(1000);
    expect(pixelToTime(900, box, 1000, 5000)).toBe(5000);
    expect(timeToPixel(3000, box, 1000, 5000)).toBe(260);
  });

  it('finds the nearest point', () => {
    const pts: [number, number][] = [[0, 1], [10, 2], [20, 3]];
    expect(nearestIndex(pts, -5)).toBe(0);
    expect(nearestIndex(pts, 4)).toBe(0);
    expect(nearestIndex(pts, 6)).toBe(1);
    expect(nearestIndex(pts, 99)).toBe(2);
    expect(nearestIndex([], 1)).toBe(-1);
  });

  it('turns a drag into a zoom range in either direction', () => {
    expect(dragToRange(160, 60, box, 0, 400_000)).toEqual({ startMs: 0, endMs: 100_000 });
    expect(dragToRange(100, 102, box, 0, 400_000)).toBeNull();
  });
});
