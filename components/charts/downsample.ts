export type Point = [number, number];

/**
 * Min/max-per-bucket downsampling: splits [startMs, endMs] into `buckets` equal time buckets (about one per pixel)
 * and keeps, per bucket, the minimum and maximum points in time order. Spikes and dips survive, unlike averaging or
 * picking every nth point. Series already small enough come back unchanged (same array).
 * Non-finite values are kept as gaps' neighbours: they are dropped, since a line cannot be drawn through them.
 */
export function downsampleMinMax(points: readonly Point[], startMs: number, endMs: number, buckets: number): readonly Point[] {
  const n = Math.max(1, Math.floor(buckets));
  if (points.length <= n * 2 || endMs <= startMs) return points;
  const width = (endMs - startMs) / n;
  const out: Point[] = [];
  let bucket = -1;
  let min: Point | undefined;
  let max: Point | undefined;
  const flush = () => {
    if (!min || !max) return;
    if (min === max) out.push(min);
    else if (min[0] <= max[0]) out.push(min, max);
    else out.push(max, min);
  };
  for (const p of points) {
    if (!Number.isFinite(p[1])) continue;
    const b = Math.min(n - 1, Math.max(0, Math.floor((p[0] - startMs) / width)));
    if (b !== bucket) {
      flush();
      bucket = b;
      min = max = p;
    } else {
      if (p[1] < min![1]) min = p;
      if (p[1] > max![1]) max = p;
    }
  }
  flush();
  return out;
}
