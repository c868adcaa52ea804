import { memo } from 'react';
import { downsampleMinMax } from '@/components/charts/downsample';
import { linear, seriesPath } from '@/components/charts/series-path';
import type { Point } from '@/lib/datasources/types';
import { areaPath } from './shape-paths';

const W = 200;
const H = 40;

/** A tiny filled line of a series under a stat value; scales to its box (viewBox, no measuring). */
export const Sparkline = memo(function Sparkline({ points, color }: { points: readonly Point[]; color: string }) {
  if (points.length < 2) return null;
  const t0 = points[0]![0];
  const t1 = points[points.length - 1]![0];
  const pts = downsampleMinMax(points, t0, t1 + 1, W / 2);
  let lo = Infinity;
  let hi = -Infinity;
  for (const [, v] of pts) if (Number.isFinite(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  if (!Number.isFinite(lo)) return null;
  if (lo === hi) (lo -= 1), (hi += 1);
  const x = linear(t0, t1, 0, W);
  const y = linear(lo, hi, H - 1, 1);
  return (
    <svg className="panel-stat__sparkline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" data-testid="stat-sparkline" aria-hidden>
      <path d={areaPath(pts, x, y, lo)} fill={color} fillOpacity={0.15} />
      <path d={seriesPath(pts, x, y)} stroke={color} strokeWidth={1.5} fill="none" vectorEffect="non-scaling-stroke" />
    </svg>
  );
});
