'use client';

import { TimeSeriesChart } from '@/components/charts/TimeSeriesChart';
import { Warnings } from '@/components/query/Warnings';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { isLogQuery } from '@/lib/logql/validate';
import type { ResultField } from '@/lib/logs/result-fields';
import { useLokiQuery } from '@/lib/queries/hooks';
import { computeStepS } from '@/lib/time/step';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { LiveTailView } from './LiveTailView';
import { LogExplorer } from './LogExplorer';
import type { LogsParams } from './logs-params';

interface LogsResultProps {
  params: LogsParams;
  range: ResolvedRange;
  runKey: unknown;
  onZoom: (startMs: number, endMs: number) => void;
  update: (changes: Record<string, string | null | undefined>, mode?: 'push' | 'replace') => void;
  onFields?: (fields: ResultField[]) => void;
}

/** A valid LogQL query's result: log queries page into the explorer (or tail live), metric queries chart. */
export function LogsResult({ params, range, runKey, onZoom, update, onFields }: LogsResultProps) {
  if (!isLogQuery(params.q)) return <MetricResult query={params.q} range={range} onZoom={onZoom} />;
  if (params.live) return <LiveTailView query={params.q} showLabels={params.labels} wrap={params.wrap} />;
  return <LogExplorer params={params} range={range} runKey={runKey} onZoom={onZoom} update={update} onFields={onFields} />;
}

function MetricResult({ query, range, onZoom }: { query: string; range: ResolvedRange; onZoom: (a: number, b: number) => void }) {
  const result = useLokiQuery({
    query,
    start: range.startMs,
    end: range.endMs,
    limit: 100,
    direction: 'backward',
    step: computeStepS(range, { minStepS: 1 }),
  });
  if (result.error) return <ErrorPanel error={result.error} query={query} testId="result-error" />;
  const data = result.data;
  if (!data) return <div className="result-meta">{result.isFetching ? 'Loading…' : ''}</div>;
  const series = data.resultType === 'matrix' ? data.series : [];
  return (
    <div className="result-graph">
      <div className="result-meta" data-testid="result-meta">
        {result.isFetching ? 'Loading… ' : ''}
        {series.length} series
      </div>
      <Warnings warnings={data.warnings} />
      <TimeSeriesChart series={series} startMs={range.startMs} endMs={range.endMs} loading={result.isFetching} onZoom={onZoom} height={320} testId="result-chart" />
    </div>
  );
}
