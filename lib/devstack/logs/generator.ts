/**
 * The deterministic log generator: what each container of a demo pod wrote, second by second.
 * A second's lines depend only on (pod, container, second), so any sub-range of a query returns
 * exactly the matching subset of a wider one.
 */
import type { DemoPod } from '../cluster/pods';
import type { ContainerSpec, LogFormat } from '../cluster/topology';
import { type Bucket, seededRandom } from './bucket';
import { jsonService } from './formats/json-services';
import { klog } from './formats/klog';
import { logfmt } from './formats/logfmt';
import { exporter, goPanic, javaAnsi, redis } from './formats/misc';
import { nginx } from './formats/nginx';
import { SecondCache } from './second-cache';
import { tsNs } from './time-format';
import type { ContainerLogs, LogEntry } from './types';
import { type UpWindow, upWindows } from './up-windows';

const WRITERS: Record<LogFormat, (b: Bucket) => void> = {
  json: jsonService,
  logfmt,
  nginx,
  klog,
  redis,
  'go-panic': goPanic,
  'java-ansi': javaAnsi,
  exporter,
};

/** Init containers run briefly before the main containers start. */
function initWindows(pod: DemoPod, fromMs: number, toMs: number): UpWindow[] {
  if (pod.behaviour.kind === 'pending') return [];
  const w: UpWindow = { startMs: pod.createdMs + 500, endMs: pod.createdMs + 3_600, endReason: 'Completed' };
  return w.startMs < toMs && w.endMs > fromMs ? [w] : [];
}

function findContainer(pod: DemoPod, name: string): { spec: ContainerSpec; init: boolean } | undefined {
  const main = pod.containers.find((c) => c.name === name);
  if (main) return { spec: main, init: false };
  const init = pod.initContainers.find((c) => c.name === name);
  return init ? { spec: init, init: true } : undefined;
}

export interface TimedEntry extends LogEntry {
  /** Whole milliseconds since the epoch (floor of the nanosecond timestamp). */
  ms: number;
}

// about an hour of the whole demo cluster (~360k lines plus one unit per second and container)
const cache = new SecondCache<TimedEntry[]>(1_200_000);

function windowsOf(pod: DemoPod, init: boolean, fromMs: number, toMs: number): UpWindow[] {
  return init ? initWindows(pod, fromMs, toMs) : upWindows(pod, fromMs, toMs);
}

/** All lines of one second, for every run window touching it. */
function second(pod: DemoPod, spec: ContainerSpec, init: boolean, sec: number): TimedEntry[] {
  const key = `${pod.uid}|${spec.name}|${sec}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: TimedEntry[] = [];
  for (const window of windowsOf(pod, init, sec * 1000, sec * 1000 + 1000)) {
    const b: Bucket = { pod, container: spec, sec, window, rnd: seededRandom(`${pod.uid}/${spec.name}/${window.startMs}`, sec), out: [] };
    WRITERS[spec.logFormat](b);
    for (const l of b.out) {
      const ms = sec * 1000 + Math.floor(l.nanos / 1e6);
      if (ms >= window.startMs && ms < window.endMs) out.push({ tsNs: tsNs(sec, l.nanos), line: l.line, stream: l.stream, ms });
    }
  }
  out.sort((a, b) => (a.tsNs < b.tsNs ? -1 : a.tsNs > b.tsNs ? 1 : 0));
  cache.set(key, out, out.length + 1);
  return out;
}

/** Lines with their millisecond times; the Loki server filters on these without reparsing timestamps. */
export function timedContainerLogs(pod: DemoPod, container: string, fromMs: number, toMs: number): TimedEntry[] {
  const found = findContainer(pod, container);
  if (!found || toMs <= fromMs) return [];
  const out: TimedEntry[] = [];
  let next = -Infinity; // first second not yet read: windows may share a second
  for (const w of windowsOf(pod, found.init, fromMs, toMs)) {
    const first = Math.max(next, Math.floor(Math.max(fromMs, w.startMs) / 1000));
    const last = Math.ceil(Math.min(toMs, w.endMs) / 1000) - 1;
    for (let sec = first; sec <= last; sec++) {
      for (const e of second(pod, found.spec, found.init, sec)) if (e.ms >= fromMs && e.ms < toMs) out.push(e);
    }
    next = Math.max(next, last + 1);
  }
  return out;
}

/** The lines a container wrote in [fromMs, toMs), oldest first. */
export const containerLogs: ContainerLogs = (pod, container, fromMs, toMs) =>
  timedContainerLogs(pod, container, fromMs, toMs).map(({ tsNs: t, line, stream }) => ({ tsNs: t, line, stream }));
