import type { Series } from '@/lib/queries/types';
import { downsampleMinMax, type Point } from './downsample';
import { seriesColor } from './geometry';
import { formatLegend } from './legend';
import { gapThreshold } from './series-path';

export interface PreparedSeries {
  /** Stable across refreshes: the series' identity is its label set. */
  id: string;
  name: string;
  color: string;
  labels: Readonly<Record<string, string>>;
  /** Downsampled to the plot width; used for both the line and the tooltip. */
  points: readonly Point[];
  /** Time steps longer than this are drawn as gaps (missing samples). */
  gapMs: number;
}

/**
 * Names, colours and downsamples series for drawing: one min/max bucket per 2 px, so at most about one point per
 * pixel of plot width, and spikes stay visible.
 */
export function prepareSeries(
  series: readonly Series[],
  startMs: number,
  endMs: number,
  plotWidthPx: number,
  legendFormat?: string,
): PreparedSeries[] {
  const buckets = Math.max(25, Math.floor(plotWidthPx / 2));
  const bucketMs = (endMs - startMs) / buckets;
  return series.map((s, i) => ({
    id: labelsId(s.labels),
    name: formatLegend(s.labels, legendFormat),
    color: seriesColor(i),
    labels: s.labels,
    points: downsampleMinMax(s.points, startMs, endMs, buckets),
    gapMs: gapThreshold(s.points, bucketMs),
  }));
}

function labelsId(labels: Record<string, string>): string {
  return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}
