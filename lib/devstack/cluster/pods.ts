/**
 * Demo pods: identity (names, owners, placement) fixed at start, state (phase, restarts,
 * container states) computed for any time t from the pod's behaviour.
 */
import { kubeSuffix, stableUid } from './random';
import { NODES, WORKLOADS, type Behaviour, type ContainerSpec, type NodeSpec, type WorkloadSpec } from './topology';

export interface DemoPod {
  namespace: string;
  name: string;
  uid: string;
  app: string;
  workload: WorkloadSpec;
  /** For Deployments, the ReplicaSet that owns the pod. */
  replicaSetName?: string;
  /** For Jobs created by the cache-warmer schedule, the Job's name. */
  jobName?: string;
  replica: number;
  node: NodeSpec | null;
  podIP: string | null;
  createdMs: number;
  /** When the pod was deleted (absent while it exists). */
  deletedMs?: number;
  behaviour: Behaviour;
  containers: ContainerSpec[];
  initContainers: ContainerSpec[];
  labels: Record<string, string>;
}

export interface ContainerState {
  name: string;
  ready: boolean;
  restartCount: number;
  /** When the current instance started (running) or null (waiting). */
  startedMs: number | null;
  waiting?: { reason: string; message?: string };
  terminated?: { reason: string; exitCode: number; startedMs: number; finishedMs: number; message?: string };
  lastTerminated?: { reason: string; exitCode: number; startedMs: number; finishedMs: number; message?: string };
}

export interface PodState {
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  ready: boolean;
  containers: ContainerState[];
}

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** Seconds a crash-looping container stays up before it exits. */
export const CRASH_UPTIME_MS = 25_000;

export function templateHash(workload: WorkloadSpec, revision: number): string {
  return kubeSuffix(`${workload.namespace}/${workload.name}/rev${revision}`, 10);
}

function podLabels(w: WorkloadSpec, replica: number, extra: Record<string, string>): Record<string, string> {
  if (w.kind === 'Static') return { component: w.name, tier: 'control-plane' };
  const labels: Record<string, string> = { app: w.name, 'app.kubernetes.io/name': w.name };
  if (w.tier) labels['app.kubernetes.io/component'] = w.tier;
  if (w.kind === 'StatefulSet') labels['statefulset.kubernetes.io/pod-name'] = `${w.name}-${replica}`;
  return { ...labels, ...extra };
}

/** Placement: control-plane pods on node 0, the rest spread over the workers. */
function nodeIndex(w: WorkloadSpec, replica: number, ordinal: number): number {
  if (w.nodeFor) return w.nodeFor(replica);
  return 1 + (ordinal % (NODES.length - 1));
}

/**
 * All pods the demo cluster has ever had, given the time the demo started.
 * The cart Deployment was rolled out 40 minutes before start, so its old pods exist only in history.
 */
export function buildPods(startMs: number): DemoPod[] {
  const pods: DemoPod[] = [];
  const createdBase = startMs - 3 * DAY;
  let ordinal = 0;
  const nodeCounters = NODES.map(() => 10);

  const add = (w: WorkloadSpec, replica: number, p: Partial<DemoPod> & { name: string; createdMs: number }) => {
    const behaviour = w.behaviours?.[replica] ?? { kind: 'healthy' };
    const pending = behaviour.kind === 'pending';
    const ni = nodeIndex(w, replica, ordinal++);
    const node = pending ? null : NODES[ni];
    const hostNetwork = w.kind === 'Static' || w.name === 'kube-proxy' || w.name === 'node-exporter';
    const podIP = node ? (hostNetwork ? node.ip : `10.244.${ni}.${nodeCounters[ni]++}`) : null;
    pods.push({
      namespace: w.namespace,
      uid: stableUid(`${w.namespace}/${p.name}`),
      app: w.name,
      workload: w,
      replica,
      node,
      podIP,
      behaviour,
      containers: w.containers,
      initContainers: w.initContainers ?? [],
      labels: {},
      ...p,
    });
  };

  for (const w of WORKLOADS) {
    for (let r = 0; r < w.replicas; r++) {
      // spread creation times so periodic behaviours (crash loops, OOM kills) are out of phase
      const created = createdBase + (ordinal % 5) * 60_000 + ((ordinal * 7919) % 60_000);
      switch (w.kind) {
        case 'Static':
          add(w, r, { name: `${w.name}-${NODES[0].name}`, createdMs: created, labels: podLabels(w, r, {}) });
          break;
        case 'Deployment': {
          const rolled = w.name === 'cart';
          const revision = rolled ? 2 : 1;
          const hash = templateHash(w, revision);
          const rs = `${w.name}-${hash}`;
          const podCreated = rolled ? startMs - 40 * 60_000 + r * 20_000 : created;
          add(w, r, {
            name: `${rs}-${kubeSuffix(`${rs}/${r}`, 5)}`,
            createdMs: podCreated,
            replicaSetName: rs,
            labels: podLabels(w, r, { 'pod-template-hash': hash }),
          });
          if (rolled) {
            const oldHash = templateHash(w, 1);
            const oldRs = `${w.name}-${oldHash}`;
            add(w, r, {
              name: `${oldRs}-${kubeSuffix(`${oldRs}/${r}`, 5)}`,
              createdMs: created,
              deletedMs: podCreated + 30_000,
              replicaSetName: oldRs,
              labels: podLabels(w, r, { 'pod-template-hash': oldHash }),
            });
          }
          break;
        }
        case 'StatefulSet':
          add(w, r, {
            name: `${w.name}-${r}`,
            createdMs: created,
            labels: podLabels(w, r, { 'controller-revision-hash': `${w.name}-${templateHash(w, 1).slice(0, 10)}` }),
          });
          break;
        case 'DaemonSet':
          add(w, r, {
            name: `${w.name}-${kubeSuffix(`${w.namespace}/${w.name}/${r}`, 5)}`,
            createdMs: created,
            labels: podLabels(w, r, { 'controller-revision-hash': templateHash(w, 1), 'pod-template-generation': '1' }),
          });
          break;
        case 'Job':
          add(w, r, {
            name: `${w.name}-${kubeSuffix(`${w.namespace}/${w.name}`, 5)}`,
            createdMs: created,
            jobName: w.name,
            labels: podLabels(w, r, { 'job-name': w.name, 'batch.kubernetes.io/job-name': w.name }),
          });
          break;
      }
    }
  }
  return pods;
}

/** Containers of a completed Job ran for this long. */
export const JOB_RUN_MS = 48_000;

/** The state of a pod at time t (t >= pod.createdMs). */
export function podStateAt(pod: DemoPod, tMs: number): PodState {
  const b = pod.behaviour;
  const age = tMs - pod.createdMs;
  const startOf = pod.createdMs + 4_000; // image already present, containers start within seconds
  if (b.kind !== 'pending' && tMs < startOf) {
    return {
      phase: 'Pending',
      ready: false,
      containers: pod.containers.map((c) => ({
        name: c.name,
        ready: false,
        restartCount: 0,
        startedMs: null,
        waiting: { reason: 'ContainerCreating' },
      })),
    };
  }
  if (b.kind === 'pending') {
    return {
      phase: 'Pending',
      ready: false,
      containers: [],
    };
  }
  if (b.kind === 'completed') {
    const finished = startOf + JOB_RUN_MS;
    const done = tMs >= finished;
    return {
      phase: done ? 'Succeeded' : 'Running',
      ready: !done,
      containers: pod.containers.map((c) => ({
        name: c.name,
        ready: !done,
        restartCount: 0,
        startedMs: done ? null : startOf,
        terminated: done ? { reason: 'Completed', exitCode: 0, startedMs: startOf, finishedMs: finished } : undefined,
      })),
    };
  }
  if (b.kind === 'crashloop') {
    const period = b.periodSeconds * 1000;
    const cycles = Math.max(0, Math.floor(age / period));
    const cycleStart = pod.createdMs + cycles * period;
    const up = tMs - cycleStart < CRASH_UPTIME_MS;
    const last =
      cycles > 0 || !up
        ? {
            reason: 'Error',
            exitCode: b.exitCode,
            startedMs: up ? cycleStart - period : cycleStart,
            finishedMs: (up ? cycleStart - period : cycleStart) + CRASH_UPTIME_MS,
          }
        : undefined;
    return {
      phase: 'Running',
      ready: false,
      containers: pod.containers.map((c) => ({
        name: c.name,
        ready: up,
        restartCount: cycles,
        startedMs: up ? cycleStart : null,
        waiting: up
          ? undefined
          : {
              reason: 'CrashLoopBackOff',
              message: `back-off 5m0s restarting failed container=${c.name} pod=${pod.name}_${pod.namespace}(${pod.uid})`,
            },
        lastTerminated: last,
      })),
    };
  }
  if (b.kind === 'oom') {
    const period = b.periodSeconds * 1000;
    const cycles = Math.max(0, Math.floor(age / period));
    const cycleStart = pod.createdMs + cycles * period;
    return {
      phase: 'Running',
      ready: true,
      containers: pod.containers.map((c) => ({
        name: c.name,
        ready: true,
        restartCount: cycles,
        startedMs: cycleStart,
        lastTerminated:
          cycles > 0
            ? { reason: 'OOMKilled', exitCode: 137, startedMs: cycleStart - period, finishedMs: cycleStart }
            : undefined,
      })),
    };
  }
  return {
    phase: 'Running',
    ready: true,
    containers: pod.containers.map((c) => ({ name: c.name, ready: true, restartCount: 0, startedMs: startOf })),
  };
}

/** Times at which containers of the pod terminated in [fromMs, toMs] (crash-loop exits and OOM kills). */
export function terminationsBetween(pod: DemoPod, fromMs: number, toMs: number): { atMs: number; reason: string; exitCode: number }[] {
  const b = pod.behaviour;
  if (b.kind !== 'crashloop' && b.kind !== 'oom') return [];
  const period = b.periodSeconds * 1000;
  const offset = b.kind === 'crashloop' ? CRASH_UPTIME_MS : period;
  const out: { atMs: number; reason: string; exitCode: number }[] = [];
  const end = Math.min(toMs, pod.deletedMs ?? Infinity);
  const first = Math.max(0, Math.floor((fromMs - pod.createdMs - offset) / period));
  for (let k = first; ; k++) {
    const at = pod.createdMs + k * period + offset;
    if (at > end) break;
    if (at >= fromMs) {
      out.push(
        b.kind === 'oom' ? { atMs: at, reason: 'OOMKilled', exitCode: 137 } : { atMs: at, reason: 'Error', exitCode: b.exitCode },
      );
    }
  }
  return out;
}
