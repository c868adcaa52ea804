/** What `detectConventions` learns about a Prometheus: which label names its exporters use. Pure types. */

/** Lists the label names present on the series of one metric (empty: the metric is absent). */
export type LabelProbe = (metric: string) => Promise<string[]>;

export interface Conventions {
  /** Pod label on cAdvisor series: `pod` since Kubernetes 1.16, `pod_name` before. */
  pod: 'pod' | 'pod_name';
  /** Container label on cAdvisor series. */
  container: 'container' | 'container_name';
  /** Label naming the node on node-exporter series. */
  node: 'node' | 'instance' | 'kubernetes_io_hostname';
  /** Label naming the node on cAdvisor series (scrape configs relabel the kubelet and node-exporter differently). */
  cadvisorNode: 'node' | 'instance' | 'kubernetes_io_hostname';
  /** Matcher keeping real containers only (dropping the pod and root cgroups) on cAdvisor series. */
  cadvisorContainerFilter: 'container!=""' | 'container_name!=""' | 'image!=""';
  hasKubeStateMetrics: boolean;
  hasNodeExporter: boolean;
  hasCadvisor: boolean;
  /** Probed metric names with no series. */
  missing: string[];
}

/** Labels the built-in dashboards are written with; `applyConventions` maps them to what a cluster uses. */
export type CanonicalLabel = 'pod' | 'container' | 'node';

/** A current cluster (kube-prometheus / kube-state-metrics v2, cAdvisor in kubelet >= 1.16): nothing to rewrite. */
export const MODERN_CONVENTIONS: Conventions = Object.freeze({
  pod: 'pod',
  container: 'container',
  node: 'node',
  cadvisorNode: 'node',
  cadvisorContainerFilter: 'container!=""',
  hasKubeStateMetrics: true,
  hasNodeExporter: true,
  hasCadvisor: true,
  missing: [],
}) as Conventions;
