import 'server-only';
/** Lantern's Kubernetes client: bind the configuration once, then one method per read. */
import { type CallOptions, connect, type KubeClientOptions } from './connection';
import { podLogs, type PodLogOptions } from './logs';
import { getNode, getPod, getPodObject, getWorkload, listEvents, listNamespaces, listNodes, listPods, listWorkloads, type ListOptions } from './reads';
import type { EventSummary, NamespaceSummary, NodeSummary, Page, PodSummary, WorkloadKind, WorkloadSummary } from './types';
import { watchEvents, watchPods, type WatchOptions, type WatchUpdate } from './watch';

export interface KubeClient {
  /** The API server's URL, for messages. */
  readonly server: string;
  listNamespaces(o?: ListOptions): Promise<Page<NamespaceSummary>>;
  listNodes(o?: ListOptions): Promise<Page<NodeSummary>>;
  listPods(o?: ListOptions): Promise<Page<PodSummary>>;
  getPod(namespace: string, name: string, o?: CallOptions): Promise<PodSummary>;
  /** The raw object (for the YAML view). */
  getPodObject(namespace: string, name: string, o?: CallOptions): Promise<Record<string, unknown>>;
  getNode(name: string, o?: CallOptions): Promise<NodeSummary>;
  getWorkload(kind: WorkloadKind, namespace: string, name: string, o?: CallOptions): Promise<WorkloadSummary>;
  listEvents(o?: ListOptions): Promise<Page<EventSummary>>;
  listDeployments(o?: ListOptions): Promise<Page<WorkloadSummary>>;
  listReplicaSets(o?: ListOptions): Promise<Page<WorkloadSummary>>;
  listStatefulSets(o?: ListOptions): Promise<Page<WorkloadSummary>>;
  listDaemonSets(o?: ListOptions): Promise<Page<WorkloadSummary>>;
  listJobs(o?: ListOptions): Promise<Page<WorkloadSummary>>;
  watchPods(o: WatchOptions): AsyncIterable<WatchUpdate<PodSummary>>;
  watchEvents(o: WatchOptions): AsyncIterable<WatchUpdate<EventSummary>>;
  podLogs(namespace: string, name: string, o?: PodLogOptions): Promise<ReadableStream<Uint8Array>>;
}

/** Throws KubeError (500 InvalidConfiguration) when the configuration cannot be loaded. */
export function createKubeClient(options: KubeClientOptions): KubeClient {
  const conn = connect(options);
  return {
    server: conn.server,
    listNamespaces: (o) => listNamespaces(conn, o),
    listNodes: (o) => listNodes(conn, o),
    listPods: (o) => listPods(conn, o),
    getPod: (ns, name, o) => getPod(conn, ns, name, o),
    getPodObject: (ns, name, o) => getPodObject(conn, ns, name, o),
    getNode: (name, o) => getNode(conn, name, o),
    getWorkload: (kind, ns, name, o) => getWorkload(conn, kind, ns, name, o),
    listEvents: (o) => listEvents(conn, o),
    listDeployments: (o) => listWorkloads(conn, 'Deployment', o),
    listReplicaSets: (o) => listWorkloads(conn, 'ReplicaSet', o),
    listStatefulSets: (o) => listWorkloads(conn, 'StatefulSet', o),
    listDaemonSets: (o) => listWorkloads(conn, 'DaemonSet', o),
    listJobs: (o) => listWorkloads(conn, 'Job', o),
    watchPods: (o) => watchPods(conn, o),
    watchEvents: (o) => watchEvents(conn, o),
    podLogs: (ns, name, o) => podLogs(conn, ns, name, o),
  };
}
