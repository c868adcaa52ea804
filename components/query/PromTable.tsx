'use client';

import { formatLegend } from '@/components/charts/legend';
import { formatValue, type Unit } from '@/components/charts/units';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { usePromInstantQuery } from '@/lib/queries/hooks';
import type { PromInstantResponse } from '@/lib/queries/types';
import { formatLocalTimestamp } from '@/lib/time/format';
import { Warnings } from './Warnings';

interface PromTableProps {
  query: string;
  /** Evaluation time: the end of the selected range. */
  timeMs: number;
  unit: Unit;
}

interface Row {
  key: string;
  series: string;
  value: string;
}

/** Instant query → table, one row per sample (or per series for a range-vector selector). */
export function PromTable({ query, timeMs, unit }: PromTableProps) {
  const result = usePromInstantQuery({ query, time: timeMs });
  if (result.error) return <ErrorPanel error={result.error} query={query} testId="result-error" />;
  const rows = result.data ? toRows(result.data, unit) : [];
  return (
    <div className="result-table-wrap">
      <div className="result-meta" data-testid="result-meta" suppressHydrationWarning>
        {result.isFetching ? 'Loading… ' : ''}
        {result.data && `${result.data.resultType} · ${rows.length} result${rows.length === 1 ? '' : 's'} at ${formatLocalTimestamp(timeMs)}`}
      </div>
      <Warnings warnings={result.data?.warnings} />
      {result.data && rows.length === 0 ? (
        <EmptyState testId="result-table-empty">No data at this time</EmptyState>
      ) : (
        <table className="data-table" data-testid="result-table">
          <thead>
            <tr>
              <th>Series</th>
              <th className="num">Value</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid="result-table-row">
                <td className="mono">{r.series}</td>
                <td className="num mono">{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function toRows(data: PromInstantResponse, unit: Unit): Row[] {
  switch (data.resultType) {
    case 'scalar':
    case 'string':
      return data.scalar ? [{ key: 'scalar', series: data.resultType, value: formatValue(data.scalar[1], unit) }] : [];
    case 'vector':
      return (data.samples ?? []).map((s, i) => ({ key: String(i), series: formatLegend(s.labels), value: formatValue(s.value, unit) }));
    case 'matrix':
      return (data.series ?? []).map((s, i) => ({
        key: String(i),
        series: formatLegend(s.labels),
        value: s.points.map(([t, v]) => `${formatValue(v, unit)} @${(t / 1000).toFixed(3)}`).join('\n'),
      }));
  }
}
