/**
 * The browser's `VariableResolver`s: dashboard variable queries answered by Lantern's /api routes, through the
 * react-query cache so that re-resolving after a selection change does not ask Prometheus the same thing twice.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { DatasourceKind } from '@/lib/dashboards/model';
import type { InstantQueryResult, VariableResolver } from '@/lib/dashboards/variables';
import { labelValues, promInstantQuery, promLabels } from '../client';
import { queryKeys } from '../keys';
import { promSeries } from './client';
import { dashboardKeys } from './keys';

/** Variable options change slowly; within this window an identical request is answered from the cache. */
const STALE_MS = 30_000;

export function browserResolvers(qc: QueryClient, signal?: AbortSignal): Partial<Record<DatasourceKind, VariableResolver>> {
  const cached = <T,>(queryKey: readonly unknown[], fn: () => Promise<T>) => qc.fetchQuery({ queryKey, queryFn: fn, staleTime: STALE_MS, retry: false });
  const prometheus: VariableResolver = {
    async labelValues(label, match, range) {
      const p = { datasource: 'prometheus' as const, name: label, match, start: range.startMs, end: range.endMs };
      return (await cached(queryKeys.labelValues(p), () => labelValues(p, signal))).data;
    },
    async labelNames(match, range) {
      const p = { match, start: range.startMs, end: range.endMs };
      return (await cached(queryKeys.promLabelNames(p), () => promLabels(p, signal))).data;
    },
    async series(match, range) {
      const p = { match, start: range.startMs, end: range.endMs };
      return (await cached(dashboardKeys.promSeries(p), () => promSeries(p, signal))).data;
    },
    async query(expr, timeMs): Promise<InstantQueryResult> {
      const p = { query: expr, time: timeMs };
      const res = await cached(queryKeys.promInstant(p), () => promInstantQuery(p, signal));
      if (res.resultType === 'scalar' && res.scalar) return { type: 'scalar', value: String(res.scalar[1]), timeMs: res.scalar[0] };
      return { type: 'vector', samples: (res.samples ?? []).map((s) => ({ labels: s.labels, value: String(s.value), timeMs: s.tsMs })) };
    },
  };
  const loki: VariableResolver = {
    async labelValues(label, _match, range) {
      const p = { datasource: 'loki' as const, name: label, start: range.startMs, end: range.endMs };
      return (await cached(queryKeys.labelValues(p), () => labelValues(p, signal))).data;
    },
    labelNames: () => Promise.reject(new Error('label_names() is not supported for Loki variables')),
    series: () => Promise.reject(new Error('series queries are not supported for Loki variables')),
    query: () => Promise.reject(new Error('query_result() is not supported for Loki variables')),
  };
  return { prometheus, loki };
}
