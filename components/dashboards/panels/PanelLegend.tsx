'use client';

import { memo, useMemo, useState } from 'react';
import { LegendItem } from '@/components/charts/ChartLegend';
import type { DisplaySeries } from './display-series';
import { formatUnitValue } from './format-value';
import { REDUCER_LABELS, reduce, type Reducer } from './reduce';

interface PanelLegendProps {
  series: readonly DisplaySeries[];
  hidden: ReadonlySet<string>;
  mode: 'list' | 'table';
  calcs: readonly Reducer[];
  /** Click shows only this series (again: all); Ctrl/Cmd-click toggles just this one. */
  onToggle: (id: string, additive: boolean) => void;
}

/**
 * A legend with values: `table` is a grid with a sortable column per calc (Grafana's legend table); `list` puts
 * the calcs after each name. Calcs use all raw points, not the downsampled ones the chart draws.
 */
export const PanelLegend = memo(function PanelLegend({ series, hidden, mode, calcs, onToggle }: PanelLegendProps) {
  const values = useMemo(() => series.map((s) => calcs.map((c) => reduce(s.points, c))), [series, calcs]);
  const [sort, setSort] = useState<{ col: number; desc: boolean } | null>(null);
  const order = useMemo(() => {
    const idx = series.map((_, i) => i);
    if (!sort) return idx;
    const v = (i: number) => values[i]![sort.col]!;
    return idx.sort((a, b) => (Number.isNaN(v(a)) ? 1 : Number.isNaN(v(b)) ? -1 : (sort.desc ? -1 : 1) * (v(a) - v(b))));
  }, [series, values, sort]);
  const fmt = (s: DisplaySeries, v: number) => formatUnitValue(v, s.field.unit, s.field.decimals);
  const item = (s: DisplaySeries) => <LegendItem series={s} hidden={hidden.has(s.id)} onToggle={onToggle} />;

  if (mode === 'list') {
    return (
      <ul className="chart-legend" data-testid="chart-legend">
        {series.map((s, i) => (
          <li key={s.id}>
            {item(s)}
            {calcs.map((c, j) => (
              <span key={c} className="panel-legend__calc">
                {REDUCER_LABELS[c]}: {fmt(s, values[i]![j]!)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="panel-legend-table" data-testid="chart-legend">
      <table>
        <thead>
          <tr>
            <th>Name</th>
            {calcs.map((c, j) => (
              <th key={c} className="num">
                <button
                  type="button"
                  className="panel-sort"
                  data-testid="chart-legend-sort"
                  onClick={() => setSort((s) => (s?.col === j ? (s.desc ? { col: j, desc: false } : null) : { col: j, desc: true }))}
                >
                  {REDUCER_LABELS[c]}
                  {sort?.col === j ? (sort.desc ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const s = series[i]!;
            return (
              <tr key={s.id}>
                <td>{item(s)}</td>
                {calcs.map((c, j) => (
                  <td key={c} className="num" data-testid="chart-legend-value">
                    {fmt(s, values[i]![j]!)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
