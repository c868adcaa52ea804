/** Label conventions detected from a few probes instead of assumed. Pure apart from the injected probe. */
import type { Conventions, LabelProbe } from './types';

export const CADVISOR_METRIC = 'container_cpu_usage_seconds_total';
export const KSM_METRIC = 'kube_pod_info';
export const NODE_EXPORTER_METRIC = 'node_cpu_seconds_total';

/** Always probed: one metric per exporter, and the ones whose labels decide the conventions. */
export const CORE_METRICS = [CADVISOR_METRIC, KSM_METRIC, NODE_EXPORTER_METRIC, 'kube_node_status_allocatable', 'container_memory_working_set_bytes'] as const;

const NODE_LABELS = ['node', 'kubernetes_io_hostname', 'instance'] as const;
const PARALLEL = 8;

export interface DetectOptions {
  /** More metrics whose absence should be reported in `missing` (e.g. every metric a dashboard uses). */
  metrics?: readonly string[];
}

/**
 * Probes each metric once (at most 8 at a time) and derives the label names cAdvisor and node-exporter use.
 * A probe that throws counts as "absent" for that metric only, so one failing call cannot hide the rest.
 */
export async function detectConventions(probe: LabelProbe, opts: DetectOptions = {}): Promise<Conventions> {
  const names = [...new Set([...CORE_METRICS, ...(opts.metrics ?? [])])];
  const labels = new Map<string, Set<string>>();
  for (let i = 0; i < names.length; i += PARALLEL) {
    const batch = names.slice(i, i + PARALLEL);
    const found = await Promise.all(batch.map((m) => probe(m).catch(() => [] as string[])));
    batch.forEach((m, j) => labels.set(m, new Set(found[j])));
  }
  const cadvisor = labels.get(CADVISOR_METRIC)!;
  const nodeExporter = labels.get(NODE_EXPORTER_METRIC)!;
  const pick = <T extends string>(set: Set<string>, options: readonly T[], fallback: T): T => options.find((l) => set.has(l)) ?? fallback;

  const pod = pick(cadvisor, ['pod', 'pod_name'], 'pod');
  const container = pick(cadvisor, ['container', 'container_name'], 'container');
  const cadvisorNode = pick(cadvisor, NODE_LABELS, 'node');
  return {
    pod,
    container,
    node: nodeExporter.size > 0 ? pick(nodeExporter, NODE_LABELS, 'node') : cadvisorNode,
    cadvisorNode,
    cadvisorContainerFilter: cadvisor.has('container') ? 'container!=""' : cadvisor.has('container_name') ? 'container_name!=""' : 'image!=""',
    hasCadvisor: cadvisor.size > 0,
    hasKubeStateMetrics: labels.get(KSM_METRIC)!.size > 0,
    hasNodeExporter: nodeExporter.size > 0,
    missing: names.filter((m) => labels.get(m)!.size === 0),
  };
}
