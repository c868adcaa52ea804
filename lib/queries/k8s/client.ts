/** One function per /api/k8s endpoint. Hooks call these; components call the hooks. */
import type { EventSummary, NamespaceSummary, NodeSummary, OwnerRef, Page, PodSummary, WorkloadKind, WorkloadSummary } from '@/lib/k8s/types';
import { fetchApi } from '../api';

export interface PodListParams {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface PodLogParams {
  container?: string;
  previous?: boolean;
  /** Epoch ms. */
  start?: number;
  end?: number;
  tailLines?: number;
}

export interface PodLogEntry {
  tsNs: string;
  line: string;
}

const podPath = (namespace: string, name: string) => `/api/k8s/pods/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;

export const k8sApi = {
  namespaces: (signal?: AbortSignal) => fetchApi<Page<NamespaceSummary>>('/api/k8s/namespaces', {}, signal),
  pods: (p: PodListParams & { limit?: number; continue?: string }, signal?: AbortSignal) => fetchApi<Page<PodSummary>>('/api/k8s/pods', { ...p }, signal),
  pod: (namespace: string, name: string, signal?: AbortSignal) => fetchApi<{ pod: PodSummary; owners: OwnerRef[] }>(podPath(namespace, name), {}, signal),
  podEvents: (namespace: string, name: string, signal?: AbortSignal) => fetchApi<{ items: EventSummary[] }>(`${podPath(namespace, name)}/events`, {}, signal),
  podLog: (namespace: string, name: string, p: PodLogParams, signal?: AbortSignal) =>
    fetchApi<{ entries: PodLogEntry[]; truncated: boolean }>(`${podPath(namespace, name)}/log`, { ...p, previous: p.previous ? 'true' : undefined }, signal),
  podYaml: (namespace: string, name: string, signal?: AbortSignal) => fetchApi<{ yaml: string }>(`${podPath(namespace, name)}/yaml`, {}, signal),
  nodes: (signal?: AbortSignal) => fetchApi<Page<NodeSummary>>('/api/k8s/nodes', {}, signal),
  node: (name: string, signal?: AbortSignal) => fetchApi<NodeSummary>(`/api/k8s/nodes/${encodeURIComponent(name)}`, {}, signal),
  workloads: (kind: WorkloadKind, namespace: string | undefined, signal?: AbortSignal) => fetchApi<Page<WorkloadSummary>>('/api/k8s/workloads', { kind, namespace }, signal),
  workload: (kind: WorkloadKind, namespace: string, name: string, signal?: AbortSignal) =>
    fetchApi<WorkloadSummary>(`/api/k8s/workloads/${kind}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`, {}, signal),
  /** Paths of the server-sent event streams (EventSource takes a URL, not a fetch). */
  podWatchPath: () => '/api/k8s/pods/watch',
  podLogPath: (namespace: string, name: string) => `${podPath(namespace, name)}/log`,
};
