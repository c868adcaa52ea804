import type { Point } from '@/lib/datasources/types';
import type { Linear } from '@/components/charts/series-path';

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A filled area under (or between) a series, as one path: each unbroken run of finite points becomes one closed
 * sub-path along the top and back along `base` (per-point values, for stacks) or the constant `baseline`.
 * A time step longer than `gapMs` breaks the run, like the line does.
 */
export function areaPath(
  points: readonly Point[],
  x: Linear,
  y: Linear,
  base: readonly number[] | number,
  gapMs = Infinity,
): string {
  let d = '';
  let runStart = -1;
  const close = (end: number) => {
    if (runStart < 0) return;
    for (let j = end; j >= runStart; j--) {
      const b = typeof base === 'number' ? base : base[j]!;
      d += `L${r1(x(points[j]![0]))},${r1(y(b))}`;
    }
    d += 'Z';
    runStart = -1;
  };
  for (let i = 0; i < points.length; i++) {
    const [t, v] = points[i]!;
    if (!Number.isFinite(v)) {
      close(i - 1);
      continue;
    }
    if (runStart >= 0 && t - points[i - 1]![0] > gapMs) close(i - 1);
    d += `${runStart < 0 ? 'M' : 'L'}${r1(x(t))},${r1(y(v))}`;
    if (runStart < 0) runStart = i;
  }
  close(points.length - 1);
  return d;
}

/** One rectangle per finite point, `widthPx` wide and centred on its time, from the base up to the value. */
export function barsPath(points: readonly Point[], x: Linear, y: Linear, base: readonly number[] | number, widthPx: number): string {
  const half = Math.max(0.5, widthPx / 2);
  let d = '';
  for (let i = 0; i < points.length; i++) {
    const [t, v] = points[i]!;
    if (!Number.isFinite(v)) continue;
    const cx = x(t);
    const y0 = r1(y(typeof base === 'number' ? base : base[i]!));
    d += `M${r1(cx - half)},${y0}V${r1(y(v))}H${r1(cx + half)}V${y0}Z`;
  }
  return d;
}

/** A dot per finite point, drawn as two arcs so that all dots of a series are one path element. */
export function pointsPath(points: readonly Point[], x: Linear, y: Linear, radius = 2): string {
  let d = '';
  for (const [t, v] of points) {
    if (!Number.isFinite(v)) continue;
    d += `M${r1(x(t) - radius)},${r1(y(v))}a${radius},${radius} 0 1,0 ${radius * 2},0a${radius},${radius} 0 1,0 ${-radius * 2},0`;
  }
  return d;
}

/** Bar width: 70% of the narrowest spacing between consecutive points, in pixels, within [1, 48]. */
export function barWidth(points: readonly Point[], x: Linear): number {
  let step = Infinity;
  for (let i = 1; i < points.length; i++) {
    const d = Math.abs(x(points[i]![0]) - x(points[i - 1]![0]));
    if (d > 0 && d < step) step = d;
  }
  return Number.isFinite(step) ? Math.min(48, Math.max(1, step * 0.7)) : 8;
}

/** A point on a circle; angles in degrees, 0 pointing up, clockwise. */
export function polar(cx: number, cy: number, r: number, deg: number): [number, number] {
  const rad = ((deg - 90) * Math.PI) / 180;
  return [cx + r * Math.cos(rad), cy + r * Math.sin(rad)];
}

/** An SVG arc stroke path from `fromDeg` to `toDeg` (clockwise, 0 = up). */
export function arcPath(cx: number, cy: number, r: number, fromDeg: number, toDeg: number): string {
  const [x0, y0] = polar(cx, cy, r, fromDeg);
  const [x1, y1] = polar(cx, cy, r, toDeg);
  const large = toDeg - fromDeg > 180 ? 1 : 0;
  return `M${r1(x0)},${r1(y0)}A${r},${r} 0 ${large} 1 ${r1(x1)},${r1(y1)}`;
}
