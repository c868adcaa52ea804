/**
 * Capping the number of series a panel draws: keep the top N by a statistic, so that a query returning thousands of
 * series stays drawable and the UI can say "showing N of M". Pure.
 */
import type { Point } from '@/components/charts/downsample';

export type CapStat = 'max' | 'mean' | 'last';

export interface CappedSeries<S> {
  /** The kept series, in their original order (so colours and legend order stay stable). */
  shown: S[];
  total: number;
}

/** A series' statistic over its finite values; -Infinity when it has none (such series rank last). */
export function seriesStat(points: readonly Point[], stat: CapStat): number {
  let max = -Infinity;
  let sum = 0;
  let count = 0;
  let last = -Infinity;
  for (const [, v] of points) {
    if (!Number.isFinite(v)) continue;
    if (v > max) max = v;
    sum += v;
    count++;
    last = v;
  }
  if (!count) return -Infinity;
  return stat === 'max' ? max : stat === 'mean' ? sum / count : last;
}

/** Keeps the `limit` series ranking highest by `stat`; ties keep the earlier series. */
export function capSeries<S extends { points: readonly Point[] }>(series: readonly S[], limit: number, stat: CapStat = 'max'): CappedSeries<S> {
  const total = series.length;
  const n = Math.max(0, Math.floor(limit));
  if (total <= n) return { shown: [...series], total };
  const ranked = series
    .map((s, i) => ({ i, score: seriesStat(s.points, stat) }))
    .sort((a, b) => (b.score === a.score ? a.i - b.i : b.score > a.score ? 1 : -1))
    .slice(0, n)
    .map((r) => r.i)
    .sort((a, b) => a - b);
  return { shown: ranked.map((i) => series[i]!), total };
}
