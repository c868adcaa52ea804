'use client';

import { useMemo, useState } from 'react';
import type { Panel } from '@/lib/dashboards/model';
import { formatUnitValue } from './format-value';
import { applyOverrides } from './overrides';
import type { PanelSample, PanelSeries } from './panel-data';
import { sortRows, tableRows } from './table-rows';

export type TablePanelModel = Extract<Panel, { type: 'table' }>;

type TableInput = { kind: 'series'; series: PanelSeries[] } | { kind: 'samples'; samples: PanelSample[] };

/** Rows drawn at once; more would make a slow DOM for a table nobody scrolls through. */
const MAX_ROWS = 1000;

/**
 * One row per series or sample with a column per label and value columns, sortable by clicking a header
 * (descending, ascending, then unsorted). Columns take their unit, decimals and header text from the field
 * config, matched by header text as Grafana does.
 */
export function TablePanel({ panel, data }: { panel: TablePanelModel; data: TableInput }) {
  const table = useMemo(() => tableRows(data), [data]);
  const [sort, setSort] = useState(panel.options.sortBy ? { column: panel.options.sortBy.column, desc: panel.options.sortBy.desc } : null);
  const rows = useMemo(() => (sort ? sortRows(table, sort.column, sort.desc) : table.rows), [table, sort]);
  const fields = useMemo(() => table.columns.map((c) => applyOverrides(c.label, panel.fieldConfig)), [table, panel.fieldConfig]);
  const sortedBy = sort && table.columns.find((c) => c.key === sort.column || c.label === sort.column)?.key;

  const onSort = (key: string) =>
    setSort((s) => (s && (s.column === key || sortedBy === key) ? (s.desc ? { column: key, desc: false } : null) : { column: key, desc: true }));

  return (
    <div className="panel-table" data-testid="table">
      <table className="data-table">
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c.key} className={c.kind === 'value' ? 'num' : undefined} aria-sort={sortedBy === c.key ? (sort!.desc ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="panel-sort" data-testid="table-sort" data-column={c.key} onClick={() => onSort(c.key)}>
                  {fields[i]!.displayName ?? c.label}
                  {sortedBy === c.key ? (sort!.desc ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((r) => (
            <tr key={r.id} data-testid="table-row">
              {table.columns.map((c, i) =>
                c.kind === 'label' ? (
                  <td key={c.key} className="mono">
                    {r.labels[c.key.slice('label:'.length)] ?? ''}
                  </td>
                ) : (
                  <td key={c.key} className="num">
                    {formatUnitValue(r.values[c.key] ?? NaN, fields[i]!.unit, fields[i]!.decimals)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && (
        <div className="hint" data-testid="table-truncated">
          Showing {MAX_ROWS.toLocaleString('en')} of {rows.length.toLocaleString('en')} rows
        </div>
      )}
    </div>
  );
}
