/**
 * Client-node objects to Lantern DTOs. Accepts both deserialized models (Date timestamps) and raw watch JSON
 * (string timestamps), so the same converter serves lists and watches.
 */
import type { CoreV1Event, V1Container, V1Probe, V1ContainerStatus, V1DaemonSet, V1Deployment, V1Job, V1Namespace, V1Node, V1ObjectMeta, V1Pod, V1ReplicaSet, V1StatefulSet } from '@kubernetes/client-node';
import { podDisplayStatus } from './pod-status';
import type { Condition, ContainerSummary, EventSummary, NamespaceSummary, NodeSummary, OwnerRef, PodSummary, WorkloadKind, WorkloadSummary } from './types';

type Time = Date | string | null | undefined;

export const isoTime = (t: Time): string | null => {
  if (!t) return null;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

const strings = (m: Record<string, unknown> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, String(v)]));

function ownerOf(meta: V1ObjectMeta | undefined): OwnerRef | null {
  const refs = meta?.ownerReferences ?? [];
  const o = refs.find((r) => r.controller) ?? refs[0];
  return o ? { kind: o.kind, name: o.name } : null;
}

/** A probe as `kubectl describe` prints it. */
export function describeProbe(p: V1Probe | undefined): string | null {
  if (!p) return null;
  const h = p.httpGet;
  const how = h
    ? `http-get ${h.scheme === 'HTTPS' ? 'https' : 'http'}://${h.host ?? ''}:${h.port}${h.path ?? '/'}`
    : p.tcpSocket
      ? `tcp-socket :${p.tcpSocket.port}`
      : p.exec
        ? `exec [${(p.exec.command ?? []).join(' ')}]`
        : p.grpc
          ? `grpc :${p.grpc.port}`
          : 'unknown';
  return `${how} delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
}

function conditionsOf(list: { type: string; status: string; reason?: string; message?: string; lastTransitionTime?: Time }[] | undefined): Condition[] {
  return (list ?? []).map((c) => ({ type: c.type, status: c.status, reason: c.reason ?? null, message: c.message ?? null, lastTransitionTime: isoTime(c.lastTransitionTime) }));
}

function containerSummary(spec: V1Container | undefined, s: V1ContainerStatus | undefined, name: string): ContainerSummary {
  const state = s?.state;
  const t = state?.terminated;
  const last = s?.lastState?.terminated;
  return {
    name,
    image: spec?.image ?? s?.image ?? '',
    state: state?.running ? 'running' : state?.waiting ? 'waiting' : t ? 'terminated' : 'unknown',
    reason: state?.waiting?.reason ?? t?.reason ?? null,
    exitCode: t?.exitCode ?? null,
    ready: s?.ready ?? false,
    restarts: s?.restartCount ?? 0,
    startedAt: isoTime(state?.running?.startedAt ?? t?.startedAt),
    lastTermination: last ? { reason: last.reason ?? null, exitCode: last.exitCode ?? null, finishedAt: isoTime(last.finishedAt) } : null,
    requests: strings(spec?.resources?.requests),
    limits: strings(spec?.resources?.limits),
    probes: { liveness: describeProbe(spec?.livenessProbe), readiness: describeProbe(spec?.readinessProbe), startup: describeProbe(spec?.startupProbe) },
  };
}

export function toPodSummary(pod: V1Pod): PodSummary {
  const meta = pod.metadata ?? {};
  const display = podDisplayStatus(pod);
  const byName = (list: V1ContainerStatus[] | undefined, name: string) => list?.find((s) => s.name === name);
  return {
    namespace: meta.namespace ?? '',
    name: meta.name ?? '',
    uid: meta.uid ?? '',
    resourceVersion: meta.resourceVersion ?? '',
    phase: pod.status?.phase ?? 'Unknown',
    status: display.status,
    ready: display.ready,
    restarts: display.restarts,
    lastRestartAt: display.lastRestartAt,
    node: pod.spec?.nodeName ?? null,
    podIP: pod.status?.podIP ?? null,
    hostIP: pod.status?.hostIP ?? null,
    serviceAccount: pod.spec?.serviceAccountName ?? null,
    reason: pod.status?.reason ?? null,
    message: pod.status?.message ?? null,
    startedAt: isoTime(pod.status?.startTime),
    createdAt: isoTime(meta.creationTimestamp),
    deletedAt: isoTime(meta.deletionTimestamp),
    owner: ownerOf(meta),
    labels: meta.labels ?? {},
    annotations: meta.annotations ?? {},
    conditions: conditionsOf(pod.status?.conditions),
    qosClass: pod.status?.qosClass ?? null,
    containers: (pod.spec?.containers ?? []).map((c) => containerSummary(c, byName(pod.status?.containerStatuses, c.name), c.name)),
    initContainers: (pod.spec?.initContainers ?? []).map((c) => containerSummary(c, byName(pod.status?.initContainerStatuses, c.name), c.name)),
  };
}

export function toNodeSummary(node: V1Node): NodeSummary {
  const meta = node.metadata ?? {};
  const conditions = node.status?.conditions ?? [];
  const readyCond = conditions.find((c) => c.type === 'Ready');
  const base = readyCond?.status === 'True' ? 'Ready' : readyCond?.status === 'False' ? 'NotReady' : 'Unknown';
  const labels = meta.labels ?? {};
  const roles = Object.keys(labels)
    .filter((k) => k.startsWith('node-role.kubernetes.io/'))
    .map((k) => k.slice('node-role.kubernetes.io/'.length))
    .concat(labels['kubernetes.io/role'] ? [labels['kubernetes.io/role']] : []);
  const info = node.status?.nodeInfo;
  return {
    name: meta.name ?? '',
    uid: meta.uid ?? '',
    status: node.spec?.unschedulable ? `${base},SchedulingDisabled` : base,
    ready: base === 'Ready',
    roles,
    createdAt: isoTime(meta.creationTimestamp),
    kubeletVersion: info?.kubeletVersion ?? null,
    internalIP: node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? null,
    osImage: info?.osImage ?? null,
    kernelVersion: info?.kernelVersion ?? null,
    containerRuntime: info?.containerRuntimeVersion ?? null,
    capacity: strings(node.status?.capacity),
    allocatable: strings(node.status?.allocatable),
    conditions: conditions.map((c) => ({ type: c.type, status: c.status, reason: c.reason ?? null, message: c.message ?? null })),
    taints: (node.spec?.taints ?? []).map((t) => ({ key: t.key, value: t.value ?? null, effect: t.effect })),
    labels,
  };
}

export function toNamespaceSummary(ns: V1Namespace): NamespaceSummary {
  return {
    name: ns.metadata?.name ?? '',
    uid: ns.metadata?.uid ?? '',
    phase: ns.status?.phase ?? 'Active',
    createdAt: isoTime(ns.metadata?.creationTimestamp),
    labels: ns.metadata?.labels ?? {},
  };
}

export function toEventSummary(e: CoreV1Event): EventSummary {
  const io = e.involvedObject ?? { kind: '', name: '' };
  const last = e.lastTimestamp ?? e.series?.lastObservedTime ?? e.eventTime ?? e.metadata?.creationTimestamp;
  return {
    namespace: e.metadata?.namespace ?? '',
    name: e.metadata?.name ?? '',
    uid: e.metadata?.uid ?? '',
    type: e.type ?? 'Normal',
    reason: e.reason ?? '',
    message: e.message ?? '',
    involvedObject: { kind: io.kind ?? '', namespace: io.namespace ?? null, name: io.name ?? '', uid: io.uid ?? null, fieldPath: io.fieldPath ?? null },
    count: e.count ?? e.series?.count ?? 1,
    firstTimestamp: isoTime(e.firstTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp),
    lastTimestamp: isoTime(last),
    source: e.source?.component ?? e.reportingComponent ?? null,
  };
}

type Workload = V1Deployment | V1ReplicaSet | V1StatefulSet | V1DaemonSet | V1Job;

export function toWorkloadSummary(kind: WorkloadKind, w: Workload): WorkloadSummary {
  const meta = w.metadata ?? {};
  const common = {
    kind,
    namespace: meta.namespace ?? '',
    name: meta.name ?? '',
    uid: meta.uid ?? '',
    createdAt: isoTime(meta.creationTimestamp),
    labels: meta.labels ?? {},
    selector: w.spec?.selector?.matchLabels ?? {},
    owner: ownerOf(meta),
    images: (w.spec?.template?.spec?.containers ?? []).map((c) => c.image ?? ''),
    conditions: ((w.status as { conditions?: { type: string; status: string; reason?: string; message?: string }[] } | undefined)?.conditions ?? []).map((c) => ({
      type: c.type,
      status: c.status,
      reason: c.reason ?? null,
      message: c.message ?? null,
    })),
  };
  if (kind === 'DaemonSet') {
    const s = (w as V1DaemonSet).status;
    return { ...common, desired: s?.desiredNumberScheduled ?? 0, ready: s?.numberReady ?? 0, available: s?.numberAvailable ?? 0, updated: s?.updatedNumberScheduled ?? 0 };
  }
  if (kind === 'Job') {
    const j = w as V1Job;
    const s = j.status;
    const complete = s?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True');
    const failed = s?.conditions?.some((c) => c.type === 'Failed' && c.status === 'True');
    return {
      ...common,
      desired: j.spec?.completions ?? 1,
      ready: s?.ready ?? 0,
      available: s?.succeeded ?? 0,
      updated: s?.succeeded ?? 0,
      job: {
        active: s?.active ?? 0,
        succeeded: s?.succeeded ?? 0,
        failed: s?.failed ?? 0,
        startTime: isoTime(s?.startTime),
        completionTime: isoTime(s?.completionTime),
        status: complete ? 'Complete' : failed ? 'Failed' : j.spec?.suspend ? 'Suspended' : 'Running',
      },
    };
  }
  const s = (w as V1Deployment | V1ReplicaSet | V1StatefulSet).status as { readyReplicas?: number; availableReplicas?: number; updatedReplicas?: number; replicas?: number } | undefined;
  const spec = (w as V1Deployment).spec;
  return {
    ...common,
    desired: spec?.replicas ?? 1,
    ready: s?.readyReplicas ?? 0,
    available: s?.availableReplicas ?? 0,
    updated: kind === 'ReplicaSet' ? (s?.replicas ?? 0) : (s?.updatedReplicas ?? 0),
  };
}
