/** Built-in Node dashboard: one node's CPU, load, memory, disks and network (node-exporter) and what is scheduled on it. */
import { builtin, layout, prom, promInstant, USAGE_THRESHOLDS } from './shared';

const NODE = 'node="$node"';

export const nodeDashboard = builtin('k8s-node', {
  title: 'Kubernetes / Node',
  description: 'One node: CPU by mode, load, memory, filesystems and network from node-exporter; pods and requests from kube-state-metrics.',
  refresh: '30s',
  variables: [{ type: 'query', name: 'node', label: 'Node', query: 'label_values(kube_node_info, node)', sort: 'alpha', refresh: 'load' }],
  links: [{ title: 'Cluster', url: '/dashboards/k8s-cluster', keepTime: true }],
  panels: layout([
    [
      {
        type: 'stat',
        title: 'Pods on node',
        w: 6,
        h: 4,
        targets: prom([`count(kube_pod_info{${NODE}})`, 'pods'], [`sum(kube_node_status_allocatable{${NODE}, resource="pods"})`, 'capacity']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0 } },
      },
      {
        type: 'gauge',
        title: 'CPU requested of allocatable',
        w: 6,
        h: 4,
        targets: promInstant([`sum(kube_pod_container_resource_requests{${NODE}, resource="cpu"}) / sum(kube_node_status_allocatable{${NODE}, resource="cpu"})`, 'requested']),
        fieldConfig: { defaults: { unit: 'percentunit', min: 0, max: 1, thresholds: USAGE_THRESHOLDS } },
      },
      {
        type: 'gauge',
        title: 'Memory requested of allocatable',
        w: 6,
        h: 4,
        targets: promInstant([`sum(kube_pod_container_resource_requests{${NODE}, resource="memory"}) / sum(kube_node_status_allocatable{${NODE}, resource="memory"})`, 'requested']),
        fieldConfig: { defaults: { unit: 'percentunit', min: 0, max: 1, thresholds: USAGE_THRESHOLDS } },
      },
      {
        type: 'bargauge',
        title: 'Filesystem usage',
        w: 6,
        h: 4,
        targets: promInstant([
          `1 - node_filesystem_avail_bytes{${NODE}, fstype!~"overlay|squashfs|nsfs"} / node_filesystem_size_bytes{${NODE}, fstype!~"overlay|squashfs|nsfs"}`,
          '{{mountpoint}}',
        ]),
        fieldConfig: { defaults: { unit: 'percentunit', min: 0, max: 1, thresholds: USAGE_THRESHOLDS } },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'CPU by mode',
        w: 12,
        h: 8,
        targets: prom([`sum by (mode) (rate(node_cpu_seconds_total{${NODE}, mode!="idle"}[$__rate_interval]))`, '{{mode}}']),
        fieldConfig: { defaults: { unit: 'cores', min: 0 } },
        options: { stacking: 'normal', fill: 'area' },
      },
      {
        type: 'timeseries',
        title: 'Load average',
        w: 12,
        h: 8,
        targets: prom([`node_load1{${NODE}}`, '1m'], [`node_load5{${NODE}}`, '5m'], [`node_load15{${NODE}}`, '15m'], [`count(node_cpu_seconds_total{${NODE}, mode="idle"})`, 'cores']),
        fieldConfig: { defaults: { unit: 'short', min: 0 } },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'Memory',
        w: 12,
        h: 8,
        targets: prom(
          [`node_memory_MemTotal_bytes{${NODE}} - node_memory_MemAvailable_bytes{${NODE}}`, 'used'],
          [`node_memory_MemAvailable_bytes{${NODE}}`, 'available'],
          [`node_memory_MemTotal_bytes{${NODE}}`, 'total'],
        ),
        fieldConfig: { defaults: { unit: 'bytes', min: 0 } },
      },
      {
        type: 'timeseries',
        title: 'Network',
        w: 12,
        h: 8,
        targets: prom(
          [`sum by (device) (rate(node_network_receive_bytes_total{${NODE}, device!="lo"}[$__rate_interval]))`, '{{device}} received'],
          [`-sum by (device) (rate(node_network_transmit_bytes_total{${NODE}, device!="lo"}[$__rate_interval]))`, '{{device}} transmitted'],
        ),
        fieldConfig: { defaults: { unit: 'Bps' } },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'CPU: used, requested, allocatable',
        w: 12,
        h: 8,
        targets: prom(
          [`sum(rate(container_cpu_usage_seconds_total{${NODE}, container!=""}[$__rate_interval]))`, 'used'],
          [`sum(kube_pod_container_resource_requests{${NODE}, resource="cpu"})`, 'requested'],
          [`sum(kube_node_status_allocatable{${NODE}, resource="cpu"})`, 'allocatable'],
        ),
        fieldConfig: { defaults: { unit: 'cores', min: 0 } },
      },
      {
        type: 'timeseries',
        title: 'Memory: working set, requested, allocatable',
        w: 12,
        h: 8,
        targets: prom(
          [`sum(container_memory_working_set_bytes{${NODE}, container!=""})`, 'working set'],
          [`sum(kube_pod_container_resource_requests{${NODE}, resource="memory"})`, 'requested'],
          [`sum(kube_node_status_allocatable{${NODE}, resource="memory"})`, 'allocatable'],
        ),
        fieldConfig: { defaults: { unit: 'bytes', min: 0 } },
      },
    ],
  ]),
});
