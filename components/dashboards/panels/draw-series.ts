import { downsampleMinMax } from '@/components/charts/downsample';
import { gapThreshold } from '@/components/charts/series-path';
import type { Point } from '@/lib/datasources/types';
import type { DisplaySeries } from './display-series';
import { downsampleIndices, stackSeries, type StackMode } from './stacking';

/** What the plot draws for one visible series: downsampled to the plot width, stacked when asked. */
export interface DrawSeries {
  id: string;
  color: string;
  points: readonly Point[];
  /** Per-point bottom of the area or bar (stacks); absent: from the baseline. */
  base?: readonly number[];
  /** Time steps longer than this are gaps. */
  gapMs: number;
}

/**
 * Prepares the visible series for drawing: one min/max bucket per 2 px (at most about one point per pixel, spikes
 * kept), stacked first when stacking is on (on the raw points, so series share timestamps, then downsampled by
 * index so each base stays under its top). Cost is linear in the points: 20 × 1,000 points take well under a
 * millisecond or two.
 */
export function drawSeries(
  series: readonly DisplaySeries[],
  hidden: ReadonlySet<string>,
  stacking: StackMode,
  startMs: number,
  endMs: number,
  plotWidthPx: number,
): DrawSeries[] {
  const visible = series.filter((s) => !hidden.has(s.id));
  const buckets = Math.max(25, Math.floor(plotWidthPx / 2));
  const bucketMs = (endMs - startMs) / buckets;
  if (stacking === 'none') {
    return visible.map((s) => ({
      id: s.id,
      color: s.color,
      points: downsampleMinMax(s.points, startMs, endMs, buckets),
      gapMs: gapThreshold(s.points, bucketMs),
    }));
  }
  const stacked = stackSeries(
    visible.map((s) => s.points),
    stacking,
  );
  return visible.map((s, i) => {
    const { top, base } = stacked[i]!;
    const keep = downsampleIndices(top, startMs, endMs, buckets);
    return {
      id: s.id,
      color: s.color,
      points: keep ? keep.map((k) => top[k]!) : top,
      base: keep ? keep.map((k) => base[k]!) : base,
      gapMs: gapThreshold(s.points, bucketMs),
    };
  });
}

/**
 * The value range to show: the drawn values (stack bases included), with 0 when areas or bars start from it,
 * padded when flat; configured min/max override either end.
 */
export function drawExtent(
  drawn: readonly DrawSeries[],
  opts: { includeZero: boolean; min?: number; max?: number },
): [number, number] {
  let lo = opts.includeZero ? 0 : Infinity;
  let hi = opts.includeZero ? 0 : -Infinity;
  for (const s of drawn) {
    for (const p of s.points) {
      const v = p[1];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (s.base) for (const b of s.base) if (Number.isFinite(b)) (lo = Math.min(lo, b)), (hi = Math.max(hi, b));
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    [lo, hi] = [lo - pad, hi + pad];
  }
  lo = opts.min ?? lo;
  hi = opts.max ?? hi;
  if (hi <= lo) hi = lo + 1;
  return [lo, hi];
}
