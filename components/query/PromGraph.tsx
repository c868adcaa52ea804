'use client';

import { TimeSeriesChart } from '@/components/charts/TimeSeriesChart';
import type { Unit } from '@/components/charts/units';
import { usePromRangeQuery } from '@/lib/queries/hooks';
import { parseDuration } from '@/lib/time/duration';
import { alignRange, computeStepS } from '@/lib/time/step';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { Warnings } from './Warnings';

interface PromGraphProps {
  query: string;
  range: ResolvedRange;
  /** Prometheus duration, or '' to pick one from the range. */
  step: string;
  unit: Unit;
  legendFormat: string;
  onZoom: (startMs: number, endMs: number) => void;
}

/** Range query → chart. The step is ~range/1000 px (15 s floor) and the window is aligned to it. */
export function PromGraph({ query, range, step, unit, legendFormat, onZoom }: PromGraphProps) {
  const override = step ? parseDuration(step) : null;
  const stepS = override ? Math.max(0.001, override / 1000) : computeStepS(range);
  const aligned = alignRange(range, Math.max(1, stepS));
  const result = usePromRangeQuery({ query, start: aligned.startMs, end: aligned.endMs, step: stepS });
  const series = result.data?.series ?? [];
  return (
    <div className="result-graph">
      <div className="result-meta" data-testid="result-meta">
        {result.isFetching ? 'Loading… ' : ''}
        {result.data && !result.isError && `${series.length} series · step ${stepS}s`}
      </div>
      <Warnings warnings={result.data?.warnings} />
      <TimeSeriesChart
        series={result.isError ? [] : series}
        startMs={range.startMs}
        endMs={range.endMs}
        unit={unit}
        legendFormat={legendFormat}
        loading={result.isFetching}
        error={result.error}
        query={query}
        onZoom={onZoom}
        height={320}
        testId="result-chart"
      />
    </div>
  );
}
