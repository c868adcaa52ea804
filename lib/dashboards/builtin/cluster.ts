/** Built-in Cluster dashboard: node and pod health, capacity used vs requested vs allocatable, the busiest namespaces. */
import { builtin, layout, prom, promInstant, steps, USAGE_THRESHOLDS } from './shared';

/** Requests of pods that hold their resources (Pending or Running), as the scheduler counts them. */
const scheduled = (resource: string) =>
  `sum(kube_pod_container_resource_requests{resource="${resource}"} * on (namespace, pod) group_left () max by (namespace, pod) (kube_pod_status_phase{phase=~"Pending|Running"} == 1))`;
const allocatable = (resource: string) => `sum(kube_node_status_allocatable{resource="${resource}"})`;
const CPU_USED = 'sum(rate(container_cpu_usage_seconds_total{container!=""}[$__rate_interval]))';
const MEMORY_USED = 'sum(container_memory_working_set_bytes{container!=""})';

export const clusterDashboard = builtin('k8s-cluster', {
  title: 'Kubernetes / Cluster',
  description: 'Nodes and pods at a glance, CPU and memory used against requests and allocatable, restarts and the busiest namespaces.',
  refresh: '30s',
  links: [
    { title: 'Node', url: '/dashboards/k8s-node', keepTime: true },
    { title: 'Namespace', url: '/dashboards/k8s-namespace', keepTime: true },
  ],
  panels: layout([
    [
      {
        type: 'stat',
        title: 'Nodes ready',
        w: 4,
        h: 4,
        targets: prom(['sum(kube_node_status_condition{condition="Ready", status="true"})', 'ready']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0 } },
      },
      {
        type: 'stat',
        title: 'Nodes not ready',
        w: 4,
        h: 4,
        targets: prom(['sum(kube_node_status_condition{condition="Ready", status!="true"})', 'not ready']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, thresholds: steps([1, 'red']) } },
        options: { colorMode: 'background' },
      },
      {
        type: 'stat',
        title: 'CPU requested of allocatable',
        w: 4,
        h: 4,
        targets: prom([`${scheduled('cpu')} / ${allocatable('cpu')}`, 'requested']),
        fieldConfig: { defaults: { unit: 'percentunit', thresholds: USAGE_THRESHOLDS } },
      },
      {
        type: 'stat',
        title: 'Memory requested of allocatable',
        w: 4,
        h: 4,
        targets: prom([`${scheduled('memory')} / ${allocatable('memory')}`, 'requested']),
        fieldConfig: { defaults: { unit: 'percentunit', thresholds: USAGE_THRESHOLDS } },
      },
      {
        type: 'bargauge',
        title: 'Pods by phase',
        w: 8,
        h: 4,
        targets: promInstant(['sum by (phase) (kube_pod_status_phase)', '{{phase}}']),
        fieldConfig: {
          defaults: { unit: 'short', decimals: 0, color: 'green' },
          overrides: [
            { matcher: { id: 'byName', options: 'Pending' }, properties: [{ id: 'color', value: 'orange' }] },
            { matcher: { id: 'byRegexp', options: 'Failed|Unknown' }, properties: [{ id: 'color', value: 'red' }] },
          ],
        },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'CPU: used, requested, allocatable',
        w: 12,
        h: 8,
        targets: prom([CPU_USED, 'used'], [scheduled('cpu'), 'requested'], [allocatable('cpu'), 'allocatable']),
        fieldConfig: { defaults: { unit: 'cores', min: 0 }, overrides: [{ matcher: { id: 'byName', options: 'allocatable' }, properties: [{ id: 'color', value: 'red' }] }] },
      },
      {
        type: 'timeseries',
        title: 'Memory: working set, requested, allocatable',
        w: 12,
        h: 8,
        targets: prom([MEMORY_USED, 'working set'], [scheduled('memory'), 'requested'], [allocatable('memory'), 'allocatable']),
        fieldConfig: { defaults: { unit: 'bytes', min: 0 }, overrides: [{ matcher: { id: 'byName', options: 'allocatable' }, properties: [{ id: 'color', value: 'red' }] }] },
      },
    ],
    [
      {
        type: 'bargauge',
        title: 'Top namespaces by CPU',
        w: 8,
        h: 8,
        targets: promInstant(['topk(10, sum by (namespace) (rate(container_cpu_usage_seconds_total{container!=""}[$__rate_interval])))', '{{namespace}}']),
        fieldConfig: { defaults: { unit: 'cores', min: 0 } },
      },
      {
        type: 'bargauge',
        title: 'Top namespaces by memory',
        w: 8,
        h: 8,
        targets: promInstant(['topk(10, sum by (namespace) (container_memory_working_set_bytes{container!=""}))', '{{namespace}}']),
        fieldConfig: { defaults: { unit: 'bytes', min: 0 } },
      },
      {
        type: 'table',
        title: 'Container restarts in range',
        w: 8,
        h: 8,
        targets: promInstant(['topk(10, sum by (namespace, pod) (increase(kube_pod_container_status_restarts_total[$__range])))', '{{namespace}}/{{pod}}']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, thresholds: steps([1, 'orange'], [10, 'red']) } },
        options: { sortBy: { column: 'Value', desc: true } },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'HTTP 5xx ratio by namespace',
        description: 'From the applications\' own http_requests_total, where they expose it.',
        w: 24,
        h: 8,
        targets: prom([
          '(sum by (namespace) (rate(http_requests_total{status=~"5.."}[$__rate_interval])) or 0 * sum by (namespace) (rate(http_requests_total[$__rate_interval]))) / sum by (namespace) (rate(http_requests_total[$__rate_interval]))',
          '{{namespace}}',
        ]),
        fieldConfig: { defaults: { unit: 'percentunit', min: 0, thresholds: steps([0.01, 'orange'], [0.05, 'red']) } },
      },
    ],
  ]),
});
