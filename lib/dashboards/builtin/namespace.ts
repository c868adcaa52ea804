/** Built-in Namespace / workloads dashboard: the pods of a namespace, optionally of some workloads. */
import { builtin, layout, multiAll, namespaceVariable, prom, promInstant, steps } from './shared';

/**
 * One series per pod of `$namespace` carrying its workload: the controller owning it, or for ReplicaSets
 * the Deployment owning the ReplicaSet (kube_replicaset_owner), filtered by `$workload`.
 */
export const POD_WORKLOAD =
  'max by (namespace, pod, workload) (' +
  'label_replace(kube_pod_owner{namespace="$namespace", owner_kind!="ReplicaSet", owner_name=~"$workload"}, "workload", "$1", "owner_name", "(.*)")' +
  ' or label_replace(kube_pod_owner{namespace="$namespace", owner_kind="ReplicaSet"}, "replicaset", "$1", "owner_name", "(.*)")' +
  ' * on (namespace, replicaset) group_left (workload) max by (namespace, replicaset, workload) (label_replace(kube_replicaset_owner{namespace="$namespace", owner_name=~"$workload"}, "workload", "$1", "owner_name", "(.*)"))' +
  ')';

/** `expr` restricted to the pods of the selected workloads, summed per pod. */
const perPod = (expr: string) => `sum by (pod) (${expr} * on (namespace, pod) group_left (workload) ${POD_WORKLOAD})`;

const WORKLOADS =
  'query_result(count by (workload) (label_replace(kube_replicaset_owner{namespace="$namespace", owner_kind="Deployment"}, "workload", "$1", "owner_name", "(.+)")' +
  ' or label_replace(kube_pod_owner{namespace="$namespace", owner_kind!~"ReplicaSet|Node|<none>"}, "workload", "$1", "owner_name", "(.+)")))';

export const namespaceDashboard = builtin('k8s-namespace', {
  title: 'Kubernetes / Namespace (workloads)',
  description: 'The pods of a namespace, or of some of its workloads: CPU, memory, restarts, readiness and replicas.',
  refresh: '30s',
  variables: [
    namespaceVariable(),
    {
      type: 'query',
      name: 'workload',
      label: 'Workload',
      query: WORKLOADS,
      regex: '/workload="([^"]+)"/',
      sort: 'alpha',
      ...multiAll(),
      refresh: 'time',
    },
  ],
  links: [
    { title: 'Pod', url: '/dashboards/k8s-pod', keepTime: true, includeVars: true },
    { title: 'Cluster', url: '/dashboards/k8s-cluster', keepTime: true },
  ],
  panels: layout([
    [
      {
        type: 'stat',
        title: 'Pods not ready',
        w: 8,
        h: 4,
        targets: prom([`sum(${perPod('kube_pod_status_ready{namespace="$namespace", condition="false"}')})`, 'not ready']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, thresholds: steps([1, 'red']) } },
        options: { colorMode: 'background' },
      },
      {
        type: 'stat',
        title: 'Pods',
        w: 8,
        h: 4,
        targets: prom([`count(${POD_WORKLOAD})`, 'pods']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0 } },
      },
      {
        type: 'stat',
        title: 'Restarts in range',
        w: 8,
        h: 4,
        targets: prom([`sum(${perPod('increase(kube_pod_container_status_restarts_total{namespace="$namespace"}[$__range])')})`, 'restarts']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, thresholds: steps([1, 'orange'], [10, 'red']) } },
      },
    ],
    [
      {
        type: 'timeseries',
        title: 'CPU per pod',
        w: 12,
        h: 8,
        targets: prom([perPod('rate(container_cpu_usage_seconds_total{namespace="$namespace", container!=""}[$__rate_interval])'), '{{pod}}']),
        fieldConfig: { defaults: { unit: 'cores', min: 0 } },
      },
      {
        type: 'timeseries',
        title: 'Memory per pod',
        w: 12,
        h: 8,
        targets: prom([perPod('container_memory_working_set_bytes{namespace="$namespace", container!=""}'), '{{pod}}']),
        fieldConfig: { defaults: { unit: 'bytes', min: 0 } },
      },
    ],
    [
      {
        type: 'bargauge',
        title: 'Restarts per pod in range',
        w: 8,
        h: 8,
        targets: promInstant([perPod('increase(kube_pod_container_status_restarts_total{namespace="$namespace"}[$__range])'), '{{pod}}']),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, thresholds: steps([1, 'orange'], [10, 'red']) } },
      },
      {
        type: 'table',
        title: 'Pods not ready',
        w: 8,
        h: 8,
        targets: promInstant([perPod('kube_pod_status_ready{namespace="$namespace", condition="false"}'), '{{pod}}']),
        options: { sortBy: { column: 'Value', desc: true } },
      },
      {
        type: 'timeseries',
        title: 'Replicas available vs desired',
        w: 8,
        h: 8,
        targets: prom(
          ['kube_deployment_status_replicas_available{namespace="$namespace", deployment=~"$workload"}', '{{deployment}} available'],
          ['kube_deployment_spec_replicas{namespace="$namespace", deployment=~"$workload"}', '{{deployment}} desired'],
          ['kube_statefulset_status_replicas_ready{namespace="$namespace", statefulset=~"$workload"}', '{{statefulset}} ready'],
          ['kube_statefulset_replicas{namespace="$namespace", statefulset=~"$workload"}', '{{statefulset}} desired'],
        ),
        fieldConfig: { defaults: { unit: 'short', decimals: 0, min: 0 } },
      },
    ],
  ]),
});
