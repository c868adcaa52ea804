import { describe, expect, it } from 'vitest';
import { filterAndSortPods, matchesStatus, type PodUsage } from './pod-list-view';
import type { PodSummary } from './types';

const pod = (name: string, over: Partial<PodSummary> = {}): PodSummary =>
  ({ namespace: 'shop', name, status: 'Running', phase: 'Running', restarts: 0, lastRestartAt: null, createdAt: '2026-11-22T00:00:00Z', node: 'n1', containers: [{ ready: true, reason: null, lastTermination: null }], initContainers: [], ...over }) as PodSummary;

describe('pods list filter and sort', () => {
  const oom = pod('scorer', { restarts: 4, containers: [{ ready: true, reason: null, lastTermination: { reason: 'OOMKilled', exitCode: 137, finishedAt: null } }] as PodSummary['containers'] });
  const crash = pod('worker', { status: 'CrashLoopBackOff', restarts: 9 });
  const done = pod('job', { status: 'Completed', phase: 'Succeeded' });
  const gone = pod('old', { status: 'Terminating' });
  const all = [oom, crash, done, gone];

  it('matches statuses by reason, phase, and a past OOM kill', () => {
    expect(all.filter((p) => matchesStatus(p, 'OOMKilled')).map((p) => p.name)).toEqual(['scorer']);
    expect(all.filter((p) => matchesStatus(p, 'Succeeded')).map((p) => p.name)).toEqual(['job']);
    expect(all.filter((p) => matchesStatus(p, 'Terminating')).map((p) => p.name)).toEqual(['old']);
    expect(all.filter((p) => matchesStatus(p, 'CrashLoopBackOff')).map((p) => p.name)).toEqual(['worker']);
  });

  it('sorts numbers largest first, text A→Z, either flipped', () => {
    expect(filterAndSortPods(all, { sort: 'restarts' }).map((p) => p.name)).toEqual(['worker', 'scorer', 'job', 'old']);
    expect(filterAndSortPods(all, { sort: 'name', desc: true }).map((p) => p.name)).toEqual(['worker', 'scorer', 'old', 'job']);
    const usage: PodUsage = new Map([['shop/job', { memory: 5 }], ['shop/old', { memory: 50 }]]);
    expect(filterAndSortPods(all, { sort: 'memory' }, usage).map((p) => p.name).slice(0, 2)).toEqual(['old', 'job']);
    expect(filterAndSortPods(all, { q: 'OR' }).map((p) => p.name)).toEqual(['scorer', 'worker']);
  });
});
