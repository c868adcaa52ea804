import type { Labels } from '@/lib/datasources/types';
import type { PanelSample, PanelSeries } from './panel-data';
import { REDUCER_LABELS, reduce, type Reducer } from './reduce';
import { labelsId } from './display-series';

export interface TableColumn {
  key: string;
  /** Header text; also what overrides match (Grafana matches table fields by their display name). */
  label: string;
  kind: 'label' | 'value';
}

export interface TableRow {
  id: string;
  labels: Labels;
  /** By value column key. */
  values: Record<string, number>;
}

export interface Table {
  columns: TableColumn[];
  rows: TableRow[];
}

export const RANGE_REDUCERS: readonly Reducer[] = ['last', 'mean', 'max'];

/**
 * One row per series (range query) or sample (instant query): a column per label name (`__name__` first, then
 * alphabetical) and value columns: `Value` for samples, or one per reducer (last, mean, max) for series.
 */
export function tableRows(
  input: { kind: 'series'; series: readonly PanelSeries[] } | { kind: 'samples'; samples: readonly PanelSample[] },
  reducers: readonly Reducer[] = RANGE_REDUCERS,
): Table {
  const items = input.kind === 'series' ? input.series : input.samples;
  const names = new Set<string>();
  for (const it of items) for (const k of Object.keys(it.labels)) names.add(k);
  const labelCols = [...names].sort((a, b) => (a === '__name__' ? -1 : b === '__name__' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const columns: TableColumn[] = labelCols.map((k) => ({ key: `label:${k}`, label: k, kind: 'label' }));
  if (input.kind === 'samples') {
    columns.push({ key: 'value', label: 'Value', kind: 'value' });
    const rows = input.samples.map((s, i) => ({ id: `${s.refId ?? ''}:${labelsId(s.labels)}#${i}`, labels: s.labels, values: { value: s.value } }));
    return { columns, rows };
  }
  for (const r of reducers) columns.push({ key: r, label: REDUCER_LABELS[r], kind: 'value' });
  const rows = input.series.map((s, i) => {
    const values: Record<string, number> = {};
    for (const r of reducers) values[r] = reduce(s.points, r);
    return { id: `${s.refId ?? ''}:${labelsId(s.labels)}#${i}`, labels: s.labels, values };
  });
  return { columns, rows };
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * Rows sorted by a column: labels in natural order ("pod-2" before "pod-10"), values numerically with NaN always
 * last. Ties keep their order. `column` may be a column key or its header text (Grafana saves the latter).
 */
export function sortRows(table: Table, column: string, desc: boolean): TableRow[] {
  const col = table.columns.find((c) => c.key === column) ?? table.columns.find((c) => c.label === column);
  if (!col) return table.rows;
  const dir = desc ? -1 : 1;
  const name = col.key.slice('label:'.length);
  const cmp =
    col.kind === 'label'
      ? (a: TableRow, b: TableRow) => dir * collator.compare(a.labels[name] ?? '', b.labels[name] ?? '')
      : (a: TableRow, b: TableRow) => {
          const x = a.values[col.key] ?? NaN;
          const y = b.values[col.key] ?? NaN;
          if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
          if (Number.isNaN(y)) return -1;
          return dir * (x - y);
        };
  return [...table.rows].sort(cmp);
}
