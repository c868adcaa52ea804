/** A workload's rollout in one phrase, as `kubectl rollout status` would judge it. Pure. */
import type { WorkloadSummary } from './types';

export interface RolloutStatus {
  state: 'complete' | 'progressing' | 'failed' | 'suspended';
  text: string;
}

export function rolloutStatus(w: WorkloadSummary): RolloutStatus {
  if (w.kind === 'Job' && w.job) {
    const j = w.job;
    if (j.status === 'Complete') return { state: 'complete', text: `Complete (${j.succeeded}/${w.desired})` };
    if (j.status === 'Failed') return { state: 'failed', text: `Failed (${j.failed} failed)` };
    if (j.status === 'Suspended') return { state: 'suspended', text: 'Suspended' };
    return { state: 'progressing', text: `Running: ${j.active} active, ${j.succeeded}/${w.desired} succeeded` };
  }
  const stuck = w.conditions.find((c) => c.type === 'Progressing' && c.status === 'False');
  if (stuck) return { state: 'failed', text: `Failed: ${stuck.reason ?? 'not progressing'}` };
  if (w.updated < w.desired) return { state: 'progressing', text: `Rolling out: ${w.updated} of ${w.desired} updated` };
  if (w.kind !== 'Job' && w.ready < w.desired) return { state: 'progressing', text: `Waiting: ${w.ready} of ${w.desired} ready` };
  return { state: 'complete', text: `Complete (${w.ready}/${w.desired} ready)` };
}

/** The workload's `matchLabels` as a label selector for the pods list. */
export const selectorString = (selector: Record<string, string>) =>
  Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
