'use client';

import type { PreparedSeries } from './prepare-series';

interface ChartLegendProps {
  series: PreparedSeries[];
  hidden: ReadonlySet<string>;
  /** Click shows only this series (again: all); Ctrl/Cmd-click toggles just this one. */
  onToggle: (id: string, additive: boolean) => void;
}

export function ChartLegend({ series, hidden, onToggle }: ChartLegendProps) {
  return (
    <ul className="chart-legend" data-testid="chart-legend">
      {series.map((s) => (
        <li key={s.id}>
          <LegendItem series={s} hidden={hidden.has(s.id)} onToggle={onToggle} />
        </li>
      ))}
    </ul>
  );
}

/** One legend entry: swatch and name; click isolates the series, Ctrl/Cmd-click toggles it. */
export function LegendItem({ series, hidden, onToggle }: { series: { id: string; name: string; color: string }; hidden: boolean; onToggle: (id: string, additive: boolean) => void }) {
  return (
    <button
      type="button"
      className={`chart-legend__item${hidden ? ' is-hidden' : ''}`}
      data-testid="chart-legend-item"
      title={series.name}
      onClick={(e) => onToggle(series.id, e.ctrlKey || e.metaKey)}
    >
      <span className="chart-legend__swatch" style={{ background: series.color }} />
      <span className="chart-legend__name">{series.name}</span>
    </button>
  );
}
