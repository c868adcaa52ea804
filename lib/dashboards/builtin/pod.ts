/** Built-in Pod dashboard: one pod's containers against their requests and limits, network, restarts, OOM kills, logs. */
import { builtin, layout, multiAll, namespaceVariable, prom, promInstant, steps, USAGE_THRESHOLDS } from './shared';

const POD = 'namespace="$namespace", pod="$pod"';
const CONTAINERS = `${POD}, container=~"$container"`;
/** cAdvisor: real containers only (not the pod's or the node's cgroup). */
const CADVISOR = `${CONTAINERS}, container!=""`;

const byContainer = (expr: string) => `sum by (container) (${expr})`;

export const podDashboard = builtin('k8s-pod', {
  title: 'Kubernetes / Pod',
  description: 'One pod: CPU and memory of its containers against their requests and limits, network, disk, restarts, OOM kills, status and logs.',
  refresh: '30s',
  variables: [
    namespaceVariable(),
    {
      // Running pods first, so the default is a pod with live metrics rather than the alphabetically first Job pod;
      // the rest (Pending, Failed, Succeeded) follow and stay selectable. `pod_name` for clusters on the old label.
      type: 'query',
      name: 'pod',
      label: 'Pod',
      query: 'query_result(sort_desc(max by (pod) (kube_pod_status_phase{namespace="$namespace", phase="Running"})))',
      regex: '/pod(?:_name)?="([^"]+)"/',
      sort: 'none',
      refresh: 'time',
    },
    {
      type: 'query',
      name: 'container',
      label: 'Container',
      query: 'label_values(kube_pod_container_info{namespace="$namespace", pod="$pod"}, container)',
      sort: 'alpha',
      ...multiAll(),
      refresh: 'time',
    },
  ],
  links: [
    { title: 'Namespace', url: '/dashboards/k8s-namespace', keepTime: true, includeVars: true },
    { title: 'Cluster', url: '/dashboards/k8s-cluster', keepTime: true },
  ],
  panels: layout([
    [
      { type: 'stat', title: 'Phase', w: 6, h: 4, targets: promInstant([`max by (phase) (kube_pod_status_phase{${POD}}) == 1`, '{{phase}}']), options: { sparkline: false, colorMode: 'none', textMode: 'name' } },
      {
        type: 'stat',
        title: 'Containers ready',
        w: 6,
        h: 4,
        targets: prom([`sum(kube_pod_container_status_ready{${CONTAINERS}})`, 'ready'], [`count(kube_pod_container_status_ready{${CONTAINERS}})`, 'containers']),
      },
      {
        type: 'stat',
        title: 'Restarts in range',
        w: 6,
        h: 4,
        targets: prom([`sum(increase(kube_pod_container_status_restarts_total{${CONTAINERS}}[$__range]))`, 'restarts']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, thresholds: steps([1, 'orange'], [5, 'red']) } },
      },
      {
        type: 'stat',
        title: 'OOM kills',
        description: 'OOM events cAdvisor counted in the range, and per container whether it last terminated because of OOMKilled (1) or not (0).',
        w: 6,
        h: 4,
        targets: promInstant(
          [`max(increase(container_oom_events_total{${POD}}[$__range]))`, 'OOM events'],
          [
            `max by (container) (kube_pod_container_status_last_terminated_reason{${CONTAINERS}, reason="OOMKilled"}) or max by (container) (0 * kube_pod_container_status_restarts_total{${CONTAINERS}})`,
            '{{container}} last OOMKilled',
          ],
        ),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, thresholds: steps([1, 'red']) } },
        options: { colorMode: 'background', sparkline: false },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'CPU usage vs request and limit',
        w: 12,
        h: 8,
        targets: prom(
          [byContainer(`rate(container_cpu_usage_seconds_total{${CADVISOR}}[$__rate_interval])`), '{{container}}'],
          [byContainer(`kube_pod_container_resource_requests{${CONTAINERS}, resource="cpu"}`), '{{container}} request'],
          [byContainer(`kube_pod_container_resource_limits{${CONTAINERS}, resource="cpu"}`), '{{container}} limit'],
        ),
        fieldConfig: {
          defaults: { unit: 'cores', min: 0 },
          overrides: [
            { matcher: { id: 'byRegexp', options: '.* request$' }, properties: [{ id: 'color', value: 'blue' }] },
            { matcher: { id: 'byRegexp', options: '.* limit$' }, properties: [{ id: 'color', value: 'red' }] },
          ],
        },
      },
      {
        type: 'timeseries',
        title: 'CPU throttling',
        description: 'Share of CFS periods in which the container was throttled: it hit its CPU limit.',
        w: 12,
        h: 8,
        targets: prom([
          `${byContainer(`increase(container_cpu_cfs_throttled_periods_total{${CADVISOR}}[$__rate_interval])`)} / ${byContainer(`increase(container_cpu_cfs_periods_total{${CADVISOR}}[$__rate_interval])`)}`,
          '{{container}}',
        ]),
        fieldConfig: { defaults: { unit: 'percentunit', min: 0, max: 1, thresholds: steps([0.25, 'orange'], [0.5, 'red']) } },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'Memory working set vs request and limit',
        description: 'The working set is what the kernel weighs against the limit when it picks a process to OOM-kill.',
        w: 12,
        h: 8,
        targets: prom(
          [byContainer(`container_memory_working_set_bytes{${CADVISOR}}`), '{{container}}'],
          [byContainer(`kube_pod_container_resource_requests{${CONTAINERS}, resource="memory"}`), '{{container}} request'],
          [byContainer(`kube_pod_container_resource_limits{${CONTAINERS}, resource="memory"}`), '{{container}} limit'],
        ),
        fieldConfig: {
          defaults: { unit: 'bytes', min: 0 },
          overrides: [
            { matcher: { id: 'byRegexp', options: '.* request$' }, properties: [{ id: 'color', value: 'blue' }] },
            { matcher: { id: 'byRegexp', options: '.* limit$' }, properties: [{ id: 'color', value: 'red' }] },
          ],
        },
      },
      {
        type: 'gauge',
        title: 'Memory of limit',
        w: 6,
        h: 8,
        targets: promInstant([
          `${byContainer(`container_memory_working_set_bytes{${CADVISOR}}`)} / on (container) ${byContainer(`kube_pod_container_resource_limits{${CONTAINERS}, resource="memory"}`)}`,
          '{{container}}',
        ]),
        fieldConfig: { defaults: { unit: 'percentunit', min: 0, max: 1, thresholds: USAGE_THRESHOLDS } },
      },
      {
        type: 'timeseries',
        title: 'Memory RSS',
        w: 6,
        h: 8,
        targets: prom([byContainer(`container_memory_rss{${CADVISOR}}`), '{{container}}']),
        fieldConfig: { defaults: { unit: 'bytes', min: 0 } },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'Network',
        description: 'Counted on the pod, shared by its containers; absent for pods on the host network.',
        w: 12,
        h: 8,
        targets: prom(
          [`sum(rate(container_network_receive_bytes_total{${POD}}[$__rate_interval]))`, 'received'],
          [`-sum(rate(container_network_transmit_bytes_total{${POD}}[$__rate_interval]))`, 'transmitted'],
        ),
        fieldConfig: { defaults: { unit: 'Bps' } },
      },
      {
        type: 'timeseries',
        title: 'Filesystem reads and writes',
        w: 12,
        h: 8,
        targets: prom(
          [byContainer(`rate(container_fs_reads_bytes_total{${CADVISOR}}[$__rate_interval])`), '{{container}} read'],
          [`-${byContainer(`rate(container_fs_writes_bytes_total{${CADVISOR}}[$__rate_interval])`)}`, '{{container}} write'],
        ),
        fieldConfig: { defaults: { unit: 'Bps' } },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'Restarts',
        w: 12,
        h: 8,
        targets: prom([`max by (container) (kube_pod_container_status_restarts_total{${CONTAINERS}})`, '{{container}}']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, min: 0 } },
        options: { drawStyle: 'line' },
      },
      {
        type: 'table',
        title: 'Container status',
        description: 'Waiting reason (CrashLoopBackOff, ImagePullBackOff...), Running, or the terminated reason; ready and restarts.',
        w: 12,
        h: 8,
        targets: promInstant(
          [
            `max by (container, reason) (kube_pod_container_status_waiting_reason{${CONTAINERS}}) or max by (container, reason) (label_replace(kube_pod_container_status_running{${CONTAINERS}} == 1, "reason", "Running", "", "")) or max by (container, reason) (kube_pod_container_status_terminated_reason{${CONTAINERS}})`,
            '{{container}}: {{reason}}',
          ],
          [`max by (container) (kube_pod_container_status_ready{${CONTAINERS}})`, '{{container}} ready'],
          [`max by (container) (kube_pod_container_status_restarts_total{${CONTAINERS}})`, '{{container}} restarts'],
        ),
      },
    ],
    [
      {
        type: 'table',
        title: 'Pod info',
        w: 24,
        h: 5,
        targets: promInstant([`max by (namespace, pod, node, pod_ip, host_ip, created_by_kind, created_by_name, priority_class) (kube_pod_info{${POD}})`]),
      },
    ],
    [
      {
        type: 'logs',
        title: 'Logs',
        w: 24,
        h: 12,
        targets: [{ refId: 'A', datasource: 'loki', expr: '{namespace="$namespace", pod="$pod"}' }],
        options: { showTime: true, wrap: true, limit: 500 },
      },
    ],
  ]),
});
