'use client';

import { TimeSeriesChart } from '@/components/charts/TimeSeriesChart';
import { Warnings } from '@/components/query/Warnings';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { useLokiQuery } from '@/lib/queries/hooks';
import { computeStepS } from '@/lib/time/step';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { LogList } from './LogList';
import type { LogsParams } from './logs-params';

interface LogsResultProps {
  params: LogsParams;
  range: ResolvedRange;
  onZoom: (startMs: number, endMs: number) => void;
}

/** Runs the LogQL query: log streams become a line list, metric queries a chart. */
export function LogsResult({ params, range, onZoom }: LogsResultProps) {
  const result = useLokiQuery({
    query: params.q,
    start: range.startMs,
    end: range.endMs,
    limit: params.limit,
    direction: params.dir,
    step: computeStepS(range, { minStepS: 1 }),
  });
  if (result.error) return <ErrorPanel error={result.error} query={params.q} testId="result-error" />;
  const data = result.data;
  if (!data) return <div className="result-meta">{result.isFetching ? 'Loading…' : ''}</div>;

  if (data.resultType === 'matrix') {
    return (
      <div className="result-graph">
        <div className="result-meta" data-testid="result-meta">
          {result.isFetching ? 'Loading… ' : ''}
          {data.series.length} series
        </div>
        <Warnings warnings={data.warnings} />
        <TimeSeriesChart
          series={data.series}
          startMs={range.startMs}
          endMs={range.endMs}
          loading={result.isFetching}
          onZoom={onZoom}
          height={320}
          testId="result-chart"
        />
      </div>
    );
  }

  const count = data.entries.length;
  return (
    <div className="logs-result">
      <div className="result-meta" data-testid="result-meta">
        {result.isFetching ? 'Loading… ' : ''}
        {count.toLocaleString('en')} line{count === 1 ? '' : 's'}
        {count >= params.limit && ` (limit ${params.limit.toLocaleString('en')} reached: narrow the query or the time range)`}
      </div>
      <Warnings warnings={data.warnings} />
      {count === 0 ? (
        <EmptyState testId="logs-no-results">No log lines in this time range</EmptyState>
      ) : (
        <LogList entries={data.entries} showLabels={params.labels} wrap={params.wrap} />
      )}
    </div>
  );
}
