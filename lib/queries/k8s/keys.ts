import type { WorkloadKind } from '@/lib/k8s/types';
import type { PodListParams, PodLogParams } from './client';

/**
 * Query keys of the Kubernetes views, object-shaped like lib/queries/keys.ts: `[{ root, scope, ...params }]`.
 * The pod list's key holds only what selects pods on the server; name, status and sort filter on the client.
 */
export const k8sKeys = {
  namespaces: () => [{ root: 'lantern', scope: 'k8s.namespaces' }] as const,
  podList: (p: PodListParams) => [{ root: 'lantern', scope: 'k8s.podList', ...p }] as const,
  pod: (namespace: string, name: string) => [{ root: 'lantern', scope: 'k8s.pod', namespace, name }] as const,
  podEvents: (namespace: string, name: string) => [{ root: 'lantern', scope: 'k8s.podEvents', namespace, name }] as const,
  podLog: (namespace: string, name: string, p: PodLogParams) => [{ root: 'lantern', scope: 'k8s.podLog', namespace, name, ...p }] as const,
  podYaml: (namespace: string, name: string) => [{ root: 'lantern', scope: 'k8s.podYaml', namespace, name }] as const,
  nodes: () => [{ root: 'lantern', scope: 'k8s.nodes' }] as const,
  node: (name: string) => [{ root: 'lantern', scope: 'k8s.node', name }] as const,
  workloads: (kind: WorkloadKind, namespace?: string) => [{ root: 'lantern', scope: 'k8s.workloads', kind, namespace }] as const,
  workload: (kind: WorkloadKind, namespace: string, name: string) => [{ root: 'lantern', scope: 'k8s.workload', kind, namespace, name }] as const,
};
