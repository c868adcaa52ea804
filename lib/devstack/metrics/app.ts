/**
 * The demo services' own /metrics (job `kubernetes-pods`): request counters and a latency histogram
 * that follow the traffic model, so error rates and latency climb during the periodic spikes.
 */
import type { DemoPod } from '../cluster/pods';
import { ROUTES } from '../cluster/topology';
import { errorRatio, latencySeconds } from '../cluster/traffic';
import { FamilySet } from './exposition';
import { podRequestRate, runningAt, type MetricsModel } from './model';

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Per route: [ok, 500, 503, latency sum, then one cumulative count per finite bucket]. */
const STRIDE = 4 + LATENCY_BUCKETS.length;
/** Above every app's base error ratio: errors beyond it come from the spike and answer 503. */
const SPIKE_RATIO = 0.05;

export function servesHttp(pod: DemoPod): boolean {
  return pod.workload.requestsPerSecond > 0 && (ROUTES[pod.app]?.length ?? 0) > 0 && pod.node !== null;
}

/** P(latency <= le): successes are shifted exponentials (min = mean/2), failures uniform timeouts. */
function latencyShape(app: string, tMs: number) {
  const okMin = latencySeconds(app, tMs, 0, false);
  const failLo = latencySeconds(app, tMs, 0, true);
  const failHi = latencySeconds(app, tMs, 1, true);
  return {
    okMean: 2 * okMin,
    failMean: (failLo + failHi) / 2,
    ok: (le: number) => (le < okMin ? 0 : 1 - Math.exp(-(le - okMin) / okMin)),
    failed: (le: number) => Math.min(1, Math.max(0, (le - failLo) / (failHi - failLo))),
  };
}

function appRates(pod: DemoPod) {
  const routes = ROUTES[pod.app];
  return (tMs: number) => {
    const out = new Float64Array(routes.length * STRIDE);
    const rps = podRequestRate(pod, tMs);
    const err = errorRatio(pod.app, tMs);
    const shape = latencyShape(pod.app, tMs);
    routes.forEach((r, i) => {
      const total = rps * r.share;
      const ok = total * (1 - err);
      const failed = total - ok;
      const o = i * STRIDE;
      out[o] = ok;
      out[o + (err > SPIKE_RATIO ? 2 : 1)] = failed;
      out[o + 3] = ok * shape.okMean + failed * shape.failMean;
      LATENCY_BUCKETS.forEach((le, b) => (out[o + 4 + b] = ok * shape.ok(le) + failed * shape.failed(le)));
    });
    return out;
  };
}

export function collectApp(model: MetricsModel, pod: DemoPod, tMs: number): FamilySet | null {
  const c = pod.containers[0];
  const run = runningAt(pod, c.name, tMs);
  if (!run || !servesHttp(pod)) return null;
  const routes = ROUTES[pod.app];
  // the process restarts with the container, and its counters start again from zero
  const v = model.integral(`app/${pod.uid}/${run.restart}`, appRates(pod), routes.length * STRIDE, run.startMs, run.endMs).valueAt(tMs);
  const set = new FamilySet();
  const reqHelp = 'Total number of HTTP requests.';
  const durHelp = 'HTTP request latency in seconds.';
  routes.forEach((r, i) => {
    const o = i * STRIDE;
    const route = { method: r.method, path: r.path };
    const okStatus = r.method === 'POST' ? '201' : '200';
    set.add('http_requests_total', 'counter', reqHelp, { ...route, status: okStatus }, Math.floor(v[o]));
    // client libraries create a status's series on its first request
    if (v[o + 1] >= 1) set.add('http_requests_total', 'counter', reqHelp, { ...route, status: '500' }, Math.floor(v[o + 1]));
    if (v[o + 2] >= 1) set.add('http_requests_total', 'counter', reqHelp, { ...route, status: '503' }, Math.floor(v[o + 2]));
    const count = Math.floor(v[o] + v[o + 1] + v[o + 2]);
    LATENCY_BUCKETS.forEach((le, b) =>
      set.add('http_request_duration_seconds', 'histogram', durHelp, { ...route, le: String(le) }, Math.min(count, Math.floor(v[o + 4 + b])), 'http_request_duration_seconds_bucket'),
    );
    set.add('http_request_duration_seconds', 'histogram', durHelp, { ...route, le: '+Inf' }, count, 'http_request_duration_seconds_bucket');
    set.add('http_request_duration_seconds', 'histogram', durHelp, route, Math.round(v[o + 3] * 1000) / 1000, 'http_request_duration_seconds_sum');
    set.add('http_request_duration_seconds', 'histogram', durHelp, route, count, 'http_request_duration_seconds_count');
  });
  return set;
}
