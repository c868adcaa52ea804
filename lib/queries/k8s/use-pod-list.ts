'use client';

import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { PodSummary } from '@/lib/k8s/types';
import { ApiError, apiUrl } from '../api';
import { allPods, applyPodChanges, replacePods, type PodChange, type PodPages } from './apply-watch';
import { k8sKeys } from './keys';
import { k8sApi, type PodListParams } from './client';

/** Pods per request: small first paint on a big cluster, few round trips on a small one. */
export const POD_PAGE_SIZE = 500;

/** Watch events are applied in batches at most this often: a burst of changes costs one update of the list, not one each. */
const WATCH_FLUSH_MS = 250;

const LIST_RETRY_MS = 5_000;

export type WatchState = 'connecting' | 'live' | 'reconnecting' | 'failed';

/**
 * The pods list, fetched page by page with limit/continue (every page is shown as soon as it arrives), then kept
 * current by the pod watch: each event is written into the cached pages with setQueryData, so a change never
 * refetches the list. After a 410 the server re-lists and the cache is replaced.
 */
export function usePodList(params: PodListParams) {
  const client = useQueryClient();
  const key = k8sKeys.podList(params);
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => k8sApi.pods({ ...params, limit: POD_PAGE_SIZE, continue: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.continue,
    // The watch keeps it current; a refetch would only race it.
    staleTime: Infinity,
    retry: false,
    // A list that failed (API server down, a 403 lifted) is asked again, so it recovers without a reload.
    refetchInterval: (q) => (q.state.status === 'error' ? LIST_RETRY_MS : false),
  });
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, data } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  // The version of the first page is the snapshot the later pages belong to; watch from there once all are in.
  const complete = data !== undefined && !hasNextPage;
  const startVersion = complete ? data.pages[0]?.resourceVersion : undefined;
  const watch = usePodWatch(params, startVersion, (apply) => client.setQueryData<PodPages>(key, (old) => apply(old)));
  const pods = useMemo(() => allPods(data as PodPages | undefined), [data]);
  return { ...query, pods, complete, watch };
}

/** Subscribes to /api/k8s/pods/watch from `resourceVersion`; reconnects from the last version seen. */
function usePodWatch(params: PodListParams, resourceVersion: string | undefined, update: (apply: (old: PodPages | undefined) => PodPages | undefined) => void) {
  const [state, setState] = useState<{ status: WatchState; error?: ApiError }>({ status: 'connecting' });
  const { namespace, labelSelector, fieldSelector } = params;
  useEffect(() => {
    if (!resourceVersion) return;
    let rv = resourceVersion;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    let failed = false;
    let pending: PodChange[] = [];
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      flushTimer = undefined;
      const batch = pending;
      pending = [];
      if (batch.length) update((old) => applyPodChanges(old, batch));
    };
    const open = () => {
      source = new EventSource(apiUrl(k8sApi.podWatchPath(), { namespace, labelSelector, fieldSelector, resourceVersion: rv }));
      source.onopen = () => setState({ status: 'live' });
      source.addEventListener('change', (e) => {
        const change = JSON.parse((e as MessageEvent<string>).data) as PodChange;
        rv = change.resourceVersion;
        pending.push(change);
        flushTimer ??= setTimeout(flush, WATCH_FLUSH_MS);
      });
      source.addEventListener('sync', (e) => {
        const s = JSON.parse((e as MessageEvent<string>).data) as { items: PodSummary[]; resourceVersion: string };
        rv = s.resourceVersion;
        // Changes queued before the re-list are older than it.
        pending = [];
        update(() => replacePods(s.items, s.resourceVersion));
      });
      // The API server went away under the watch: the server keeps retrying; say why until it is back.
      source.addEventListener('interrupted', (e) => setState({ status: 'reconnecting', error: new ApiError(JSON.parse((e as MessageEvent<string>).data) as ConstructorParameters<typeof ApiError>[0]) }));
      source.addEventListener('resumed', () => setState({ status: 'live' }));
      source.addEventListener('failure', (e) => {
        const body = JSON.parse((e as MessageEvent<string>).data) as ConstructorParameters<typeof ApiError>[0];
        failed = true;
        source?.close();
        setState({ status: 'failed', error: new ApiError(body) });
      });
      source.onerror = () => {
        if (closed || failed) return;
        source?.close();
        setState((s) => ({ status: 'reconnecting', error: s.error }));
        retry = setTimeout(open, 2_000);
      };
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      clearTimeout(flushTimer);
      source?.close();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `update` writes through the same key; reconnect only on a new list
  }, [resourceVersion, namespace, labelSelector, fieldSelector]);
  return state;
}
