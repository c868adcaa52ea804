'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { deleteQuery, listQueryHistory, recordQuery, starQuery, type HistoryDatasource, type HistoryListParams, type QueryHistoryEntry } from './client';
import { historyKeys } from './keys';
import { rankHistory } from './rank';

const STALE_MS = 30_000;
/** How many starred and how many recent entries the editors' completion draws from. */
const COMPLETION_FETCH = 100;

/** A searchable page of the history, most recent run first; the previous page stays on screen while a search loads. */
export function useQueryHistory(params: HistoryListParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: historyKeys.list(params),
    queryFn: ({ signal }) => listQueryHistory(params, signal),
    enabled,
    staleTime: STALE_MS,
    placeholderData: keepPreviousData,
  });
}

/**
 * What an editor's completion offers for one datasource: starred entries first, then recent ones. Never throws;
 * while loading or after a failure it is empty, so completion keeps working without history.
 */
export function useHistoryCompletions(datasource: HistoryDatasource, { enabled = true }: { enabled?: boolean } = {}) {
  const starred = useQueryHistory({ datasource, starred: true, limit: COMPLETION_FETCH }, { enabled });
  const recent = useQueryHistory({ datasource, limit: COMPLETION_FETCH }, { enabled });
  return useMemo(() => rankHistory(starred.data ?? [], recent.data ?? []), [starred.data, recent.data]);
}

/** Records one run of a query; the lists are refetched after. */
export function useRecordQuery() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { datasource: HistoryDatasource; query: string }) => recordQuery(p),
    onSuccess: () => qc.invalidateQueries({ queryKey: historyKeys.all }),
  });
}

/**
 * Records `query` each time it becomes the query a view runs: a Run with new text, an opened link, Back/Forward.
 * Re-rendering, or pressing Run again on the same text (a refresh), records nothing.
 */
export function useRecordRuns(datasource: HistoryDatasource, query: string) {
  const { mutate } = useRecordQuery();
  const last = useRef<string | null>(null);
  useEffect(() => {
    const text = query.trim();
    if (text === '' || text === last.current) return;
    last.current = text;
    mutate({ datasource, query: text });
  }, [datasource, query, mutate]);
}

/** Stars or unstars an entry; every cached list shows the change at once and is refetched after. */
export function useStarQuery() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { id: string; starred: boolean }) => starQuery(p),
    onMutate: (p) => patchLists(qc, (list) => list.map((e) => (e.id === p.id ? { ...e, starred: p.starred } : e))),
    onError: (_e, _p, snapshot) => snapshot?.restore(),
    onSettled: () => qc.invalidateQueries({ queryKey: historyKeys.all }),
  });
}

/** Deletes an entry; it leaves every cached list at once. */
export function useDeleteQuery() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteQuery(id),
    onMutate: (id) => patchLists(qc, (list) => list.filter((e) => e.id !== id)),
    onError: (_e, _id, snapshot) => snapshot?.restore(),
    onSettled: () => qc.invalidateQueries({ queryKey: historyKeys.all }),
  });
}

/** Optimistic update of every cached history list; the returned snapshot puts them back if the request fails. */
async function patchLists(qc: QueryClient, patch: (list: QueryHistoryEntry[]) => QueryHistoryEntry[]) {
  await qc.cancelQueries({ queryKey: historyKeys.all });
  const before = qc.getQueriesData<QueryHistoryEntry[]>({ queryKey: historyKeys.all });
  for (const [key, list] of before) if (list) qc.setQueryData(key, patch(list));
  return { restore: () => before.forEach(([key, list]) => qc.setQueryData(key, list)) };
}
