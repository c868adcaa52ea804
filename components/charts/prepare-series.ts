import type { Series } from '@/lib/queries/types';
import { downsampleMinMax, type Point } from './downsample';
import { seriesColor } from './geometry';
import { formatLegend } from './legend';

export interface PreparedSeries {
  /** Stable across refreshes: the series' identity is its label set. */
  id: string;
  name: string;
  color: string;
  /** Downsampled to the plot width; used for both the line and the tooltip. */
  points: readonly Point[];
  /** The same points as objects, the shape recharts reads. */
  data: { t: number; v: number }[];
}

/**
 * Names, colours and downsamples series for drawing: one min/max bucket per 2 px, so at most one point per pixel of
 * plot width (spikes stay visible; recharts' per-point work is what limits 50 × 11k-point charts).
 */
export function prepareSeries(
  series: readonly Series[],
  startMs: number,
  endMs: number,
  plotWidthPx: number,
  legendFormat?: string,
): PreparedSeries[] {
  const buckets = Math.max(25, Math.floor(plotWidthPx / 2));
  return series.map((s, i) => {
    const points = downsampleMinMax(s.points, startMs, endMs, buckets);
    return {
      id: labelsId(s.labels),
      name: formatLegend(s.labels, legendFormat),
      color: seriesColor(i),
      points,
      data: points.filter((p) => Number.isFinite(p[1])).map(([t, v]) => ({ t, v })),
    };
  });
}

function labelsId(labels: Record<string, string>): string {
  return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}
