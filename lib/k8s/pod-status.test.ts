import { describe, expect, it } from 'vitest';
import { type ContainerStatusLike, podDisplayStatus, type PodLike } from './pod-status';

const running = { running: { startedAt: '2025-01-01T00:00:00Z' } };
const pod = (p: Partial<PodLike['status']> & { spec?: PodLike['spec']; deleting?: boolean }): PodLike => ({
  metadata: p.deleting ? { deletionTimestamp: '2025-01-01T00:00:00Z' } : {},
  spec: p.spec ?? { containers: [{ name: 'app' }] },
  status: { phase: 'Running', conditions: [{ type: 'Initialized', status: 'True' }, { type: 'Ready', status: 'True' }], ...p },
});

describe('podDisplayStatus (kubectl STATUS / READY / RESTARTS)', () => {
  it('shows Running with ready counts', () => {
    expect(podDisplayStatus(pod({ containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: running }] }))).toMatchObject({ status: 'Running', ready: '1/1', restarts: 0, lastRestartAt: null });
  });

  it('shows the waiting reason of a crash-looping container and its restarts', () => {
    const s = podDisplayStatus(
      pod({
        spec: { containers: [{ name: 'a' }, { name: 'b' }] },
        containerStatuses: [
          { name: 'a', ready: true, restartCount: 0, state: running },
          { name: 'b', ready: false, restartCount: 7, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { reason: 'Error', exitCode: 1, finishedAt: new Date('2025-01-01T10:00:00Z') } } },
        ],
      }),
    );
    expect(s).toEqual({ status: 'CrashLoopBackOff', readyContainers: 1, totalContainers: 2, ready: '1/2', restarts: 7, lastRestartAt: '2025-01-01T10:00:00.000Z' });
  });

  it('shows terminated reasons: OOMKilled, Completed, ExitCode and Signal', () => {
    const term = (t: object, phase = 'Running') => podDisplayStatus(pod({ phase, containerStatuses: [{ name: 'app', state: { terminated: t } }] })).status;
    expect(term({ reason: 'OOMKilled', exitCode: 137 })).toBe('OOMKilled');
    expect(term({ reason: 'Completed', exitCode: 0 }, 'Succeeded')).toBe('Completed');
    expect(term({ exitCode: 3 })).toBe('ExitCode:3');
    expect(term({ exitCode: 0, signal: 9 })).toBe('Signal:9');
  });

  it('shows image pull failures and ContainerCreating', () => {
    const waiting = (reason: string) => podDisplayStatus(pod({ phase: 'Pending', containerStatuses: [{ name: 'app', state: { waiting: { reason } } }] })).status;
    expect(waiting('ImagePullBackOff')).toBe('ImagePullBackOff');
    expect(waiting('ErrImagePull')).toBe('ErrImagePull');
    expect(waiting('ContainerCreating')).toBe('ContainerCreating');
  });

  it('shows Pending for an unscheduled pod and Terminating for a deleted one', () => {
    expect(podDisplayStatus({ spec: { containers: [{ name: 'a' }] }, status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] } }).status).toBe('Pending');
    expect(podDisplayStatus(pod({ deleting: true, containerStatuses: [{ name: 'app', ready: true, state: running }] })).status).toBe('Terminating');
    expect(podDisplayStatus(pod({ deleting: true, phase: 'Succeeded', containerStatuses: [{ name: 'app', state: { terminated: { reason: 'Completed', exitCode: 0 } } }] })).status).toBe('Completed');
    expect(podDisplayStatus(pod({ phase: 'Failed', reason: 'Evicted' })).status).toBe('Evicted');
    expect(podDisplayStatus(pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] })).status).toBe('SchedulingGated');
  });

  it('shows init progress and init failures', () => {
    const spec = { containers: [{ name: 'app' }], initContainers: [{ name: 'migrate' }, { name: 'seed' }] };
    const init = (statuses: ContainerStatusLike[]) =>
      podDisplayStatus({ spec, status: { phase: 'Pending', conditions: [{ type: 'Initialized', status: 'False' }], initContainerStatuses: statuses, containerStatuses: [{ name: 'app', state: { waiting: { reason: 'PodInitializing' } } }] } }).status;
    expect(init([{ name: 'migrate', state: { terminated: { exitCode: 0, reason: 'Completed' } } }, { name: 'seed', state: running }])).toBe('Init:1/2');
    expect(init([{ name: 'migrate', state: { terminated: { exitCode: 1, reason: 'Error' } } }, { name: 'seed', state: { waiting: { reason: 'PodInitializing' } } }])).toBe('Init:Error');
    expect(init([{ name: 'migrate', state: { waiting: { reason: 'CrashLoopBackOff' } }, restartCount: 3 }, { name: 'seed', state: {} }])).toBe('Init:CrashLoopBackOff');
  });

  it('counts restartable init containers (sidecars) in READY', () => {
    const s = podDisplayStatus(
      pod({
        spec: { containers: [{ name: 'app' }], initContainers: [{ name: 'proxy', restartPolicy: 'Always' }] },
        initContainerStatuses: [{ name: 'proxy', started: true, ready: true, restartCount: 2, state: running }],
        containerStatuses: [{ name: 'app', ready: true, restartCount: 1, state: running }],
      }),
    );
    expect(s).toMatchObject({ status: 'Running', ready: '2/2', restarts: 3 });
  });

  it('shows NotReady when a Completed container sits beside a running one without the Ready condition', () => {
    const s = podDisplayStatus({
      spec: { containers: [{ name: 'a' }, { name: 'b' }] },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: [{ name: 'a', ready: true, state: running }, { name: 'b', state: { terminated: { reason: 'Completed', exitCode: 0 } } }] },
    });
    expect(s.status).toBe('NotReady');
  });
});
