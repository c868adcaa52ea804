import { describe, expect, it } from 'vitest';
import type { Thresholds } from '@/lib/dashboards/model';
import { gaugeRange, thresholdColor, thresholdLines, thresholdSegments } from './thresholds';

const abs: Thresholds = {
  mode: 'absolute',
  steps: [
    { value: 80, color: 'red' },
    { value: null, color: 'green' },
    { value: 50, color: '#EAB839' },
  ],
};
const pct: Thresholds = { mode: 'percentage', steps: [{ value: null, color: 'green' }, { value: 75, color: 'red' }] };

describe('thresholdColor', () => {
  it('picks the highest step at or below the value, the null step being the base', () => {
    expect(thresholdColor(-5, abs, 0, 100)).toBe('#73BF69');
    expect(thresholdColor(49.9, abs, 0, 100)).toBe('#73BF69');
    expect(thresholdColor(50, abs, 0, 100)).toBe('#EAB839');
    expect(thresholdColor(80, abs, 0, 100)).toBe('#F2495C');
    expect(thresholdColor(1e9, abs, 0, 100)).toBe('#F2495C');
  });

  it('reads percentage steps against [min, max]', () => {
    expect(thresholdColor(0.7, pct, 0, 1)).toBe('#73BF69');
    expect(thresholdColor(0.75, pct, 0, 1)).toBe('#F2495C');
    expect(thresholdColor(150, pct, 100, 200)).toBe('#73BF69');
    expect(thresholdColor(180, pct, 100, 200)).toBe('#F2495C');
  });

  it('falls back for NaN, missing thresholds and empty steps; NaN takes the base colour when there is one', () => {
    expect(thresholdColor(NaN, abs, 0, 100)).toBe('#73BF69');
    expect(thresholdColor(1, undefined, 0, 100, 'X')).toBe('X');
    expect(thresholdColor(1, { mode: 'absolute', steps: [] }, 0, 100, 'X')).toBe('X');
  });

  it('gives values below every step the lowest colour when there is no base step', () => {
    expect(thresholdColor(1, { mode: 'absolute', steps: [{ value: 10, color: 'blue' }] }, 0, 100)).toBe('#5794F2');
  });
});

describe('thresholdSegments', () => {
  it('covers [min, max] with one segment per visible step', () => {
    expect(thresholdSegments(abs, 0, 100)).toEqual([
      { from: 0, to: 50, color: '#73BF69' },
      { from: 50, to: 80, color: '#EAB839' },
      { from: 80, to: 100, color: '#F2495C' },
    ]);
    expect(thresholdSegments(abs, 0, 60)).toEqual([
      { from: 0, to: 50, color: '#73BF69' },
      { from: 50, to: 60, color: '#EAB839' },
    ]);
    expect(thresholdSegments(pct, 0, 2)).toEqual([
      { from: 0, to: 1.5, color: '#73BF69' },
      { from: 1.5, to: 2, color: '#F2495C' },
    ]);
  });
});

describe('thresholdLines', () => {
  it('lists the non-base steps as absolute values', () => {
    expect(thresholdLines(abs, 0, 100).map((l) => l.value)).toEqual([50, 80]);
    expect(thresholdLines(pct, 0, 8).map((l) => l.value)).toEqual([6]);
  });
});

describe('gaugeRange', () => {
  it('uses configured bounds, natural percent ranges, or the data', () => {
    expect(gaugeRange([5], undefined, 0, 10)).toEqual([0, 10]);
    expect(gaugeRange([42], 'percent')).toEqual([0, 100]);
    expect(gaugeRange([0.4], 'percentunit')).toEqual([0, 1]);
    expect(gaugeRange([3, 7], 'bytes')).toEqual([0, 7]);
    expect(gaugeRange([-3, 7], 'short')).toEqual([-3, 7]);
    expect(gaugeRange([NaN], 'short')).toEqual([0, 100]);
    expect(gaugeRange([0], 'short')).toEqual([0, 100]);
  });
});
