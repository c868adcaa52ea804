import { describe, expect, it } from 'vitest';
import { summarizeHistory } from './use-pod-history';

describe('summarizeHistory', () => {
  it('takes containers, node and owner from kube-state-metrics and the last sample as the last time seen', () => {
    const s = summarizeHistory(
      [{ labels: { container: 'warmer', image: 'ghcr.io/x:1' }, points: [[1000, 1], [16000, 1]] }],
      [{ labels: { node: 'demo-worker', pod_ip: '10.0.0.1', created_by_kind: 'Job', created_by_name: 'cache-warmer-1' }, points: [[1000, 1], [31000, 1]] }],
      [],
    );
    expect(s).toEqual({ containers: [{ name: 'warmer', image: 'ghcr.io/x:1' }], node: 'demo-worker', podIP: '10.0.0.1', owner: { kind: 'Job', name: 'cache-warmer-1' }, lastTerminations: [], firstSeenMs: 1000, lastSeenMs: 31000 });
  });

  it('knows nothing of a pod Prometheus never saw', () => {
    expect(summarizeHistory([], [], [])).toMatchObject({ containers: [], firstSeenMs: null, lastSeenMs: null });
  });
});
