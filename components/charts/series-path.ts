import type { Point } from './downsample';

export type Linear = (v: number) => number;

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps everything to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): Linear {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/**
 * SVG path data for one series. A time step longer than `gapMs` starts a new sub-path, so missing data shows as a
 * gap rather than a straight line across it. Non-finite values also break the line.
 */
export function seriesPath(points: readonly Point[], x: Linear, y: Linear, gapMs = Infinity): string {
  let d = '';
  let prevT = -Infinity;
  let pen = false;
  for (const [t, v] of points) {
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    const cmd = pen && t - prevT <= gapMs ? 'L' : 'M';
    d += `${cmd}${round(x(t))},${round(y(v))}`;
    pen = true;
    prevT = t;
  }
  return d;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Min and max of all visible values, padded when flat so that a constant series sits mid-chart. */
export function valueExtent(series: readonly { id: string; points: readonly Point[] }[], hidden: ReadonlySet<string>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    if (hidden.has(s.id)) continue;
    for (const p of s.points) {
      const v = p[1];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return [min - pad, max + pad];
  }
  return [min, max];
}

/** The spacing that counts as "missing data": three times the series' own sample spacing (or the bucket width). */
export function gapThreshold(points: readonly Point[], minSpacingMs: number): number {
  let step = Infinity;
  for (let i = 1; i < Math.min(points.length, 64); i++) {
    const d = points[i]![0] - points[i - 1]![0];
    if (d > 0 && d < step) step = d;
  }
  return Number.isFinite(step) ? 3 * Math.max(step, minSpacingMs) : Infinity;
}
