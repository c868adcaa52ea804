'use client';

import { memo } from 'react';
import { PlotClip } from '@/components/charts/PlotClip';
import { LineChart, usePlotArea, useXAxisScale, useYAxisDomain, useYAxisScale } from 'recharts';
import { CHART_MARGIN, timeAxes } from '@/components/charts/time-axes';
import { linear, seriesPath, type Linear } from '@/components/charts/series-path';
import type { Thresholds } from '@/lib/dashboards/model';
import type { DrawSeries } from './draw-series';
import { areaPath, barsPath, barWidth, pointsPath } from './shape-paths';
import { thresholdLines, thresholdSegments } from './thresholds';

export type DrawStyle = 'line' | 'bars' | 'points';
export type ThresholdsStyle = 'off' | 'line' | 'area' | 'line+area';

export interface PanelPlotProps {
  series: readonly DrawSeries[];
  startMs: number;
  endMs: number;
  width: number;
  height: number;
  /** Value range of the drawn data (see drawExtent); `fixed` ends are kept as they are, the others made "nice". */
  extent: [number, number];
  fixed: { min: boolean; max: boolean };
  drawStyle: DrawStyle;
  fill: boolean;
  formatY: (v: number) => string;
  thresholds?: Thresholds;
  thresholdsStyle: ThresholdsStyle;
}

/**
 * The SVG part of a panel chart, memoised so hover and drag re-render only the overlays. As in the chart module's
 * ChartLines, recharts draws axes and grid while each series is ONE <path> (line, area, bars or dots) built from
 * recharts' own scales: no per-point React elements, so 20 × 1,000 points stay cheap.
 */
export const PanelPlot = memo(function PanelPlot(props: PanelPlotProps) {
  const { startMs, endMs, width, height, extent, fixed, formatY } = props;
  return (
    <LineChart width={width} height={height} margin={CHART_MARGIN}>
      {timeAxes({ startMs, endMs, width, extent, formatY, fixed })}
      <Shapes {...props} />
    </LineChart>
  );
});

function Shapes({ series, startMs, endMs, extent, drawStyle, fill, thresholds, thresholdsStyle }: PanelPlotProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const domain = useYAxisDomain();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const x = linear(startMs, endMs, xScale(startMs) ?? plot.x, xScale(endMs) ?? plot.x + plot.width);
  const yLo = yScale(extent[0]);
  const yHi = yScale(extent[1]);
  if (yLo === undefined || yHi === undefined) return null;
  const y = linear(extent[0], extent[1], yLo, yHi);
  const [dMin, dMax] = domain && typeof domain[0] === 'number' && typeof domain[1] === 'number' ? [domain[0], domain[1]] : extent;
  // Areas and bars grow from 0, or from the axis' edge when 0 is off screen.
  const baseline = Math.min(Math.max(0, dMin), dMax);
  return (
    <PlotClip className="panel-chart__shapes" plot={plot}>
      {(thresholdsStyle === 'area' || thresholdsStyle === 'line+area') &&
        thresholdSegments(thresholds, dMin, dMax).map((seg, i) => (
          <rect
            key={i}
            x={plot.x}
            width={plot.width}
            y={Math.min(y(seg.from), y(seg.to))}
            height={Math.abs(y(seg.to) - y(seg.from))}
            fill={seg.color}
            opacity={0.12}
            data-testid="chart-threshold-band"
          />
        ))}
      {series.map((s) => (
        <SeriesShape key={s.id} s={s} x={x} y={y} baseline={baseline} drawStyle={drawStyle} fill={fill} />
      ))}
      {(thresholdsStyle === 'line' || thresholdsStyle === 'line+area') &&
        thresholdLines(thresholds, dMin, dMax).map((l, i) => (
          <line
            key={i}
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={y(l.value)}
            y2={y(l.value)}
            stroke={l.color}
            strokeDasharray="4 3"
            data-testid="chart-threshold-line"
          />
        ))}
    </PlotClip>
  );
}

function SeriesShape({ s, x, y, baseline, drawStyle, fill }: { s: DrawSeries; x: Linear; y: Linear; baseline: number; drawStyle: DrawStyle; fill: boolean }) {
  const base = s.base ?? baseline;
  if (drawStyle === 'bars') {
    return <path d={barsPath(s.points, x, y, base, barWidth(s.points, x))} fill={s.color} fillOpacity={0.8} data-testid="chart-series" />;
  }
  if (drawStyle === 'points') {
    return <path d={pointsPath(s.points, x, y)} fill={s.color} data-testid="chart-series" />;
  }
  return (
    <g data-testid="chart-series">
      {fill && <path d={areaPath(s.points, x, y, base, s.gapMs)} fill={s.color} fillOpacity={0.2} stroke="none" />}
      <path d={seriesPath(s.points, x, y, s.gapMs)} stroke={s.color} strokeWidth={1.25} fill="none" strokeLinejoin="round" />
    </g>
  );
}
