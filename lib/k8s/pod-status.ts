/**
 * The STATUS, READY and RESTARTS columns of `kubectl get pods`, ported from kubectl's printPod
 * (pkg/printers/internalversion/printers.go). Pure: works on V1Pod from client-node or raw API JSON.
 */

type Time = Date | string | null | undefined;

interface Terminated {
  reason?: string;
  exitCode?: number;
  signal?: number;
  finishedAt?: Time;
}

export interface ContainerStatusLike {
  name: string;
  ready?: boolean;
  restartCount?: number;
  started?: boolean;
  state?: { waiting?: { reason?: string }; running?: object; terminated?: Terminated };
  lastState?: { terminated?: Terminated };
}

export interface PodLike {
  metadata?: { deletionTimestamp?: Time };
  spec?: { containers?: { name: string }[]; initContainers?: { name: string; restartPolicy?: string }[] };
  status?: {
    phase?: string;
    reason?: string;
    conditions?: { type: string; status: string; reason?: string }[];
    initContainerStatuses?: ContainerStatusLike[];
    containerStatuses?: ContainerStatusLike[];
  };
}

export interface PodDisplayStatus {
  /** kubectl's STATUS: Running, Pending, Completed, CrashLoopBackOff, OOMKilled, Init:0/1, Terminating... */
  status: string;
  readyContainers: number;
  totalContainers: number;
  /** "1/2" */
  ready: string;
  restarts: number;
  /** When a container last terminated before a restart (ISO), or null. */
  lastRestartAt: string | null;
}

const ms = (t: Time): number => (t ? new Date(t).getTime() : NaN);

export function podDisplayStatus(pod: PodLike): PodDisplayStatus {
  const status = pod.status ?? {};
  const initSpecs = pod.spec?.initContainers ?? [];
  const restartable = new Set(initSpecs.filter((c) => c.restartPolicy === 'Always').map((c) => c.name));
  const totalContainers = (pod.spec?.containers?.length ?? 0) + restartable.size;
  let reason = status.reason || status.phase || 'Unknown';
  if (status.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';

  let restarts = 0;
  let readyContainers = 0;
  let lastRestart = NaN;
  let sidecarRestarts = 0;
  let lastSidecarRestart = NaN;
  const later = (a: number, t: Time) => (Number.isNaN(a) || ms(t) > a ? ms(t) : a);

  let initializing = false;
  const inits = status.initContainerStatuses ?? [];
  for (let i = 0; i < inits.length; i++) {
    const c = inits[i];
    restarts += c.restartCount ?? 0;
    if (c.lastState?.terminated) lastRestart = later(lastRestart, c.lastState.terminated.finishedAt);
    const sidecar = restartable.has(c.name);
    if (sidecar) {
      sidecarRestarts += c.restartCount ?? 0;
      if (c.lastState?.terminated) lastSidecarRestart = later(lastSidecarRestart, c.lastState.terminated.finishedAt);
    }
    const t = c.state?.terminated;
    const w = c.state?.waiting;
    if (t && t.exitCode === 0) continue;
    if (sidecar && c.started) {
      if (c.ready) readyContainers++;
      continue;
    }
    if (t) reason = t.reason ? `Init:${t.reason}` : t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode ?? 0}`;
    else if (w?.reason && w.reason !== 'PodInitializing') reason = `Init:${w.reason}`;
    else reason = `Init:${i}/${initSpecs.length}`;
    initializing = true;
    break;
  }

  const initialized = status.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True') ?? false;
  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const cs = status.containerStatuses ?? [];
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i];
      restarts += c.restartCount ?? 0;
      if (c.lastState?.terminated) lastRestart = later(lastRestart, c.lastState.terminated.finishedAt);
      const t = c.state?.terminated;
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (t?.reason) reason = t.reason;
      else if (t) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode ?? 0}`;
      else if (c.ready && c.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
    }
  }

  const terminal = status.phase === 'Succeeded' || status.phase === 'Failed';
  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && !terminal) reason = 'Terminating';

  return {
    status: reason,
    readyContainers,
    totalContainers,
    ready: `${readyContainers}/${totalContainers}`,
    restarts,
    lastRestartAt: Number.isNaN(lastRestart) ? null : new Date(lastRestart).toISOString(),
  };
}
