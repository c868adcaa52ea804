/** When a container of a demo pod is running: the windows in which it can write log lines. */
import { CRASH_UPTIME_MS, JOB_RUN_MS, type DemoPod } from '../cluster/pods';

/** Containers start this long after the pod is created (matches podStateAt). */
const START_DELAY_MS = 4_000;

export interface UpWindow {
  startMs: number;
  /** Exclusive end; Infinity while the container runs on. */
  endMs: number;
  /** Why the window ends, when the container dies at endMs (crash-loop exit or OOM kill). */
  endReason?: 'Error' | 'OOMKilled' | 'Completed' | 'Deleted';
}

/** Run windows of the pod's main containers that overlap [fromMs, toMs), in time order. */
export function upWindows(pod: DemoPod, fromMs: number, toMs: number): UpWindow[] {
  const b = pod.behaviour;
  if (b.kind === 'pending') return [];
  const first = pod.createdMs + START_DELAY_MS;
  const gone = pod.deletedMs ?? Infinity;
  const clip = (w: UpWindow): UpWindow | null => {
    const endMs = Math.min(w.endMs, gone);
    const out: UpWindow = { ...w, endMs, endReason: endMs < w.endMs ? 'Deleted' : w.endReason };
    return out.startMs < endMs && out.startMs < toMs && endMs > fromMs ? out : null;
  };
  const keep = (ws: (UpWindow | null)[]) => ws.filter((w): w is UpWindow => w !== null);
  switch (b.kind) {
    case 'completed':
      return keep([clip({ startMs: first, endMs: first + JOB_RUN_MS, endReason: 'Completed' })]);
    case 'healthy':
      return keep([clip({ startMs: first, endMs: Infinity })]);
    case 'crashloop':
    case 'oom': {
      const period = b.periodSeconds * 1000;
      const uptime = b.kind === 'crashloop' ? CRASH_UPTIME_MS : period;
      const endReason = b.kind === 'crashloop' ? 'Error' : 'OOMKilled';
      const k0 = Math.max(0, Math.floor((fromMs - pod.createdMs) / period) - 1);
      const out: (UpWindow | null)[] = [];
      for (let k = k0; pod.createdMs + k * period < Math.min(toMs, gone); k++) {
        const cycle = pod.createdMs + k * period;
        out.push(clip({ startMs: Math.max(cycle, first), endMs: cycle + uptime, endReason }));
      }
      return keep(out);
    }
  }
}

/** The window containing tMs, if the container runs then. */
export function windowAt(pod: DemoPod, tMs: number): UpWindow | undefined {
  return upWindows(pod, tMs, tMs + 1)[0];
}
