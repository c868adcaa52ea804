import type { Point } from '@/lib/datasources/types';

export type StackMode = 'none' | 'normal' | 'percent';

/** A series with, per point, the value its area or bar starts from (the sum of the series stacked below it). */
export interface Stacked {
  /** Stacked values: where the line is drawn. Non-finite input stays non-finite (a gap). */
  top: Point[];
  /** Same length as `top`. */
  base: number[];
}

/**
 * Stacks series on shared timestamps, in the given order (Grafana's: first series at the bottom). Positive and
 * negative values stack apart, so a negative series grows downwards from 0 instead of eating into the positives.
 * `percent` first divides each value by the sum of absolute values at its timestamp, giving 0–1 (format as
 * percentunit). Timestamps present in only some series stack on what is there: Prometheus range results share
 * the step grid, so in practice all are. Non-finite values add nothing.
 */
export function stackSeries(series: readonly (readonly Point[])[], mode: Exclude<StackMode, 'none'>): Stacked[] {
  let totals: Map<number, number> | undefined;
  if (mode === 'percent') {
    totals = new Map();
    for (const points of series)
      for (const [t, v] of points) if (Number.isFinite(v)) totals.set(t, (totals.get(t) ?? 0) + Math.abs(v));
  }
  const pos = new Map<number, number>();
  const neg = new Map<number, number>();
  return series.map((points) => {
    const top: Point[] = new Array(points.length);
    const base: number[] = new Array(points.length);
    for (let i = 0; i < points.length; i++) {
      const [t, raw] = points[i]!;
      const acc = raw < 0 ? neg : pos;
      const below = acc.get(t) ?? 0;
      base[i] = below;
      if (!Number.isFinite(raw)) {
        top[i] = [t, NaN];
        continue;
      }
      const total = totals?.get(t);
      const v = totals ? (total ? raw / total : 0) : raw;
      top[i] = [t, below + v];
      acc.set(t, below + v);
    }
    return { top, base };
  });
}

/**
 * Indices to keep when drawing `points` into `buckets` time buckets: per bucket, those of the minimum and the
 * maximum value, in time order (the same min/max rule as the chart's downsampler, but by index so that a
 * stacked series' base stays aligned with its top). Returns null when every point can be drawn.
 */
export function downsampleIndices(points: readonly Point[], startMs: number, endMs: number, buckets: number): number[] | null {
  const n = Math.max(1, Math.floor(buckets));
  if (points.length <= n * 2 || endMs <= startMs) return null;
  const width = (endMs - startMs) / n;
  const out: number[] = [];
  let bucket = -1;
  let lo = -1;
  let hi = -1;
  const flush = () => {
    if (lo < 0) return;
    if (lo === hi) out.push(lo);
    else out.push(Math.min(lo, hi), Math.max(lo, hi));
  };
  for (let i = 0; i < points.length; i++) {
    const [t, v] = points[i]!;
    if (!Number.isFinite(v)) continue;
    const b = Math.min(n - 1, Math.max(0, Math.floor((t - startMs) / width)));
    if (b !== bucket) {
      flush();
      bucket = b;
      lo = hi = i;
    } else {
      if (v < points[lo]![1]) lo = i;
      if (v > points[hi]![1]) hi = i;
    }
  }
  flush();
  return out;
}
