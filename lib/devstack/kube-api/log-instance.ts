/** Which container instance a log request reads, decided the way the kubelet does (validateContainerLogStatus). */
import { type DemoPod, podStateAt } from '../cluster/pods';
import { badRequest } from './status';

export interface Instance {
  startMs: number;
  /** When it ended, or null while it runs. */
  endMs: number | null;
}

/** Picks the container: the only one, or the one asked for; errors read like the API server's. */
export function resolveContainer(pod: DemoPod, requested: string | undefined): string {
  const names = pod.containers.map((c) => c.name);
  const inits = pod.initContainers.map((c) => c.name);
  if (!requested) {
    if (names.length === 1) return names[0];
    const initPart = inits.length ? ` or one of the init containers: [${inits.join(' ')}]` : '';
    throw badRequest(`a container name must be specified for pod ${pod.name}, choose one of: [${names.join(' ')}]${initPart}`);
  }
  if (!names.includes(requested) && !inits.includes(requested)) throw badRequest(`container ${requested} is not valid for pod ${pod.name}`);
  return requested;
}

export function resolveInstance(pod: DemoPod, container: string, previous: boolean, nowMs: number): Instance {
  if (pod.initContainers.some((c) => c.name === container)) {
    if (previous || !pod.node) throw badRequest(`previous terminated container "${container}" in pod "${pod.name}" not found`);
    return { startMs: pod.createdMs + 1_000, endMs: pod.createdMs + 3_000 };
  }
  const s = podStateAt(pod, nowMs).containers.find((c) => c.name === container);
  const ended = (i: { startedMs: number; finishedMs: number }): Instance => ({ startMs: i.startedMs, endMs: i.finishedMs });
  if (previous) {
    if (!s?.lastTerminated) throw badRequest(`previous terminated container "${container}" in pod "${pod.name}" not found`);
    return ended(s.lastTerminated);
  }
  if (s && s.startedMs !== null && !s.waiting && !s.terminated) {
    return { startMs: s.startedMs, endMs: pod.deletedMs !== undefined && pod.deletedMs <= nowMs ? pod.deletedMs : null };
  }
  if (s?.terminated) return ended(s.terminated);
  // A container in back-off shows the output of the instance that just died.
  if (s?.lastTerminated) return ended(s.lastTerminated);
  throw badRequest(`container "${container}" in pod "${pod.name}" is waiting to start: ${s?.waiting?.reason ?? 'ContainerCreating'}`);
}

/** Whether the instance that started at startMs still runs at nowMs, and if not when it ended. */
export function instanceEnd(pod: DemoPod, container: string, startMs: number, nowMs: number): number | null {
  if (pod.deletedMs !== undefined && pod.deletedMs <= nowMs) return pod.deletedMs;
  const s = podStateAt(pod, nowMs).containers.find((c) => c.name === container);
  if (!s) return nowMs;
  if (s.startedMs === startMs && !s.terminated && !s.waiting) return null;
  for (const t of [s.terminated, s.lastTerminated]) if (t && t.startedMs === startMs) return t.finishedMs;
  return nowMs;
}
