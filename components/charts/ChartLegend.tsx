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
          <button
            type="button"
            className={`chart-legend__item${hidden.has(s.id) ? ' is-hidden' : ''}`}
            data-testid="chart-legend-item"
            title={s.name}
            onClick={(e) => onToggle(s.id, e.ctrlKey || e.metaKey)}
          >
            <span className="chart-legend__swatch" style={{ background: s.color }} />
            <span className="chart-legend__name">{s.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
