'use client';

import { memo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatLocalTime } from '@/lib/time/format';
import type { PreparedSeries } from './prepare-series';
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
 * The recharts part alone, memoised: hover and drag re-render only the overlays above it, never 50 SVG paths.
 * Animation and dots are off; each line carries its own (downsampled) data.
 */
export const ChartLines = memo(function ChartLines({ series, hidden, startMs, endMs, width, height, unit }: ChartLinesProps) {
  const plotWidth = width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  const ticks = timeTicks(startMs, endMs, Math.max(2, Math.floor(plotWidth / 90)), new Date(startMs).getTimezoneOffset());
  const withDate = endMs - startMs > 24 * 3600_000;
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
        width={Y_AXIS_WIDTH}
        stroke="var(--axis)"
        tick={{ fontSize: 11 }}
        tickFormatter={(v: number) => formatValue(v, unit)}
        domain={['auto', 'auto']}
      />
      {series.map((s) =>
        hidden.has(s.id) ? null : (
          <Line
            key={s.id}
            data={s.data}
            dataKey="v"
            name={s.name}
            stroke={s.color}
            strokeWidth={1.25}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            type="linear"
          />
        ),
      )}
    </LineChart>
  );
});
