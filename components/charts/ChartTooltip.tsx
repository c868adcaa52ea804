'use client';

import { formatLocalTimestamp } from '@/lib/time/format';
import { nearestIndex } from './geometry';
import type { PreparedSeries } from './prepare-series';
import { formatValue, type Unit } from './units';

const MAX_ROWS = 15;

interface ChartTooltipProps {
  series: PreparedSeries[];
  hidden: ReadonlySet<string>;
  timeMs: number;
  x: number;
  chartWidth: number;
  unit: Unit;
}

/** Values of every visible series nearest the cursor time, highest first. */
export function ChartTooltip({ series, hidden, timeMs, x, chartWidth, unit }: ChartTooltipProps) {
  const rows: { id: string; name: string; color: string; value: number }[] = [];
  for (const s of series) {
    if (hidden.has(s.id)) continue;
    const i = nearestIndex(s.points, timeMs);
    if (i >= 0) rows.push({ id: s.id, name: s.name, color: s.color, value: s.points[i]![1] });
  }
  rows.sort((a, b) => b.value - a.value);
  const flip = x > chartWidth * 0.6;
  return (
    <div
      className="chart-tooltip"
      data-testid="chart-tooltip"
      style={flip ? { right: chartWidth - x + 12 } : { left: x + 12 }}
    >
      <div className="chart-tooltip__time">{formatLocalTimestamp(timeMs)}</div>
      {rows.slice(0, MAX_ROWS).map((r) => (
        <div key={r.id} className="chart-tooltip__row">
          <span className="chart-legend__swatch" style={{ background: r.color }} />
          <span className="chart-tooltip__name">{r.name}</span>
          <span className="chart-tooltip__value">{formatValue(r.value, unit)}</span>
        </div>
      ))}
      {rows.length > MAX_ROWS && <div className="chart-tooltip__more">+{rows.length - MAX_ROWS} more</div>}
    </div>
  );
}
