import type { OwnerRef } from '@/lib/k8s/types';
import { logQuery } from '@/lib/logql/escape';

/** Where the pod, workload and node views link to. Callers append the time range with withTimeParams. */
export const k8sHrefs = {
  pod: (namespace: string, name: string) => `/pods/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`,
  node: (name: string) => `/nodes/${encodeURIComponent(name)}`,
  workloads: (kind?: string, namespace?: string) => `/workloads${kind || namespace ? `?${new URLSearchParams({ ...(kind ? { kind } : {}), ...(namespace ? { namespace } : {}) })}` : ''}`,
  workload: (kind: string, namespace: string, name: string) => `/workloads/${encodeURIComponent(kind.toLowerCase())}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`,
  /** An owner link, or null for kinds without a page here (Node for static pods, CronJob). */
  owner: (o: OwnerRef, namespace: string) => (o.kind === 'Node' ? k8sHrefs.node(o.name) : ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'].includes(o.kind) ? k8sHrefs.workload(o.kind, namespace, o.name) : null),
  explore: (promql: string) => `/explore?${new URLSearchParams({ q: promql })}`,
  logs: (namespace: string, pod: string | undefined, container?: string) =>
    `/logs?${new URLSearchParams({
      q: logQuery([{ name: 'namespace', op: '=', value: namespace }, ...(pod ? [{ name: 'pod', op: '=' as const, value: pod }] : []), ...(container ? [{ name: 'container', op: '=' as const, value: container }] : [])]),
    })}`,
};
