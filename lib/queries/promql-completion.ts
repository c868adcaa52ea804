'use client';

import type { QueryClient } from '@tanstack/react-query';
import type { PrometheusClient } from '@prometheus-io/codemirror-promql';
// Not re-exported from the package root; it is the package's own selector builder, so completion narrows exactly
// as the upstream HTTP client would.
import { labelMatchersToString } from '@prometheus-io/codemirror-promql/dist/esm/parser/matcher';
import { promLabels, promLabelValues, promMetadata } from './client';
import { queryKeys } from './keys';

type Matchers = Parameters<PrometheusClient['labelValues']>[2];

// Completion looks at the last 12 h, snapped to the minute so that keystrokes reuse cached answers.
const LOOKBACK_MS = 12 * 3600_000;
const STALE_MS = 5 * 60_000;

function lookback(): { start: number; end: number } {
  const end = Math.floor(Date.now() / 60_000) * 60_000;
  return { start: end - LOOKBACK_MS, end };
}

/**
 * A `PrometheusClient` for codemirror-promql backed by Lantern's own typed routes (`/api/prometheus/labels`,
 * `/label/{name}/values`, `/metadata`) and the react-query cache, instead of the package's HTTP client that needs
 * raw Prometheus `/api/v1/*` envelopes. Failures resolve to empty lists: completion must never break typing.
 */
export function createPromCompletionClient(queryClient: QueryClient): PrometheusClient {
  const labelValues = (name: string, metricName?: string, matchers?: Matchers): Promise<string[]> => {
    const match = metricName ? labelMatchersToString(metricName, matchers, name) : undefined;
    const params = { datasource: 'prometheus' as const, name, match, ...lookback() };
    return queryClient
      .fetchQuery({
        queryKey: queryKeys.labelValues(params),
        queryFn: ({ signal }) => promLabelValues(name, params, signal),
        staleTime: STALE_MS,
      })
      .then((r) => r.data, () => []);
  };

  return {
    labelNames(metricName?: string) {
      const params = { match: metricName || undefined, ...lookback() };
      return queryClient
        .fetchQuery({
          queryKey: queryKeys.promLabelNames(params),
          queryFn: ({ signal }) => promLabels(params, signal),
          staleTime: STALE_MS,
        })
        .then((r) => r.data, () => []);
    },
    labelValues,
    metricMetadata() {
      return queryClient
        .fetchQuery({ queryKey: queryKeys.promMetadata(), queryFn: ({ signal }) => promMetadata(signal), staleTime: STALE_MS })
        .then((r) => r.data, () => ({}));
    },
    // HybridComplete never calls series(); the interface requires it.
    series: () => Promise.resolve([]),
    metricNames: () => labelValues('__name__'),
    flags: () => Promise.resolve({}),
  };
}
