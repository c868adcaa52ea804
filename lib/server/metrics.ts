import 'server-only';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The console's own Prometheus metrics, served at /metrics. */
interface Metrics {
  registry: Registry;
  httpRequests: Counter<'route' | 'method' | 'status'>;
  httpDuration: Histogram<'route' | 'method'>;
  upstreamRequests: Counter<'datasource' | 'endpoint' | 'outcome'>;
  upstreamDuration: Histogram<'datasource' | 'endpoint'>;
}

const g = globalThis as unknown as { lanternMetrics?: Metrics };

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function metrics(): Metrics {
  if (g.lanternMetrics) return g.lanternMetrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lantern_' });
  g.lanternMetrics = {
    registry,
    httpRequests: new Counter({ name: 'lantern_http_requests_total', help: 'API requests served, by route and status.', labelNames: ['route', 'method', 'status'], registers: [registry] }),
    httpDuration: new Histogram({ name: 'lantern_http_request_duration_seconds', help: 'API request latency by route.', labelNames: ['route', 'method'], buckets: BUCKETS, registers: [registry] }),
    upstreamRequests: new Counter({ name: 'lantern_upstream_requests_total', help: 'Requests to datasources, by endpoint and outcome.', labelNames: ['datasource', 'endpoint', 'outcome'], registers: [registry] }),
    upstreamDuration: new Histogram({ name: 'lantern_upstream_request_duration_seconds', help: 'Datasource request latency by endpoint.', labelNames: ['datasource', 'endpoint'], buckets: BUCKETS, registers: [registry] }),
  };
  return g.lanternMetrics;
}

/** Time an upstream call and count its outcome. */
export async function observeUpstream<T>(datasource: string, endpoint: string, call: () => Promise<T>): Promise<T> {
  const m = metrics();
  const end = m.upstreamDuration.startTimer({ datasource, endpoint });
  try {
    const r = await call();
    m.upstreamRequests.inc({ datasource, endpoint, outcome: 'success' });
    return r;
  } catch (e) {
    const kind = (e as { kind?: string }).kind ?? 'error';
    m.upstreamRequests.inc({ datasource, endpoint, outcome: kind });
    throw e;
  } finally {
    end();
  }
}
