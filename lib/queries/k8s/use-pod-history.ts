'use client';

import { podHistoryQueries } from '@/lib/k8s/pod-promql';
import { alignRange, computeStepS } from '@/lib/time/step';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { usePromRangeQuery } from '../hooks';
import type { Series } from '../types';

export interface PodHistorySummary {
  containers: { name: string; image: string }[];
  node: string | null;
  podIP: string | null;
  owner: { kind: string; name: string } | null;
  lastTerminations: { container: string; reason: string }[];
  /** First and last sample of the pod in the range (ms), or null when Prometheus never saw it there. */
  firstSeenMs: number | null;
  lastSeenMs: number | null;
}

/** What kube-state-metrics recorded of a pod over the range: its containers, node, owner and when it was last seen. Pure. */
export function summarizeHistory(containers: Series[], info: Series[], terminated: Series[]): PodHistorySummary {
  const times = [...containers, ...info].flatMap((s) => (s.points.length ? [s.points[0][0], s.points[s.points.length - 1][0]] : []));
  const i = info.find((s) => s.points.length)?.labels;
  return {
    containers: containers.map((s) => ({ name: s.labels.container ?? '', image: s.labels.image ?? '' })).sort((a, b) => a.name.localeCompare(b.name)),
    node: i?.node || null,
    podIP: i?.pod_ip || null,
    owner: i?.created_by_kind && i.created_by_kind !== '<none>' ? { kind: i.created_by_kind, name: i.created_by_name ?? '' } : null,
    lastTerminations: terminated.map((s) => ({ container: s.labels.container ?? '', reason: s.labels.reason ?? '' })),
    firstSeenMs: times.length ? Math.min(...times) : null,
    lastSeenMs: times.length ? Math.max(...times) : null,
  };
}

export function usePodHistory(namespace: string, name: string, range: ResolvedRange | null) {
  const q = podHistoryQueries(namespace, name);
  const stepS = range ? computeStepS(range, { maxPoints: 400 }) : 60;
  const r = range ? alignRange(range, stepS) : { startMs: 0, endMs: 0 };
  const p = (query: string) => ({ query, start: r.startMs, end: r.endMs, step: stepS });
  const containers = usePromRangeQuery(p(q.containers), { enabled: range !== null });
  const info = usePromRangeQuery(p(q.info), { enabled: range !== null });
  const terminated = usePromRangeQuery(p(q.lastTerminated), { enabled: range !== null });
  const loading = containers.isLoading || info.isLoading;
  const data = containers.data && info.data ? summarizeHistory(containers.data.series, info.data.series, terminated.data?.series ?? []) : undefined;
  return { data, loading, error: containers.error ?? info.error, stepS };
}
