'use client';

import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PanelData } from '@/components/dashboards/panels/panel-data';
import type { Panel } from '@/lib/dashboards/model';
import type { VariableScope } from '@/lib/dashboards/variables';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { lokiQueryRange } from '../client';
import { queryKeys } from '../keys';
import { promBatch } from '../prom-batch';
import { planPanelQueries, runsQueries, type PlannedQuery } from './panel-queries';
import { toPanelData, type QueryResult } from './to-panel-data';

// Relative ranges make new keys on every refresh; old windows are worthless (as in lib/queries/hooks.ts).
const TIME_WINDOW_GC_MS = 60_000;

export interface PanelDataOptions {
  /** Series drawn before "showing N of M"; `Infinity` for all. */
  seriesLimit?: number;
  /** False while variables are still resolving or the width is unknown. */
  enabled?: boolean;
}

function queryOptions(q: PlannedQuery) {
  switch (q.kind) {
    case 'prom.range':
      return { queryKey: queryKeys.promRange(q.params), queryFn: ({ signal }: { signal: AbortSignal }) => promBatch.range(q.params, signal) };
    case 'prom.instant':
      return { queryKey: queryKeys.promInstant(q.params), queryFn: ({ signal }: { signal: AbortSignal }) => promBatch.instant(q.params, signal) };
    case 'loki.range':
      return { queryKey: queryKeys.lokiRange(q.params), queryFn: ({ signal }: { signal: AbortSignal }) => lokiQueryRange(q.params, signal) };
  }
}

// Module-level so react-query can keep the combined array stable between renders.
function combine(rs: readonly { isError: boolean; error: unknown; data: unknown; isFetching: boolean }[]): QueryResult[] {
  return rs.map((r): QueryResult => {
    if (r.isError) return { status: 'error', error: r.error };
    if (r.data === undefined) return { status: 'pending' };
    return { status: 'success', data: r.data as Extract<QueryResult, { status: 'success' }>['data'], fetching: r.isFetching };
  });
}

/**
 * A panel's data: every visible target interpolated with `scope`, stepped for `widthPx`, run (range, instant, or
 * Loki streams for logs panels) through the shared query cache, then capped and downsampled for drawing.
 * Returns the plan too, for Inspect and Explore.
 */
export function usePanelData(panel: Panel, scope: VariableScope | undefined, range: ResolvedRange, widthPx: number, opts: PanelDataOptions = {}) {
  const ready = (opts.enabled ?? true) && scope !== undefined && widthPx > 0;
  const plan = useMemo(
    () => (ready && scope ? planPanelQueries({ panel, scope, range, widthPx }) : []),
    [ready, panel, scope, range, widthPx],
  );
  const results = useQueries({
    queries: plan.map((q) => ({ ...queryOptions(q), placeholderData: keepPreviousData, gcTime: TIME_WINDOW_GC_MS, retry: false })),
    combine,
  });
  const data: PanelData = useMemo(() => {
    if (!runsQueries(panel)) return { kind: 'series', series: [] };
    if (!ready) return { kind: 'loading' };
    if (plan.length === 0) return { kind: 'error', message: 'This panel has no query to run.' };
    return toPanelData(panel, plan, results, { range, widthPx, seriesLimit: opts.seriesLimit });
  }, [panel, ready, plan, results, range, widthPx, opts.seriesLimit]);
  return { data, plan, results };
}
