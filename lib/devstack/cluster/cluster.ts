/**
 * The demo cluster: a deterministic model evaluated at "now", kept as a store of Kubernetes objects with
 * resource versions, and a change feed (ADDED / MODIFIED / DELETED) for watches.
 */
import { eventsAt, type ExtraSeries } from './events';
import { jobObject, namespaceObject, nodeObject, podObject, TERMINATION_GRACE_MS, workloadObjects, type KubeObject } from './objects';
import { buildPods, type DemoPod, HOUR, JOB_RUN_MS, podStateAt } from './pods';
import { kubeSuffix, stableUid } from './random';
import { buildExtraPods, LOAD_NAMESPACE } from './scale';
import { NAMESPACES, NODES, WORKLOADS, type WorkloadSpec } from './topology';

export type Kind = 'Namespace' | 'Node' | 'Pod' | 'Event' | 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job';
export const KINDS: Kind[] = ['Namespace', 'Node', 'Pod', 'Event', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'];

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: KubeObject;
  resourceVersion: number;
}

const CRON_PERIOD_MS = 5 * 60_000;
const CRON_HISTORY = 3;

const CACHE_WARMER: WorkloadSpec = {
  kind: 'Job',
  namespace: 'shop',
  name: 'cache-warmer',
  replicas: 1,
  containers: [
    {
      name: 'warmer',
      image: 'ghcr.io/lantern-demo/cache-warmer:1.2.0',
      logFormat: 'logfmt',
      cpuRequestMillis: 100,
      memoryRequestBytes: 64 * 1024 * 1024,
      cpuCores: 0.2,
      memoryBytes: 40 * 1024 * 1024,
    },
  ],
  behaviours: { 0: { kind: 'completed' } },
  requestsPerSecond: 0,
};

const key = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export class DemoCluster {
  readonly startMs: number;
  private readonly basePods: DemoPod[];
  private readonly cronPods = new Map<number, DemoPod>();
  private readonly store = new Map<Kind, Map<string, { json: string; object: KubeObject; source: KubeObject }>>();
  /** Each pod's last built object and the state it was built from (see podObjectAt). */
  private readonly podObjects = new WeakMap<DemoPod, { signature: string; object: KubeObject }>();
  private readonly history: WatchEvent[] = [];
  private readonly listeners = new Set<(e: WatchEvent) => void>();
  private rv = 1000;
  private timer: NodeJS.Timeout | null = null;

  /** Benchmark pods (see scale.ts): in the API only, never in metrics or logs. */
  private readonly extraPods: DemoPod[];

  constructor(
    private readonly clock: () => number = Date.now,
    startMs?: number,
    options: { extraPods?: number } = {},
  ) {
    this.startMs = startMs ?? clock();
    this.basePods = buildPods(this.startMs);
    this.extraPods = options.extraPods ? buildExtraPods(options.extraPods, this.startMs) : [];
    for (const k of KINDS) this.store.set(k, new Map());
    this.refresh();
    this.history.length = 0; // the initial state is the list, not a stream of changes
  }

  now(): number {
    return this.clock();
  }

  /** Every pod the cluster has had from an hour before the demo started up to t, deleted ones included. */
  allPods(tMs = this.now()): DemoPod[] {
    return [...this.basePods, ...this.cronJobPods(tMs)].filter((p) => p.createdMs <= tMs);
  }

  /** Pods that exist at t. */
  podsAt(tMs = this.now()): DemoPod[] {
    return this.allPods(tMs).filter((p) => p.deletedMs === undefined || p.deletedMs > tMs);
  }

  nodes() {
    return NODES;
  }

  /** Pods of the cache-warmer CronJob: one Job every 5 minutes, the last three kept. */
  private cronJobPods(tMs: number): DemoPod[] {
    const first = Math.ceil((this.startMs - HOUR) / CRON_PERIOD_MS);
    const last = Math.floor(tMs / CRON_PERIOD_MS);
    const out: DemoPod[] = [];
    for (let slot = first; slot <= last; slot++) {
      let pod = this.cronPods.get(slot);
      if (!pod) {
        const jobName = `cache-warmer-${Math.floor((slot * CRON_PERIOD_MS) / 60_000)}`;
        const node = NODES[1 + (slot % (NODES.length - 1))];
        const name = `${jobName}-${kubeSuffix(jobName, 5)}`;
        pod = {
          namespace: 'shop',
          name,
          uid: stableUid(`shop/${name}`),
          app: 'cache-warmer',
          workload: CACHE_WARMER,
          jobName,
          replica: 0,
          node,
          podIP: `10.244.${NODES.indexOf(node)}.${100 + (slot % 100)}`,
          createdMs: slot * CRON_PERIOD_MS + 1_000,
          deletedMs: (slot + CRON_HISTORY) * CRON_PERIOD_MS + 1_500,
          behaviour: { kind: 'completed' },
          containers: CACHE_WARMER.containers,
          initContainers: [],
          labels: { app: 'cache-warmer', 'job-name': jobName, 'batch.kubernetes.io/job-name': jobName },
        };
        this.cronPods.set(slot, pod);
      }
      out.push(pod);
    }
    return out;
  }

  private controllerSeries(tMs: number): ExtraSeries[] {
    const out: ExtraSeries[] = [];
    const cart = WORKLOADS.find((w) => w.name === 'cart')!;
    const rollout = this.basePods.filter((p) => p.workload === cart && p.deletedMs === undefined);
    const ref = (kind: string, name: string, apiVersion: string) => ({ kind, namespace: cart.namespace, name, uid: stableUid(`${kind}/${cart.namespace}/${name}`), apiVersion });
    for (const p of rollout) {
      out.push({ involved: ref('Deployment', 'cart', 'apps/v1'), type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled up replica set ${p.replicaSetName} to ${p.replica + 1} from ${p.replica}`, component: 'deployment-controller', times: [p.createdMs] });
    }
    for (const p of this.cronJobPods(tMs)) {
      const job = ref('Job', p.jobName!, 'batch/v1');
      job.namespace = p.namespace;
      out.push({ involved: job, type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${p.name}`, component: 'job-controller', times: [p.createdMs] });
      out.push({ involved: job, type: 'Normal', reason: 'Completed', message: 'Job completed', component: 'job-controller', times: [p.createdMs + 4_000 + JOB_RUN_MS] });
    }
    return out;
  }

  /** All objects at time t, by kind. */
  objectsAt(tMs: number): Record<Kind, KubeObject[]> {
    const live = this.podsAt(tMs);
    const jobs = live
      .filter((p) => p.workload === CACHE_WARMER)
      .map((p) => {
        const s = podStateAt(p, tMs);
        const done = s.phase === 'Succeeded';
        return jobObject(p.namespace, p.jobName!, CACHE_WARMER, p.createdMs - 1_000, done ? p.createdMs + 4_000 + JOB_RUN_MS : null, done ? 0 : 1, 'cache-warmer');
      });
    const workloads = workloadObjects(this.basePods, this.startMs, tMs);
    const byKind = (k: string) => workloads.filter((o) => o.kind === k);
    return {
      Namespace: [...NAMESPACES, ...(this.extraPods.length ? [LOAD_NAMESPACE] : [])].map((n) => namespaceObject(n, this.startMs)),
      Node: NODES.map((n) => nodeObject(n, this.startMs, tMs)),
      Pod: [...live, ...this.extraPods].map((p) => this.podObjectAt(p, tMs)),
      Event: eventsAt(this.allPods(tMs), this.controllerSeries(tMs), tMs),
      Deployment: byKind('Deployment'),
      ReplicaSet: byKind('ReplicaSet'),
      StatefulSet: byKind('StatefulSet'),
      DaemonSet: byKind('DaemonSet'),
      Job: [...byKind('Job'), ...jobs],
    };
  }

  /**
   * podObject, rebuilt only when the pod's state changed. With 5,000 benchmark pods, building and serialising every pod
   * each second held the demo's event loop (which also serves the API) for about 300 ms a second; a real API server
   * answers while its pods change.
   */
  private podObjectAt(pod: DemoPod, tMs: number): KubeObject {
    const deleting = pod.deletedMs !== undefined && tMs >= pod.deletedMs - TERMINATION_GRACE_MS;
    const signature = `${deleting ? pod.deletedMs : ''}|${JSON.stringify(podStateAt(pod, tMs))}`;
    const built = this.podObjects.get(pod);
    if (built?.signature === signature) return built.object;
    const object = podObject(pod, tMs);
    this.podObjects.set(pod, { signature, object });
    return object;
  }

  /**
   * `kubectl delete pod` for tests and demos: the pod turns Terminating now and is gone after the grace period; a pod of a
   * Deployment, StatefulSet or DaemonSet gets a replacement (new name, except for StatefulSets) that starts like any pod.
   * Returns the replacement's name, or null. Throws when the pod does not exist.
   */
  deletePod(namespace: string, name: string): { replacement: string | null } {
    const now = this.now();
    const pod = this.basePods.find((p) => p.namespace === namespace && p.name === name && (p.deletedMs === undefined || p.deletedMs > now));
    if (!pod) throw new Error(`pods "${name}" not found`);
    pod.deletedMs = now + TERMINATION_GRACE_MS;
    let replacement: string | null = null;
    const w = pod.workload;
    if (w.kind === 'Deployment' || w.kind === 'DaemonSet' || w.kind === 'StatefulSet') {
      const prefix = w.kind === 'StatefulSet' ? null : pod.name.slice(0, pod.name.lastIndexOf('-') + 1);
      replacement = prefix ? `${prefix}${kubeSuffix(`${pod.name}/${now}`, 5)}` : pod.name;
      // A StatefulSet's pod comes back under the same name once the old one is gone.
      const createdMs = prefix ? now + 1_000 : pod.deletedMs + 1_000;
      this.basePods.push({ ...pod, name: replacement, uid: stableUid(`${namespace}/${replacement}/${createdMs}`), createdMs, deletedMs: undefined, behaviour: { kind: 'healthy' } });
    }
    this.refresh();
    return { replacement };
  }

  /** Recompute the state at now and publish what changed. */
  refresh(): void {
    const next = this.objectsAt(this.now());
    for (const kind of KINDS) {
      const current = this.store.get(kind)!;
      const seen = new Set<string>();
      for (const object of next[kind]) {
        const k = key(object);
        seen.add(k);
        const prev = current.get(k);
        if (prev?.source === object) continue; // the same built object (an unchanged pod)
        const json = JSON.stringify(object);
        if (prev && prev.json === json) {
          prev.source = object;
          continue;
        }
        const rv = ++this.rv;
        const stored = { ...object, metadata: { ...object.metadata, resourceVersion: String(rv) } };
        current.set(k, { json, object: stored, source: object });
        this.publish({ type: prev ? 'MODIFIED' : 'ADDED', object: stored, resourceVersion: rv });
      }
      for (const [k, prev] of current) {
        if (seen.has(k)) continue;
        current.delete(k);
        const rv = ++this.rv;
        this.publish({ type: 'DELETED', object: { ...prev.object, metadata: { ...prev.object.metadata, resourceVersion: String(rv) } }, resourceVersion: rv });
      }
    }
  }

  private publish(e: WatchEvent) {
    this.history.push(e);
    if (this.history.length > 5000) this.history.splice(0, this.history.length - 5000);
    for (const l of this.listeners) l(e);
  }

  /** Current objects of a kind, as stored (with resource versions), and the list's resource version. */
  list(kind: Kind): { items: KubeObject[]; resourceVersion: string } {
    return { items: [...this.store.get(kind)!.values()].map((v) => v.object), resourceVersion: String(this.rv) };
  }

  get(kind: Kind, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.store.get(kind)!.get(`${namespace ?? ''}/${name}`)?.object;
  }

  /**
   * Changes after a resource version, or null when that version is older than the kept history
   * (the API server answers 410 Gone then, and clients relist).
   */
  changesSince(resourceVersion: number): WatchEvent[] | null {
    const oldest = this.history[0]?.resourceVersion ?? this.rv + 1;
    if (resourceVersion < oldest - 1 && resourceVersion < this.rv) return null;
    return this.history.filter((e) => e.resourceVersion > resourceVersion);
  }

  subscribe(listener: (e: WatchEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get resourceVersion(): number {
    return this.rv;
  }

  /** Keep the store current: the model changes every few seconds (crash loops, jobs, events). */
  start(intervalMs = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.refresh(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
