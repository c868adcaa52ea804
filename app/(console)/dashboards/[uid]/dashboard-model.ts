import 'server-only';
import { BUILTIN_METRICS, dashboardMetrics } from '@/lib/dashboards/builtin';
import { applyConventions, detectConventions, replaceMissingPanels, type LabelProbe } from '@/lib/dashboards/conventions';
import { prometheusLabelProbe } from '@/lib/dashboards/conventions/probe';
import type { DashboardModel } from '@/lib/dashboards/model';
import { currentPrincipal } from '@/lib/auth/current';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

/** Which labels a metric has changes when exporters are redeployed, not per request. */
const TTL_MS = 5 * 60_000;
/** The page waits this long for the probes at most; then the dashboard is shown as written. */
const TIMEOUT_MS = 2_000;
/** Saved dashboards can select hundreds of metrics; past this many, absent ones are not named in advance. */
const MAX_PROBED = 80;
const PARALLEL = 8;

type Entry = { at: number; labels: Promise<string[]> };
const g = globalThis as unknown as { lanternMetricLabels?: Map<string, Entry> };
const cache = (g.lanternMetricLabels ??= new Map());

/**
 * The label names of a metric over the last hour, cached per process for 5 minutes. A failed probe (timeout,
 * outage) is not cached and rejects: it says nothing about whether the metric exists.
 */
async function cachedProbe(signal: AbortSignal): Promise<LabelProbe> {
  const principal = await currentPrincipal();
  const probe = prometheusLabelProbe(prometheusFor(principal), { signal });
  // Keyed by the principal's namespaces too: what a metric's series carry can differ between scopes.
  const scope = principal.namespaces === null ? '*' : JSON.stringify([...principal.namespaces].sort());
  return (metric) => {
    const key = `${scope}\u0000${metric}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.labels;
    const labels = probe(metric);
    cache.set(key, { at: Date.now(), labels });
    labels.catch(() => cache.delete(key));
    return labels;
  };
}

/** Wraps a probe so a failure anywhere is remembered: `detectConventions` would count it as "absent". */
function watching(probe: LabelProbe) {
  const state = { failed: false };
  const wrapped: LabelProbe = (m) =>
    probe(m).catch((e: unknown) => {
      state.failed = true;
      throw e;
    });
  return { probe: wrapped, state };
}

const UNDETECTED = 'Label conventions could not be detected (Prometheus did not answer in time); queries use the usual label names.';

/** A built-in dashboard in the cluster's label dialect, with panels whose metrics are absent replaced by the reason. */
async function forBuiltin(model: DashboardModel, signal: AbortSignal) {
  const { probe, state } = watching(await cachedProbe(signal));
  const c = await detectConventions(probe, { metrics: BUILTIN_METRICS });
  if (state.failed) return { model, notices: [UNDETECTED] };
  return { model: replaceMissingPanels(applyConventions(model, c), c), notices: [] };
}

/** A saved (often imported) dashboard as written, except that panels whose every metric is absent say so. */
async function forSaved(model: DashboardModel, signal: AbortSignal) {
  const metrics = dashboardMetrics(model).slice(0, MAX_PROBED);
  const probe = await cachedProbe(signal);
  const missing: string[] = [];
  for (let i = 0; i < metrics.length; i += PARALLEL) {
    const batch = metrics.slice(i, i + PARALLEL);
    const labels = await Promise.all(batch.map((m) => probe(m)));
    batch.forEach((m, j) => labels[j]!.length === 0 && missing.push(m));
  }
  return { model: replaceMissingPanels(model, { missing }), notices: [] };
}

/**
 * The model the browser gets: adapted to what this Prometheus has. Never fails: without answers in time (or
 * without Prometheus) the model is returned as written.
 */
export async function modelForCluster(model: DashboardModel, builtin: boolean): Promise<{ model: DashboardModel; notices: string[] }> {
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    return await (builtin ? forBuiltin(model, signal) : forSaved(model, signal));
  } catch {
    return { model, notices: builtin ? [UNDETECTED] : [] };
  }
}
