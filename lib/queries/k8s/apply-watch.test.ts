import { describe, expect, it } from 'vitest';
import type { PodSummary } from '@/lib/k8s/types';
import { allPods, applyPodChange, applyPodChanges, replacePods, type PodPages } from './apply-watch';

const pod = (uid: string, status: string, rv: string) => ({ uid, name: uid, namespace: 'shop', status, resourceVersion: rv }) as PodSummary;
const data = (): PodPages => ({ pages: [{ items: [pod('a', 'Running', '10'), pod('b', 'Running', '11')], resourceVersion: '12', continue: 'x' }, { items: [pod('c', 'Pending', '9')], resourceVersion: '12' }], pageParams: [undefined, 'x'] });

describe('applyPodChange', () => {
  it('replaces a modified pod in place, leaving other pages untouched', () => {
    const before = data();
    const after = applyPodChange(before, { type: 'MODIFIED', object: pod('c', 'Running', '13'), resourceVersion: '13' })!;
    expect(allPods(after).map((p) => p.status)).toEqual(['Running', 'Running', 'Running']);
    expect(after.pages[0]).toBe(before.pages[0]);
  });

  it('removes deleted pods, appends new ones, ignores stale replays', () => {
    let d = applyPodChange(data(), { type: 'DELETED', object: pod('a', 'Terminating', '14'), resourceVersion: '14' });
    d = applyPodChange(d, { type: 'ADDED', object: pod('d', 'Pending', '15'), resourceVersion: '15' });
    d = applyPodChange(d, { type: 'MODIFIED', object: pod('b', 'Error', '5'), resourceVersion: '5' });
    expect(allPods(d).map((p) => `${p.uid}:${p.status}`)).toEqual(['b:Running', 'c:Pending', 'd:Pending']);
    expect(applyPodChange(data(), { type: 'DELETED', object: pod('zz', 'x', '20'), resourceVersion: '20' })).toEqual(data());
  });

  it('a re-list replaces everything', () => {
    expect(allPods(replacePods([pod('z', 'Running', '1')], '99'))).toHaveLength(1);
  });
});

describe('applyPodChanges', () => {
  it('applies a burst in order, copying only the pages it touches', () => {
    const before = data();
    const after = applyPodChanges(before, [
      { type: 'MODIFIED', object: pod('a', 'Error', '13'), resourceVersion: '13' },
      { type: 'ADDED', object: pod('d', 'Pending', '14'), resourceVersion: '14' },
      { type: 'MODIFIED', object: pod('d', 'Running', '15'), resourceVersion: '15' },
      { type: 'DELETED', object: pod('a', 'Error', '16'), resourceVersion: '16' },
      { type: 'MODIFIED', object: pod('c', 'Failed', '3'), resourceVersion: '3' },
    ])!;
    expect(allPods(after).map((p) => `${p.uid}:${p.status}`)).toEqual(['b:Running', 'c:Pending', 'd:Running']);
    expect(after.pages[0]).not.toBe(before.pages[0]);
    expect(before.pages[0].items).toHaveLength(2);
    expect(applyPodChanges(before, [{ type: 'DELETED', object: pod('zz', 'x', '20'), resourceVersion: '20' }])).toBe(before);
  });
});
