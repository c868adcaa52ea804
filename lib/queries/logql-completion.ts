'use client';

import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { labelValues, lokiLabels, lokiSeries } from './client';
import { queryKeys } from './keys';

/** What the LogQL editor's completion asks of Loki; both resolve to `[]` on failure or when aborted. */
export interface LokiCompletionClient {
  labelNames(signal: AbortSignal): Promise<readonly string[]>;
  /** Values of `name`; with `narrowBy` (a selector) only those of the streams it matches. */
  labelValues(name: string, signal: AbortSignal, narrowBy?: string): Promise<readonly string[]>;
}

export interface CompletionRange {
  startMs: number;
  endMs: number;
}

const STALE_MS = 5 * 60_000;
/** Typing pauses shorter than this send nothing (on top of CodeMirror's own activation delay). */
export const DEBOUNCE_MS = 150;
/** After a failure, the same request is not sent again for this long: a down Loki costs one request, not one a keystroke. */
const FAILURE_BACKOFF_MS = 30_000;

/** The range snapped out to whole minutes, so that keystrokes and relative ranges reuse cached answers. */
export function snapRange(r: CompletionRange): { start: number; end: number } {
  return { start: Math.floor(r.startMs / 60_000) * 60_000, end: Math.ceil(r.endMs / 60_000) * 60_000 };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const names = (r: { data: string[] }) => r.data;

/**
 * A list from the react-query cache, or fetched after a short debounce. Aborting (the user typed on) settles at once
 * with `[]` and cancels the request when nothing else (the label browser) is waiting for it. `select` reads the list
 * out of the cached response (the label browser shares these entries in their raw shape).
 */
export async function cachedList<R = { data: string[] }>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  queryFn: (signal: AbortSignal) => Promise<R>,
  signal: AbortSignal,
  select: (response: R) => readonly string[] = names as unknown as (response: R) => readonly string[],
): Promise<readonly string[]> {
  const state = queryClient.getQueryState<R>(queryKey);
  if (state?.data && Date.now() - state.dataUpdatedAt < STALE_MS) return select(state.data);
  if (state?.status === 'error' && Date.now() - state.errorUpdatedAt < FAILURE_BACKOFF_MS) return [];
  try {
    await sleep(DEBOUNCE_MS, signal);
    const fetching = queryClient.fetchQuery({ queryKey, queryFn: ({ signal: s }) => queryFn(s), staleTime: STALE_MS, retry: false });
    const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    return select(await Promise.race([fetching, aborted]));
  } catch {
    if (signal.aborted && !queryClient.getQueryCache().find({ queryKey, exact: true })?.getObserversCount()) {
      void queryClient.cancelQueries({ queryKey, exact: true });
    }
    return [];
  }
}

/** Loki label names and values for the editor's current range, through Lantern's /api/loki routes and the cache. */
export function createLokiCompletionClient(queryClient: QueryClient, range: () => CompletionRange): LokiCompletionClient {
  return {
    labelNames(signal) {
      const p = snapRange(range());
      return cachedList(queryClient, queryKeys.lokiLabelNames(p), (s) => lokiLabels(p, s), signal);
    },
    labelValues(name, signal, narrowBy) {
      if (narrowBy) {
        const p = { match: narrowBy, ...snapRange(range()) };
        return cachedList(queryClient, queryKeys.lokiSeries(p), (s) => lokiSeries(p, s), signal, (r) => seriesValues(r.data, name));
      }
      const params = { datasource: 'loki' as const, name, ...snapRange(range()) };
      return cachedList(queryClient, queryKeys.labelValues(params), (s) => labelValues(params, s), signal);
    },
  };
}

/** The distinct values of `name` among streams' label sets, sorted. */
export function seriesValues(series: readonly Record<string, string>[], name: string): string[] {
  return [...new Set(series.map((s) => s[name]).filter((v): v is string => v !== undefined))].sort();
}
