import 'server-only';
import type { PrometheusClient } from '@/lib/datasources/prometheus';
import type { LabelProbe } from './types';

/**
 * The default probe: `/api/v1/labels?match[]=<metric>` over the last `lookbackMs` (an hour), which Prometheus
 * answers from the index without reading samples.
 */
export function prometheusLabelProbe(client: PrometheusClient, { lookbackMs = 3_600_000, signal }: { lookbackMs?: number; signal?: AbortSignal } = {}): LabelProbe {
  return async (metric) => {
    const end = Date.now();
    const { data } = await client.labels([metric], end - lookbackMs, end, { signal });
    return data;
  };
}
