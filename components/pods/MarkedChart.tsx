'use client';

import { useRef } from 'react';
import { TimeSeriesChart, type TimeSeriesChartProps } from '@/components/charts/TimeSeriesChart';
import { timeToPixel } from '@/components/charts/geometry';
import { CHART_MARGIN, Y_AXIS_WIDTH } from '@/components/charts/time-axes';
import { useElementWidth } from '@/components/ui/use-element-width';
import type { Marker } from '@/lib/k8s/markers';
import { formatLocalTimestamp } from '@/lib/time/format';

/**
 * A time-series chart with event markers drawn over its plot at their times (restarts, OOM kills, Warning events),
 * using the chart's own plot geometry so a marker sits exactly where the series shows the effect.
 */
export function MarkedChart({ markers, ...chart }: TimeSeriesChartProps & { markers: Marker[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const box = { left: CHART_MARGIN.left + Y_AXIS_WIDTH, width: width - CHART_MARGIN.left - Y_AXIS_WIDTH - CHART_MARGIN.right };
  const height = chart.height ?? 280;
  const shown = width > 0 ? markers.filter((m) => m.atMs >= chart.startMs && m.atMs <= chart.endMs) : [];
  return (
    <div className="marked-chart" ref={ref} data-testid={`${chart.testId ?? 'chart'}-wrap`}>
      <TimeSeriesChart {...chart} />
      {shown.map((m) => (
        <span
          key={`${m.kind}-${m.atMs}-${m.container ?? ''}`}
          className="marked-chart__marker"
          data-testid="chart-marker"
          data-kind={m.kind}
          data-at={new Date(m.atMs).toISOString()}
          title={`${formatLocalTimestamp(m.atMs)} ${m.label}`}
          style={{ left: timeToPixel(m.atMs, box, chart.startMs, chart.endMs), top: CHART_MARGIN.top, height: height - CHART_MARGIN.top - 24 }}
        />
      ))}
    </div>
  );
}
