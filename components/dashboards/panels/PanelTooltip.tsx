'use client';

import { nearestIndex } from '@/components/charts/geometry';
import { formatLocalTimestamp } from '@/lib/time/format';
import type { DisplaySeries } from './display-series';
import { formatUnitValue } from './format-value';

const MAX_ROWS = 15;

interface PanelTooltipProps {
  series: readonly DisplaySeries[];
  hidden: ReadonlySet<string>;
  timeMs: number;
  x: number;
  chartWidth: number;
  /** Stacked charts list series in stack order (top first); others by value, highest first. */
  stacked: boolean;
}

/**
 * The raw values (not stacked sums) of every visible series nearest the time, each in its own unit and decimals
 * (overrides may differ per series). Reuses the chart tooltip's look.
 */
export function PanelTooltip({ series, hidden, timeMs, x, chartWidth, stacked }: PanelTooltipProps) {
  const rows: { id: string; name: string; color: string; value: number; text: string }[] = [];
  for (const s of series) {
    if (hidden.has(s.id)) continue;
    const i = nearestIndex(s.points, timeMs);
    if (i < 0) continue;
    const value = s.points[i]![1];
    rows.push({ id: s.id, name: s.name, color: s.color, value, text: formatUnitValue(value, s.field.unit, s.field.decimals) });
  }
  if (stacked) rows.reverse();
  else rows.sort((a, b) => (Number.isNaN(a.value) ? 1 : Number.isNaN(b.value) ? -1 : b.value - a.value));
  const flip = x > chartWidth * 0.6;
  return (
    <div className="chart-tooltip" data-testid="chart-tooltip" style={flip ? { right: chartWidth - x + 12 } : { left: x + 12 }}>
      <div className="chart-tooltip__time">{formatLocalTimestamp(timeMs)}</div>
      {rows.slice(0, MAX_ROWS).map((r) => (
        <div key={r.id} className="chart-tooltip__row">
          <span className="chart-legend__swatch" style={{ background: r.color }} />
          <span className="chart-tooltip__name">{r.name}</span>
          <span className="chart-tooltip__value">{r.text}</span>
        </div>
      ))}
      {rows.length > MAX_ROWS && <div className="chart-tooltip__more">+{rows.length - MAX_ROWS} more</div>}
    </div>
  );
}
