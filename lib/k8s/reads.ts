import 'server-only';
/** One function per read. Each takes CallOptions (signal, timeoutMs) and returns DTOs; failures are KubeErrors. */
import { call, type CallOptions, type Connection } from './connection';
import { toEventSummary, toNamespaceSummary, toNodeSummary, toPodSummary, toWorkloadSummary } from './to-summary';
import type { EventSummary, NamespaceSummary, NodeSummary, Page, PodSummary, WorkloadKind, WorkloadSummary } from './types';

export interface ListOptions extends CallOptions {
  /** Omit for all namespaces. */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
}

interface RawList<T> {
  items: T[];
  metadata?: { resourceVersion?: string; _continue?: string };
}

const query = (o: ListOptions) => ({ labelSelector: o.labelSelector, fieldSelector: o.fieldSelector, limit: o.limit, _continue: o.continue });

function page<T, U>(list: RawList<T>, convert: (t: T) => U): Page<U> {
  return {
    items: list.items.map(convert),
    resourceVersion: list.metadata?.resourceVersion ?? '',
    ...(list.metadata?._continue ? { continue: list.metadata._continue } : {}),
  };
}

const ctx = (verb: string, resource: string, namespace?: string) => ({ verb, resource, ...(namespace ? { namespace } : {}) });

export async function listNamespaces(conn: Connection, o: ListOptions = {}): Promise<Page<NamespaceSummary>> {
  const list = await call(conn, ctx('list', 'namespaces'), o, (c) => conn.core.listNamespace(query(o), c));
  return page(list, toNamespaceSummary);
}

export async function listNodes(conn: Connection, o: ListOptions = {}): Promise<Page<NodeSummary>> {
  const list = await call(conn, ctx('list', 'nodes'), o, (c) => conn.core.listNode(query(o), c));
  return page(list, toNodeSummary);
}

export async function listPods(conn: Connection, o: ListOptions = {}): Promise<Page<PodSummary>> {
  const ns = o.namespace;
  const list = await call(conn, ctx('list', 'pods', ns), o, (c) => (ns ? conn.core.listNamespacedPod({ namespace: ns, ...query(o) }, c) : conn.core.listPodForAllNamespaces(query(o), c)));
  return page(list, toPodSummary);
}

export async function getPod(conn: Connection, namespace: string, name: string, o: CallOptions = {}): Promise<PodSummary> {
  const pod = await call(conn, ctx('get', 'pods', namespace), o, (c) => conn.core.readNamespacedPod({ namespace, name }, c));
  return toPodSummary(pod);
}

export async function listEvents(conn: Connection, o: ListOptions = {}): Promise<Page<EventSummary>> {
  const ns = o.namespace;
  const list = await call(conn, ctx('list', 'events', ns), o, (c) => (ns ? conn.core.listNamespacedEvent({ namespace: ns, ...query(o) }, c) : conn.core.listEventForAllNamespaces(query(o), c)));
  return page(list, toEventSummary);
}

/** Deployments, ReplicaSets, StatefulSets, DaemonSets or Jobs, namespaced or across all namespaces. */
export async function listWorkloads(conn: Connection, kind: WorkloadKind, o: ListOptions = {}): Promise<Page<WorkloadSummary>> {
  const ns = o.namespace;
  const q = query(o);
  const resource = `${kind.toLowerCase()}s`;
  const list = await call(conn, ctx('list', resource, ns), o, (c): Promise<RawList<Parameters<typeof toWorkloadSummary>[1]>> => {
    switch (kind) {
      case 'Deployment':
        return ns ? conn.apps.listNamespacedDeployment({ namespace: ns, ...q }, c) : conn.apps.listDeploymentForAllNamespaces(q, c);
      case 'ReplicaSet':
        return ns ? conn.apps.listNamespacedReplicaSet({ namespace: ns, ...q }, c) : conn.apps.listReplicaSetForAllNamespaces(q, c);
      case 'StatefulSet':
        return ns ? conn.apps.listNamespacedStatefulSet({ namespace: ns, ...q }, c) : conn.apps.listStatefulSetForAllNamespaces(q, c);
      case 'DaemonSet':
        return ns ? conn.apps.listNamespacedDaemonSet({ namespace: ns, ...q }, c) : conn.apps.listDaemonSetForAllNamespaces(q, c);
      case 'Job':
        return ns ? conn.batch.listNamespacedJob({ namespace: ns, ...q }, c) : conn.batch.listJobForAllNamespaces(q, c);
    }
  });
  return page(list, (w) => toWorkloadSummary(kind, w));
}
