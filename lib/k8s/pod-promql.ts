/**
 * PromQL of the pod views, built with lib/promql's escaping (names come from URLs and the API). Pure.
 * Metric names follow cAdvisor and kube-state-metrics v2.
 */
import { selector, type Matcher } from '../promql/escape';

const eq = (name: string, value: string): Matcher => ({ name, op: '=', value });
const containers: Matcher[] = [{ name: 'container', op: '!=', value: '' }, { name: 'container', op: '!=', value: 'POD' }];

/** Matchers of one pod, or of every pod whose name is in `pods` (a workload). */
export function podMatchers(namespace: string, pod: string | string[]): Matcher[] {
  return [eq('namespace', namespace), Array.isArray(pod) ? { name: 'pod', op: '=~', value: pod.map((p) => p.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')).join('|') || '$^' } : eq('pod', pod)];
}

export interface PodMetricQueries {
  cpu: string;
  cpuRequest: string;
  cpuLimit: string;
  memory: string;
  memoryLimit: string;
  networkReceive: string;
  networkTransmit: string;
  restarts: string;
  /**
   * cAdvisor's OOM kill counter: marks every kill in the range, not only the last one the API remembers. It counts on the
   * pod's cgroup (container=""), which outlives container restarts, so it is per pod, not per container.
   */
  oomEvents: string;
}

/** Per-container series of one pod; `by` is `container` on a pod page and `pod` on a workload page. */
export function podMetricQueries(m: Matcher[], by: 'container' | 'pod' = 'container'): PodMetricQueries {
  const resource = (metric: string, r: string) => `sum by (${by}) (${selector(metric, [...m, eq('resource', r)])})`;
  return {
    cpu: `sum by (${by}) (rate(${selector('container_cpu_usage_seconds_total', [...m, ...containers])}[5m]))`,
    cpuRequest: resource('kube_pod_container_resource_requests', 'cpu'),
    cpuLimit: resource('kube_pod_container_resource_limits', 'cpu'),
    memory: `sum by (${by}) (${selector('container_memory_working_set_bytes', [...m, ...containers])})`,
    memoryLimit: resource('kube_pod_container_resource_limits', 'memory'),
    networkReceive: `sum by (${by === 'container' ? 'pod' : by}) (rate(${selector('container_network_receive_bytes_total', m)}[5m]))`,
    networkTransmit: `sum by (${by === 'container' ? 'pod' : by}) (rate(${selector('container_network_transmit_bytes_total', m)}[5m]))`,
    restarts: `max by (${by === 'container' ? 'container' : 'pod, container'}) (${selector('kube_pod_container_status_restarts_total', m)})`,
    oomEvents: `max by (pod) (${selector('container_oom_events_total', m)})`,
  };
}

/** CPU cores and working-set bytes per pod now, and their requests, for the pods list. */
export function podListUsageQueries(namespace?: string) {
  const ns: Matcher[] = namespace ? [eq('namespace', namespace)] : [];
  return {
    cpu: `sum by (namespace, pod) (rate(${selector('container_cpu_usage_seconds_total', [...ns, ...containers])}[5m]))`,
    memory: `sum by (namespace, pod) (${selector('container_memory_working_set_bytes', [...ns, ...containers])})`,
    cpuRequest: `sum by (namespace, pod) (${selector('kube_pod_container_resource_requests', [...ns, eq('resource', 'cpu')])})`,
    memoryRequest: `sum by (namespace, pod) (${selector('kube_pod_container_resource_requests', [...ns, eq('resource', 'memory')])})`,
  };
}

/** What kube-state-metrics remembers of a pod, for a pod the API no longer has. */
export function podHistoryQueries(namespace: string, pod: string) {
  const m = podMatchers(namespace, pod);
  return {
    containers: `max by (container, image) (${selector('kube_pod_container_info', m)})`,
    info: `max by (node, pod_ip, created_by_kind, created_by_name) (${selector('kube_pod_info', m)})`,
    lastTerminated: `max by (container, reason) (${selector('kube_pod_container_status_last_terminated_reason', m)})`,
  };
}

/** Node-exporter usage of one node (`instance` is matched through kube_node_info's internal IP by the caller). */
export function nodeQueries(instance: string) {
  const i: Matcher[] = [{ name: 'instance', op: '=~', value: `${instance.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')}(:\\d+)?` }];
  return {
    cpu: `1 - avg(rate(${selector('node_cpu_seconds_total', [...i, eq('mode', 'idle')])}[5m]))`,
    memory: `1 - sum(${selector('node_memory_MemAvailable_bytes', i)}) / sum(${selector('node_memory_MemTotal_bytes', i)})`,
    disk: `1 - sum(${selector('node_filesystem_avail_bytes', [...i, { name: 'fstype', op: '!~', value: 'tmpfs|overlay' }])}) / sum(${selector('node_filesystem_size_bytes', [...i, { name: 'fstype', op: '!~', value: 'tmpfs|overlay' }])})`,
    networkReceive: `sum(rate(${selector('node_network_receive_bytes_total', [...i, { name: 'device', op: '!=', value: 'lo' }])}[5m]))`,
    networkTransmit: `sum(rate(${selector('node_network_transmit_bytes_total', [...i, { name: 'device', op: '!=', value: 'lo' }])}[5m]))`,
  };
}
