/** One function per /api/query-history endpoint. Hooks call these; components call the hooks. */
import { fetchApi } from '../api';

export const HISTORY_DATASOURCES = ['prometheus', 'loki'] as const;
export type HistoryDatasource = (typeof HISTORY_DATASOURCES)[number];

/** One remembered query, as the API serves it (dates as ISO-8601 strings). */
export interface QueryHistoryEntry {
  id: string;
  datasource: HistoryDatasource;
  query: string;
  createdAt: string;
  lastRunAt: string;
  runCount: number;
  starred: boolean;
}

export interface HistoryListParams {
  datasource?: HistoryDatasource;
  /** Case-insensitive substring of the query text. */
  search?: string;
  /** Only starred (true) or only unstarred (false) entries; all when absent. */
  starred?: boolean;
  limit?: number;
  offset?: number;
}

/** Most recently run first. */
export const listQueryHistory = (p: HistoryListParams, signal?: AbortSignal) =>
  fetchApi<{ data: QueryHistoryEntry[] }>(
    '/api/query-history',
    { datasource: p.datasource, search: p.search || undefined, starred: p.starred, limit: p.limit, offset: p.offset },
    signal,
  ).then((r) => r.data);

/** Records a run; the server bumps `runCount` of an entry with the same text instead of adding another. */
export const recordQuery = (p: { datasource: HistoryDatasource; query: string }) =>
  send<{ data: QueryHistoryEntry }>('POST', '/api/query-history', p).then((r) => r.data);

export const starQuery = (p: { id: string; starred: boolean }) =>
  send<{ data: QueryHistoryEntry }>('POST', `/api/query-history/${encodeURIComponent(p.id)}/star`, { starred: p.starred }).then(
    (r) => r.data,
  );

export const deleteQuery = (id: string) =>
  send<unknown>('DELETE', `/api/query-history/${encodeURIComponent(id)}`).then(() => undefined);

/**
 * A write through `fetchApi`, so error envelopes and network failures become `ApiError` in the one usual place.
 * The browser's own fetch sends `Origin`, which the server's same-origin check requires. A 204 carries no body;
 * it is handed to `fetchApi` as an empty JSON object so that "no content" is not mistaken for a malformed reply.
 */
function send<T>(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return fetchApi<T>(path, {}, undefined, async (input, init) => {
    const res = await fetch(input, {
      ...init,
      method,
      headers: { ...init?.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return res.status === 204 ? new Response('{}', { status: 200 }) : res;
  });
}
