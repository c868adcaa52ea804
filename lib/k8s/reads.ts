import 'server-only';
/** One function per read. Each takes CallOptions (signal, timeoutMs) and returns DTOs; failures are KubeErrors. */
import { call, callSignal, type CallOptions, type Connection, streamGet } from './connection';
import { toKubeError } from './errors';
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

/** The pod as the API server returns it, for the read-only YAML view (managedFields dropped: noise to a reader). */
export async function getPodObject(conn: Connection, namespace: string, name: string, o: CallOptions = {}): Promise<Record<string, unknown>> {
  // Raw JSON rather than the generated model: the YAML should read as the API server wrote it (string timestamps, no undefineds).
  const c = ctx('get', 'pods', namespace);
  const signal = callSignal(conn, o);
  const res = await streamGet(conn, `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}`, {}, signal, o.timeoutMs ?? conn.timeoutMs, c);
  try {
    const raw = (await res.json()) as { metadata?: { managedFields?: unknown } } & Record<string, unknown>;
    if (raw.metadata) delete raw.metadata.managedFields;
    return raw;
  } catch (e) {
    throw toKubeError(e, c, conn.server);
  }
}

export async function getNode(conn: Connection, name: string, o: CallOptions = {}): Promise<NodeSummary> {
  const node = await call(conn, ctx('get', 'nodes'), o, (c) => conn.core.readNode({ name }, c));
  return toNodeSummary(node);
}

/** One Deployment, ReplicaSet, StatefulSet, DaemonSet or Job. */
export async function getWorkload(conn: Connection, kind: WorkloadKind, namespace: string, name: string, o: CallOptions = {}): Promise<WorkloadSummary> {
  const w = await call(conn, ctx('get', `${kind.toLowerCase()}s`, namespace), o, (c): Promise<Parameters<typeof toWorkloadSummary>[1]> => {
    const args = { namespace, name };
    switch (kind) {
      case 'Deployment':
        return conn.apps.readNamespacedDeployment(args, c);
      case 'ReplicaSet':
        return conn.apps.readNamespacedReplicaSet(args, c);
      case 'StatefulSet':
        return conn.apps.readNamespacedStatefulSet(args, c);
      case 'DaemonSet':
        return conn.apps.readNamespacedDaemonSet(args, c);
      case 'Job':
        return conn.batch.readNamespacedJob(args, c);
    }
  });
  return toWorkloadSummary(kind, w);
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
