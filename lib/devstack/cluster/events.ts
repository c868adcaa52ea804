/** core/v1 Events of the demo cluster at time t, aggregated the way the kubelet and controllers do (count, first/last). */
import { hostileText } from '../hostile';
import { iso, type KubeObject } from './objects';
import { CRASH_UPTIME_MS, JOB_RUN_MS, type DemoPod, HOUR } from './pods';
import { hashString, stableUid } from './random';
import { inSpike } from './traffic';

interface Series {
  pod?: DemoPod;
  involved: { kind: string; namespace: string; name: string; uid: string; apiVersion: string; fieldPath?: string };
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  component: string;
  host?: string;
  times: number[];
}

const EVENT_TTL_MS = HOUR;

function periodic(firstMs: number, periodMs: number, fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  if (toMs < firstMs) return out;
  const k0 = Math.max(0, Math.ceil((fromMs - firstMs) / periodMs));
  for (let k = k0; firstMs + k * periodMs <= toMs; k++) out.push(firstMs + k * periodMs);
  return out;
}

function podRef(p: DemoPod, container?: string) {
  return {
    kind: 'Pod',
    namespace: p.namespace,
    name: p.name,
    uid: p.uid,
    apiVersion: 'v1',
    ...(container ? { fieldPath: `spec.containers{${container}}` } : {}),
  };
}

function podSeries(p: DemoPod, tMs: number): Series[] {
  const from = tMs - EVENT_TTL_MS;
  const b = p.behaviour;
  const host = p.node?.name;
  const out: Series[] = [];
  const lifecycle = (c: string, image: string, starts: number[]) => {
    out.push({ pod: p, involved: podRef(p, c), type: 'Normal', reason: 'Pulled', message: `Container image "${image}" already present on machine`, component: 'kubelet', host, times: starts.map((s) => s + 1_000) });
    out.push({ pod: p, involved: podRef(p, c), type: 'Normal', reason: 'Created', message: `Created container ${c}`, component: 'kubelet', host, times: starts.map((s) => s + 2_000) });
    out.push({ pod: p, involved: podRef(p, c), type: 'Normal', reason: 'Started', message: `Started container ${c}`, component: 'kubelet', host, times: starts.map((s) => s + 3_000) });
  };
  const upTo = Math.min(tMs, p.deletedMs ?? Infinity);
  if (b.kind === 'pending') {
    out.push({ pod: p, involved: podRef(p), type: 'Warning', reason: 'FailedScheduling', message: b.reason, component: 'default-scheduler', times: periodic(p.createdMs, 5 * 60_000, from, tMs) });
    return out;
  }
  out.push({ pod: p, involved: podRef(p), type: 'Normal', reason: 'Scheduled', message: `Successfully assigned ${p.namespace}/${p.name} to ${host}`, component: 'default-scheduler', times: p.createdMs >= from && p.createdMs <= tMs ? [p.createdMs] : [] });
  for (const c of p.containers) {
    if (b.kind === 'crashloop') {
      const starts = periodic(p.createdMs, b.periodSeconds * 1000, from, upTo);
      lifecycle(c.name, c.image, starts);
      out.push({ pod: p, involved: podRef(p, c.name), type: 'Warning', reason: 'BackOff', message: `Back-off restarting failed container ${c.name} in pod ${p.name}_${p.namespace}(${p.uid})`, component: 'kubelet', host, times: periodic(p.createdMs + CRASH_UPTIME_MS + 1_000, b.periodSeconds * 1000, from, upTo) });
    } else if (b.kind === 'oom') {
      const period = b.periodSeconds * 1000;
      // An application's own events carry whatever text it was given: the demo's XSS corpus, every 5 minutes.
      out.push({ pod: p, involved: podRef(p, c.name), type: 'Normal', reason: 'InputRejected', message: hostileText(), component: 'fraud-scorer', host, times: periodic(p.createdMs + 30_000, 5 * 60_000, from, upTo) });
      lifecycle(c.name, c.image, periodic(p.createdMs, period, from, upTo));
      out.push({ pod: p, involved: podRef(p, c.name), type: 'Warning', reason: 'OOMKilling', message: `Memory cgroup out of memory: Killed process ${1000 + (hashString(p.name) % 9000)} (java) total-vm:4815162kB, anon-rss:${Math.round(b.memoryLimitBytes / 1024)}kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:1204kB oom_score_adj:984`, component: 'kubelet', host, times: periodic(p.createdMs + period, period, from, upTo) });
    } else {
      lifecycle(c.name, c.image, p.createdMs + 1_000 >= from && p.createdMs <= tMs ? [p.createdMs] : []);
    }
    if (b.kind === 'completed' && p.createdMs + JOB_RUN_MS >= from && p.createdMs + JOB_RUN_MS <= tMs) {
      // nothing extra on the pod: the Job records completion
    }
    if (p.app === 'checkout' && c.name === 'checkout') {
      const spikes = periodic(p.createdMs + 30_000, 30_000, from, upTo).filter((t) => inSpike(t));
      out.push({ pod: p, involved: podRef(p, c.name), type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', component: 'kubelet', host, times: spikes });
    }
  }
  if (p.deletedMs !== undefined && p.deletedMs >= from && p.deletedMs <= tMs) {
    for (const c of p.containers) {
      out.push({ pod: p, involved: podRef(p, c.name), type: 'Normal', reason: 'Killing', message: `Stopping container ${c.name}`, component: 'kubelet', host, times: [p.deletedMs - 30_000] });
    }
  }
  return out;
}

function toEvent(s: Series, tMs: number): KubeObject | null {
  const times = s.times.filter((t) => t <= tMs && t >= tMs - EVENT_TTL_MS);
  if (!times.length) return null;
  const key = `${s.involved.namespace}/${s.involved.name}/${s.involved.fieldPath ?? ''}/${s.reason}`;
  const name = `${s.involved.name}.${(hashString(key).toString(16) + stableUid(key).replace(/-/g, '')).slice(0, 16)}`;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: s.involved.namespace, uid: stableUid(`Event/${key}`), creationTimestamp: iso(times[0]) },
    involvedObject: s.involved,
    reason: s.reason,
    message: s.message,
    source: { component: s.component, ...(s.host ? { host: s.host } : {}) },
    firstTimestamp: iso(times[0]),
    lastTimestamp: iso(times[times.length - 1]),
    count: times.length,
    type: s.type,
    eventTime: null,
    reportingComponent: s.component,
    reportingInstance: s.host ?? '',
  };
}

export interface ExtraSeries {
  involved: Series['involved'];
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  component: string;
  times: number[];
}

/** Events at time t for the given pods plus controller-level series (rollouts, jobs). */
export function eventsAt(pods: DemoPod[], extra: ExtraSeries[], tMs: number): KubeObject[] {
  const series: Series[] = [...extra];
  for (const p of pods) {
    if (p.createdMs > tMs) continue;
    if (p.deletedMs !== undefined && p.deletedMs < tMs - EVENT_TTL_MS) continue;
    series.push(...podSeries(p, tMs));
  }
  const out: KubeObject[] = [];
  for (const s of series) {
    const e = toEvent(s, tMs);
    if (e) out.push(e);
  }
  return out;
}
