import { CartesianGrid, Line, XAxis, YAxis } from 'recharts';
import { formatLocalTime } from '@/lib/time/format';
import { timeTicks } from './time-ticks';

export const Y_AXIS_WIDTH = 64;
export const CHART_MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };

interface TimeAxesOptions {
  startMs: number;
  endMs: number;
  width: number;
  /** Value range of the drawn data. */
  extent: [number, number];
  formatY: (v: number) => string;
  /** Ends kept as given; the others are made "nice" by recharts. */
  fixed?: { min: boolean; max: boolean };
}

/**
 * Grid, time x-axis and value y-axis shared by every chart, returned as an array of recharts children (recharts
 * finds its axes among a chart's direct children). The invisible two-point line spans the data's extent: recharts
 * computes axes only for charts with a graphical item, and our series are plain paths it does not see.
 */
export function timeAxes({ startMs, endMs, width, extent, formatY, fixed = { min: false, max: false } }: TimeAxesOptions) {
  const plotWidth = width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  const ticks = timeTicks(startMs, endMs, Math.max(2, Math.floor(plotWidth / 90)), new Date(startMs).getTimezoneOffset());
  const withDate = endMs - startMs > 24 * 3600_000;
  return [
    <CartesianGrid key="grid" stroke="var(--grid)" vertical={false} />,
    <XAxis
      key="x"
      dataKey="t"
      type="number"
      domain={[startMs, endMs]}
      allowDataOverflow
      ticks={ticks}
      tickFormatter={(t: number) => formatLocalTime(t, withDate)}
      stroke="var(--axis)"
      tick={{ fontSize: 11 }}
      height={24}
    />,
    <YAxis
      key="y"
      type="number"
      width={Y_AXIS_WIDTH}
      stroke="var(--axis)"
      tick={{ fontSize: 11 }}
      tickFormatter={formatY}
      domain={[fixed.min ? extent[0] : 'auto', fixed.max ? extent[1] : 'auto']}
      allowDataOverflow={fixed.min || fixed.max}
    />,
    <Line
      key="extent"
      data={[
        { t: startMs, v: extent[0] },
        { t: endMs, v: extent[1] },
      ]}
      dataKey="v"
      stroke="none"
      dot={false}
      activeDot={false}
      isAnimationActive={false}
      legendType="none"
      tooltipType="none"
    />,
  ];
}
