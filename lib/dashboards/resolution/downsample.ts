/**
 * Choosing how to thin a series before it reaches recharts, by its point budget (points per pixel of plot width).
 * Slightly over budget: LTTB, which keeps the line's shape and its peaks. Far over budget: min/max per bucket
 * (components/charts/downsample.ts), which keeps every bucket's extremes exactly and costs one pass. Pure.
 */
import { downsampleMinMax, type Point } from '@/components/charts/downsample';
import { lttb } from './lttb';

export type DownsampleMethod = 'auto' | 'lttb' | 'minmax' | 'none';

export interface DownsampleOptions {
  startMs: number;
  endMs: number;
  widthPx: number;
  /** Points per pixel to keep; 1 by default (more is invisible). */
  pointsPerPx?: number;
  method?: DownsampleMethod;
}

/** Above this many points per budgeted point, `auto` switches from LTTB to min/max buckets. */
export const MINMAX_RATIO = 4;

/** The method `auto` picks for `length` points and a budget of `budget` points. */
export function pickMethod(length: number, budget: number): Exclude<DownsampleMethod, 'auto'> {
  if (length <= budget) return 'none';
  return length > budget * MINMAX_RATIO ? 'minmax' : 'lttb';
}

/** The points to draw: at most `widthPx × pointsPerPx` (never fewer than 10), spikes kept. */
export function downsampleForWidth(points: readonly Point[], opts: DownsampleOptions): readonly Point[] {
  const budget = Math.max(10, Math.floor(opts.widthPx * (opts.pointsPerPx ?? 1)));
  const method = !opts.method || opts.method === 'auto' ? pickMethod(points.length, budget) : opts.method;
  switch (method) {
    case 'none':
      return points;
    case 'lttb':
      return lttb(points, budget);
    case 'minmax':
      // Two points (min and max) per bucket, so half as many buckets as budgeted points.
      return downsampleMinMax(points, opts.startMs, opts.endMs, Math.max(1, Math.floor(budget / 2)));
  }
}
