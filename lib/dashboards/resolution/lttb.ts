/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013): keeps the first and last points and, per bucket, the point
 * forming the largest triangle with the previously kept point and the next bucket's average. A lone spike makes the
 * largest triangle of its bucket, so peaks survive while the line keeps its shape. Pure, O(n).
 */
import type { Point } from '@/components/charts/downsample';

/**
 * Reduces `points` (time-ordered) to at most `threshold` points. Non-finite values are dropped first (a line cannot
 * be drawn through them); series already small enough come back unchanged (same array).
 */
export function lttb(points: readonly Point[], threshold: number): readonly Point[] {
  const target = Math.floor(threshold);
  if (points.length <= target) return points;
  const data = points.every((p) => Number.isFinite(p[1])) ? points : points.filter((p) => Number.isFinite(p[1]));
  if (data.length <= target) return data;
  if (target < 3) return target <= 0 ? [] : target === 1 ? [data[0]!] : [data[0]!, data[data.length - 1]!];

  const out: Point[] = [data[0]!];
  const every = (data.length - 2) / (target - 2);
  let a = 0;
  for (let i = 0; i < target - 2; i++) {
    // Average of the next bucket: the third corner of the triangle.
    const nextStart = Math.floor((i + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, data.length);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += data[j]![0];
      avgY += data[j]![1];
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;

    const start = Math.floor(i * every) + 1;
    const end = Math.floor((i + 1) * every) + 1;
    const [ax, ay] = data[a]!;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((ax - avgX) * (data[j]![1] - ay) - (ax - data[j]![0]) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    out.push(data[best]!);
    a = best;
  }
  out.push(data[data.length - 1]!);
  return out;
}
