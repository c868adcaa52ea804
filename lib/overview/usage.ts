import 'server-only';
import type { Sample } from '../datasources/types';
import { currentPrincipal } from '../auth/current';
import { prometheusFor } from '../auth/scoped-datasources';

/** Cluster-wide CPU and memory: used (cAdvisor) against requested and allocatable (kube-state-metrics). */
export interface ClusterUsage {
  cpu: { usedCores: number | null; requestedCores: number | null; allocatableCores: number | null };
  memory: { usedBytes: number | null; requestedBytes: number | null; allocatableBytes: number | null };
  /** Share of HTTP requests answered with a 5xx over the last 5 minutes, per namespace. */
  httpErrorRatio: { namespace: string; ratio: number; rps: number }[];
}

const Q = {
  cpuUsed: 'sum(rate(container_cpu_usage_seconds_total{container!=""}[5m]))',
  cpuRequested: 'sum(kube_pod_container_resource_requests{resource="cpu"})',
  cpuAllocatable: 'sum(kube_node_status_allocatable{resource="cpu"})',
  memUsed: 'sum(container_memory_working_set_bytes{container!=""})',
  memRequested: 'sum(kube_pod_container_resource_requests{resource="memory"})',
  memAllocatable: 'sum(kube_node_status_allocatable{resource="memory"})',
  httpRps: 'sum by (namespace) (rate(http_requests_total[5m]))',
  httpErrors: 'sum by (namespace) (rate(http_requests_total{status=~"5.."}[5m]))',
} as const;

export async function clusterUsage(atMs: number, signal?: AbortSignal): Promise<ClusterUsage> {
  const p = prometheusFor(await currentPrincipal());
  const entries = await Promise.all(
    Object.entries(Q).map(async ([k, q]) => {
      const r = await p.query(q, atMs, { signal });
      return [k, r.data.resultType === 'vector' ? r.data.samples : []] as const;
    }),
  );
  const v = Object.fromEntries(entries) as Record<keyof typeof Q, Sample[]>;
  const one = (s: Sample[]) => (s.length ? s[0].value : null);
  const errors = new Map(v.httpErrors.map((s) => [s.labels.namespace, s.value]));
  return {
    cpu: { usedCores: one(v.cpuUsed), requestedCores: one(v.cpuRequested), allocatableCores: one(v.cpuAllocatable) },
    memory: { usedBytes: one(v.memUsed), requestedBytes: one(v.memRequested), allocatableBytes: one(v.memAllocatable) },
    httpErrorRatio: v.httpRps
      .filter((s) => s.labels.namespace && s.value > 0)
      .map((s) => ({ namespace: s.labels.namespace, rps: s.value, ratio: (errors.get(s.labels.namespace) ?? 0) / s.value }))
      .sort((a, b) => b.ratio - a.ratio),
  };
}
