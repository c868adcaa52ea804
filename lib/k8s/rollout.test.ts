import { describe, expect, it } from 'vitest';
import { rolloutStatus, selectorString } from './rollout';
import type { WorkloadSummary } from './types';

const w = (over: Partial<WorkloadSummary>): WorkloadSummary => ({ kind: 'Deployment', desired: 3, ready: 3, available: 3, updated: 3, conditions: [], ...over }) as WorkloadSummary;

describe('rolloutStatus', () => {
  it('judges deployments by updated, ready and the Progressing condition', () => {
    expect(rolloutStatus(w({}))).toEqual({ state: 'complete', text: 'Complete (3/3 ready)' });
    expect(rolloutStatus(w({ updated: 1 })).text).toBe('Rolling out: 1 of 3 updated');
    expect(rolloutStatus(w({ ready: 2 })).text).toBe('Waiting: 2 of 3 ready');
    expect(rolloutStatus(w({ conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: null }] })).state).toBe('failed');
  });

  it('judges jobs by their status', () => {
    const job = (status: 'Complete' | 'Failed' | 'Running') => w({ kind: 'Job', desired: 1, job: { active: status === 'Running' ? 1 : 0, succeeded: status === 'Complete' ? 1 : 0, failed: status === 'Failed' ? 2 : 0, startTime: null, completionTime: null, status } });
    expect(rolloutStatus(job('Complete')).text).toBe('Complete (1/1)');
    expect(rolloutStatus(job('Running')).state).toBe('progressing');
    expect(rolloutStatus(job('Failed')).text).toBe('Failed (2 failed)');
  });

  it('turns matchLabels into a selector', () => {
    expect(selectorString({ app: 'cart', tier: 'api' })).toBe('app=cart,tier=api');
  });
});
