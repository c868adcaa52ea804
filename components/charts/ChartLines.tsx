'use client';

import { memo, useId } from 'react';
import { CartesianGrid, Line, LineChart, usePlotArea, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import { formatLocalTime } from '@/lib/time/format';
import type { PreparedSeries } from './prepare-series';
import { linear, seriesPath, valueExtent } from './series-path';
import { timeTicks } from './time-ticks';
import { formatValue, type Unit } from './units';

export const Y_AXIS_WIDTH = 64;
export const CHART_MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };

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
  const plotWidth = width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  const ticks = timeTicks(startMs, endMs, Math.max(2, Math.floor(plotWidth / 90)), new Date(startMs).getTimezoneOffset());
  const withDate = endMs - startMs > 24 * 3600_000;
  const [yMin, yMax] = valueExtent(series, hidden);
  return (
    <LineChart width={width} height={height} margin={CHART_MARGIN}>
      <CartesianGrid stroke="var(--grid)" vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        domain={[startMs, endMs]}
        allowDataOverflow
        ticks={ticks}
        tickFormatter={(t: number) => formatLocalTime(t, withDate)}
        stroke="var(--axis)"
        tick={{ fontSize: 11 }}
        height={24}
      />
      <YAxis
        type="number"
        width={Y_AXIS_WIDTH}
        stroke="var(--axis)"
        tick={{ fontSize: 11 }}
        tickFormatter={(v: number) => formatValue(v, unit)}
        domain={['auto', 'auto']}
      />
      {/* Recharts draws axes only for charts with a graphical item: this invisible two-point line spans the data's
          extent, so the axes get recharts' "nice" domains and ticks without recharts handling every point. */}
      <Line
        data={[
          { t: startMs, v: yMin },
          { t: endMs, v: yMax },
        ]}
        dataKey="v"
        stroke="none"
        dot={false}
        activeDot={false}
        isAnimationActive={false}
        legendType="none"
        tooltipType="none"
      />
      <SeriesPaths series={series} hidden={hidden} startMs={startMs} endMs={endMs} yMin={yMin} yMax={yMax} />
    </LineChart>
  );
});

type SeriesPathsProps = Pick<ChartLinesProps, 'series' | 'hidden' | 'startMs' | 'endMs'> & { yMin: number; yMax: number };

function SeriesPaths({ series, hidden, startMs, endMs, yMin, yMax }: SeriesPathsProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const clipId = useId();
  if (!xScale || !yScale || !plot) return null;
  // Two points inside each axis' domain define the linear maps, read through recharts' own scales (whatever
  // "nice" domain the Y axis settled on), so lines and ticks always agree.
  const x = linear(startMs, endMs, xScale(startMs) ?? plot.x, xScale(endMs) ?? plot.x + plot.width);
  const yLo = yScale(yMin);
  const yHi = yScale(yMax);
  if (yLo === undefined || yHi === undefined) return null;
  const y = linear(yMin, yMax, yLo, yHi);
  return (
    <g className="chart__lines">
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
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
      </g>
    </g>
  );
}
