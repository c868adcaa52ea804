'use client';

import { memo } from 'react';
import { PlotClip } from './PlotClip';
import { LineChart, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { PreparedSeries } from './prepare-series';
import { linear, seriesPath, valueExtent } from './series-path';
import { CHART_MARGIN, timeAxes } from './time-axes';
import { formatValue, type Unit } from './units';


interface ChartLinesProps {
  series: PreparedSeries[];
  hidden: ReadonlySet<string>;
  startMs: number;
  endMs: number;
  width: number;
  height: number;
  unit: Unit;
}

/**
 * The SVG part alone, memoised: hover and drag re-render only the overlays above it. Recharts draws the axes and
 * grid; the lines are one plain <path> per series built from recharts' own scales, because recharts' <Line> does
 * per-point work (objects, selectors) that made 50 × 11k-point charts take seconds.
 */
export const ChartLines = memo(function ChartLines({ series, hidden, startMs, endMs, width, height, unit }: ChartLinesProps) {
  const [yMin, yMax] = valueExtent(series, hidden);
  return (
    <LineChart width={width} height={height} margin={CHART_MARGIN}>
      {timeAxes({ startMs, endMs, width, extent: [yMin, yMax], formatY: (v) => formatValue(v, unit) })}
      <SeriesPaths series={series} hidden={hidden} startMs={startMs} endMs={endMs} yMin={yMin} yMax={yMax} />
    </LineChart>
  );
});

type SeriesPathsProps = Pick<ChartLinesProps, 'series' | 'hidden' | 'startMs' | 'endMs'> & { yMin: number; yMax: number };

function SeriesPaths({ series, hidden, startMs, endMs, yMin, yMax }: SeriesPathsProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  // Two points inside each axis' domain define the linear maps, read through recharts' own scales (whatever
  // "nice" domain the Y axis settled on), so lines and ticks always agree.
  const x = linear(startMs, endMs, xScale(startMs) ?? plot.x, xScale(endMs) ?? plot.x + plot.width);
  const yLo = yScale(yMin);
  const yHi = yScale(yMax);
  if (yLo === undefined || yHi === undefined) return null;
  const y = linear(yMin, yMax, yLo, yHi);
  return (
    <PlotClip className="chart__lines" plot={plot}>
      {series.map((s) =>
        hidden.has(s.id) ? null : (
          <path
            key={s.id}
            d={seriesPath(s.points, x, y, s.gapMs)}
            stroke={s.color}
            strokeWidth={1.25}
            fill="none"
            strokeLinejoin="round"
            data-testid="chart-series"
          />
        ),
      )}
    </PlotClip>
  );
}
