'use client';

import { useMemo } from 'react';
import { logQuery } from '@/lib/logql/escape';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { isApiError } from '../api';
import { useLokiQuery } from '../hooks';
import type { PodLogEntry } from './client';
import { usePodLog } from './use-pod';

export type LogSource = 'auto' | 'loki' | 'kubernetes';

export interface PodLogsRequest {
  namespace: string;
  pod: string;
  container?: string;
  source: LogSource;
  previous: boolean;
  range: ResolvedRange | null;
  /** At most this many lines, the newest of the range. */
  tail: number;
  /** False for a pod the API no longer has: only Loki can answer. */
  kubernetesAvailable?: boolean;
}

/**
 * A container's lines for the page's range, oldest first: from Loki when it is configured (it keeps every instance and
 * deleted pods), else from the Kubernetes API. The previous instance exists only in the Kubernetes API.
 */
export function usePodLogs(r: PodLogsRequest) {
  const wantsK8s = r.previous || r.source === 'kubernetes';
  const query = logQuery([
    { name: 'namespace', op: '=', value: r.namespace },
    { name: 'pod', op: '=', value: r.pod },
    ...(r.container ? [{ name: 'container', op: '=' as const, value: r.container }] : []),
  ]);
  const start = r.range?.startMs ?? 0;
  const end = r.range?.endMs ?? 0;
  const loki = useLokiQuery({ query, start, end, limit: r.tail, direction: 'backward' }, { enabled: !wantsK8s && r.range !== null });
  const lokiMissing = isApiError(loki.error) && loki.error.kind === 'not_configured';
  const useK8s = r.kubernetesAvailable !== false && (wantsK8s || (r.source === 'auto' && lokiMissing));
  const k8s = usePodLog(r.namespace, r.pod, r.previous ? { container: r.container, previous: true, tailLines: r.tail } : { container: r.container, start, end, tailLines: r.tail }, { enabled: useK8s && r.range !== null });
  const lokiEntries = useMemo<PodLogEntry[]>(() => {
    const d = loki.data;
    if (!d || d.resultType !== 'streams') return [];
    return [...d.entries].reverse().map((e) => ({ tsNs: e.tsNs, line: e.line }));
  }, [loki.data]);
  if (useK8s) {
    return { source: 'kubernetes' as const, query, entries: k8s.data?.entries ?? [], truncated: k8s.data?.truncated ?? false, loading: k8s.isLoading, error: k8s.error, lokiConfigured: !lokiMissing };
  }
  return { source: 'loki' as const, query, entries: lokiEntries, truncated: lokiEntries.length >= r.tail, loading: loki.isLoading, error: loki.error, lokiConfigured: !lokiMissing };
}
