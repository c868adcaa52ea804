import type { Point } from './downsample';

/** Horizontal extent of the plot area inside the chart, in CSS pixels from the chart's left edge. */
export interface PlotBox {
  left: number;
  width: number;
}

/** Converts an x offset (pixels from the chart's left edge) to a time, clamped to the range. */
export function pixelToTime(x: number, box: PlotBox, startMs: number, endMs: number): number {
  if (box.width <= 0) return startMs;
  const f = Math.min(1, Math.max(0, (x - box.left) / box.width));
  return startMs + f * (endMs - startMs);
}

export function timeToPixel(t: number, box: PlotBox, startMs: number, endMs: number): number {
  if (endMs <= startMs) return box.left;
  return box.left + ((t - startMs) / (endMs - startMs)) * box.width;
}

/** Index of the point nearest in time to `t` (points sorted by time), or -1 for an empty list. */
export function nearestIndex(points: readonly Point[], t: number): number {
  if (points.length === 0) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]![0] < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(points[lo - 1]![0] - t) <= Math.abs(points[lo]![0] - t)) return lo - 1;
  return lo;
}

/** A drag shorter than this many pixels is a click, not a zoom. */
export const MIN_ZOOM_PX = 5;

/** The zoom a drag from x1 to x2 asks for, or null when the drag was too short to mean one. */
export function dragToRange(
  x1: number,
  x2: number,
  box: PlotBox,
  startMs: number,
  endMs: number,
): { startMs: number; endMs: number } | null {
  if (Math.abs(x2 - x1) < MIN_ZOOM_PX) return null;
  const a = pixelToTime(Math.min(x1, x2), box, startMs, endMs);
  const b = pixelToTime(Math.max(x1, x2), box, startMs, endMs);
  return b - a >= 1000 ? { startMs: Math.round(a), endMs: Math.round(b) } : null;
}

const PALETTE = [
  '#7eb26d', '#eab839', '#6ed0e0', '#ef843c', '#e24d42', '#1f78c1', '#ba43a9', '#705da0',
  '#508642', '#cca300', '#447ebc', '#c15c17', '#890f02', '#0a437c', '#6d1f62', '#584477',
];

export function seriesColor(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}
