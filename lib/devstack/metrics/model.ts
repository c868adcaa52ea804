/**
 * What the exporters measure, derived from the demo cluster's model: when each container ran, and the
 * counters (CPU seconds, bytes, requests) as integrals of the model's rates over those runs. One model per
 * cluster is shared by the live exporters and the back-fill so their series join without a reset.
 */
import type { DemoCluster } from '../cluster/cluster';
import { CRASH_UPTIME_MS, JOB_RUN_MS, type DemoPod } from '../cluster/pods';
import { hashString, noise, stableUid } from '../cluster/random';
import type { ContainerSpec, NodeSpec } from '../cluster/topology';
import { cpuCores, memoryBytes, requestRate } from '../cluster/traffic';
import { BUCKET_MS, Integral, IntegralCache, type RateFn } from './integral';

/** One run of a container: from its start to its exit (crash, OOM kill, completion or pod deletion). */
export interface Run {
  restart: number;
  startMs: number;
  endMs: number;
  /** As in the pod's containerStatuses (`containerd://<id>`), without the scheme. */
  containerId: string;
}

const START_DELAY_MS = 4_000; // as in podStateAt: containers start 4 s after the pod is created
const DEFAULT_HISTORY_MS = 2 * 3600_000;

const ids = new Map<string, string>();

/** Memoised: exporters ask for the same ids on every scrape. */
export function containerId(pod: DemoPod, container: string, restart: number): string {
  const key = `${pod.uid}/${container}/${restart}`;
  let id = ids.get(key);
  if (!id) {
    if (ids.size > 50_000) ids.clear();
    ids.set(key, (id = stableUid(key).replace(/-/g, '')));
  }
  return id;
}

/** The cgroup of a pod, by QoS class, as the kubelet's cgroupfs driver names it. */
export function podCgroup(pod: DemoPod): string {
  const cs = pod.containers;
  const guaranteed = cs.every((c) => c.cpuLimitMillis && c.memoryLimitBytes && c.cpuLimitMillis === c.cpuRequestMillis && c.memoryLimitBytes === c.memoryRequestBytes);
  const bestEffort = cs.every((c) => !c.cpuRequestMillis && !c.memoryRequestBytes && !c.cpuLimitMillis && !c.memoryLimitBytes);
  return guaranteed ? `/kubepods/pod${pod.uid}` : bestEffort ? `/kubepods/besteffort/pod${pod.uid}` : `/kubepods/burstable/pod${pod.uid}`;
}

export function isHostNetwork(pod: DemoPod): boolean {
  const w = pod.workload;
  return w.kind === 'Static' || w.name === 'kube-proxy' || w.name === 'node-exporter';
}

/** Run k of a pod's containers (all containers of a demo pod share their behaviour), or null past the last. */
function runAt(pod: DemoPod, container: string, k: number): Run | null {
  const b = pod.behaviour;
  const created = pod.createdMs;
  const end = pod.deletedMs ?? Infinity;
  let start: number;
  let stop: number;
  switch (b.kind) {
    case 'pending':
      return null;
    case 'healthy':
    case 'completed':
      if (k > 0) return null;
      start = created + START_DELAY_MS;
      stop = b.kind === 'completed' ? start + JOB_RUN_MS : Infinity;
      break;
    case 'crashloop':
    case 'oom': {
      const period = b.periodSeconds * 1000;
      start = k === 0 ? created + START_DELAY_MS : created + k * period;
      stop = b.kind === 'crashloop' ? created + k * period + CRASH_UPTIME_MS : created + (k + 1) * period;
      break;
    }
  }
  if (start >= end) return null;
  return { restart: k, startMs: start, endMs: Math.min(stop, end), containerId: containerId(pod, container, k) };
}

function periodOf(pod: DemoPod): number {
  const b = pod.behaviour;
  return b.kind === 'crashloop' || b.kind === 'oom' ? b.periodSeconds * 1000 : Infinity;
}

/** The run going on at t, if the container is running then. */
export function runningAt(pod: DemoPod, container: string, tMs: number): Run | null {
  const period = periodOf(pod);
  const k = Number.isFinite(period) ? Math.max(0, Math.floor((tMs - pod.createdMs) / period)) : 0;
  const run = runAt(pod, container, k);
  return run && run.startMs <= tMs && tMs < run.endMs ? run : null;
}

/**
 * Runs that started by t, split at `fromMs`: those that ended before it only as a count and total
 * duration, the others one by one.
 */
export function runsUntil(pod: DemoPod, container: string, fromMs: number, tMs: number): { earlier: { count: number; ms: number }; runs: Run[] } {
  const period = periodOf(pod);
  const runs: Run[] = [];
  if (!Number.isFinite(period)) {
    const r = runAt(pod, container, 0);
    if (r && r.startMs <= tMs) {
      if (r.endMs <= fromMs) return { earlier: { count: 1, ms: r.endMs - r.startMs }, runs };
      runs.push(r);
    }
    return { earlier: { count: 0, ms: 0 }, runs };
  }
  // periodic runs all last the same, except the first (starts late) and the last (pod deletion)
  const kFrom = pod.deletedMs === undefined ? Math.max(0, Math.floor((fromMs - pod.createdMs) / period) - 1) : 0;
  let count = 0;
  let ms = 0;
  if (kFrom > 0) {
    const first = runAt(pod, container, 0)!;
    const second = runAt(pod, container, 1);
    count = kFrom;
    ms = first.endMs - first.startMs + (second ? (second.endMs - second.startMs) * (kFrom - 1) : 0);
  }
  for (let k = kFrom; ; k++) {
    const r = runAt(pod, container, k);
    if (!r || r.startMs > tMs) break;
    if (r.endMs <= fromMs) {
      count++;
      ms += r.endMs - r.startMs;
    } else runs.push(r);
  }
  return { earlier: { count, ms }, runs };
}

/** Bytes per second a container reads from and writes to its filesystem, tied to its CPU use. */
export function containerRates(pod: DemoPod, c: ContainerSpec): RateFn {
  const key = `${pod.name}/${c.name}`;
  return (t) => {
    const cpu = cpuCores(c.cpuCores, key, t, pod.app);
    return [cpu, 400 + cpu * 2.0e5, 900 + cpu * 1.2e5 + (c.name === 'prometheus' || c.name === 'redis' ? 60_000 : 0)];
  };
}

/** Requests per second served by a pod (all replicas of a workload share the base rate). */
export function podRequestRate(pod: DemoPod, tMs: number): number {
  return requestRate(pod.workload.requestsPerSecond, `${pod.namespace}/${pod.name}`, tMs);
}

/** Network bytes per second received and sent by a pod (on its eth0). */
export function networkRates(pod: DemoPod): RateFn {
  const key = `${pod.namespace}/${pod.name}/net`;
  return (t) => {
    const rps = podRequestRate(pod, t);
    const jitter = 1 + 0.1 * noise(key, Math.floor(t / BUCKET_MS));
    return [(600 + rps * 1100) * jitter, (450 + rps * 5200) * jitter];
  };
}

export function containerMemory(pod: DemoPod, c: ContainerSpec, run: Run, tMs: number): number {
  const b = pod.behaviour;
  const ramp = b.kind === 'oom' ? { sinceMs: run.startMs, periodMs: b.periodSeconds * 1000, limitBytes: b.memoryLimitBytes } : undefined;
  // a running process always has a few MiB resident, even where the model says "about nothing"
  return Math.max(memoryBytes(c.memoryBytes, `${pod.name}/${c.name}`, tMs, ramp), 1_400_000 + (hashString(c.name) % 900_000));
}

/** Shared state of the exporters for one cluster: the anchor of all counters and their running sums. */
export class MetricsModel {
  anchorMs: number;
  readonly integrals = new IntegralCache();

  constructor(readonly cluster: DemoCluster, anchorMs: number) {
    this.anchorMs = anchorMs;
  }

  /** Counters are summed exactly from here on; call before the first scrape to back-fill further back. */
  ensureHistory(sinceMs: number): void {
    if (sinceMs >= this.anchorMs) return;
    this.anchorMs = Math.floor((sinceMs - 10 * 60_000) / BUCKET_MS) * BUCKET_MS;
    this.integrals.clear();
  }

  integral(key: string, rate: RateFn, size: number, fromMs: number, toMs: number): Integral {
    return this.integrals.get(key, () => new Integral(rate, size, fromMs, toMs, this.anchorMs));
  }

  /** [cpu seconds, fs read bytes, fs written bytes] of one container run at t. */
  runCounters(pod: DemoPod, c: ContainerSpec, run: Run, tMs: number): Float64Array {
    return this.integral(`run/${pod.uid}/${c.name}/${run.restart}`, containerRates(pod, c), 3, run.startMs, run.endMs).valueAt(tMs);
  }

  /** Sum of the counters over every run of the container so far (what the pod's cgroup accounts). */
  containerTotals(pod: DemoPod, c: ContainerSpec, tMs: number): Float64Array {
    const { earlier, runs } = runsUntil(pod, c.name, this.anchorMs, tMs);
    const out = new Float64Array(3);
    if (earlier.count) {
      const r = containerRates(pod, c)(this.anchorMs);
      for (let i = 0; i < 3; i++) out[i] += r[i] * (earlier.ms / 1000);
    }
    for (const run of runs) {
      const v = this.runCounters(pod, c, run, tMs);
      for (let i = 0; i < 3; i++) out[i] += v[i];
    }
    return out;
  }

  /** [received, transmitted] bytes on the pod's eth0 since its sandbox started. */
  networkCounters(pod: DemoPod, tMs: number): Float64Array {
    const end = pod.behaviour.kind === 'completed' ? pod.createdMs + START_DELAY_MS + JOB_RUN_MS : (pod.deletedMs ?? Infinity);
    return this.integral(`net/${pod.uid}`, networkRates(pod), 2, pod.createdMs + 2_000, end).valueAt(tMs);
  }

  nodePods(node: NodeSpec, tMs: number): DemoPod[] {
    return this.cluster.podsAt(tMs).filter((p) => p.node?.name === node.name);
  }
}

const models = new WeakMap<DemoCluster, MetricsModel>();

/** The model of a cluster, shared by every exporter and the back-fill. */
export function metricsModel(cluster: DemoCluster): MetricsModel {
  let m = models.get(cluster);
  if (!m) {
    m = new MetricsModel(cluster, Math.floor((cluster.startMs - DEFAULT_HISTORY_MS) / BUCKET_MS) * BUCKET_MS);
    models.set(cluster, m);
  }
  return m;
}
