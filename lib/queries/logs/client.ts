import { ApiError, apiUrl, fetchApi, fetchApiNdjson } from '../api';
import type { LogDirection, LogEntry, LokiQueryResponse, Series } from '../types';

/** Browser calls for the log explorer: exact-nanosecond pages, metric counts, and the live tail stream. */

export interface LogPageParams {
  query: string;
  /** ns since the epoch, decimal digits; `start` inclusive, `end` exclusive as Loki reads them. */
  startNs: string;
  endNs: string;
  limit: number;
  direction: LogDirection;
}

/** One `query_range` page of a log query, with exact ns bounds (paging and context follow a line's timestamp). */
export async function lokiLogPage(p: LogPageParams, signal?: AbortSignal): Promise<LogEntry[]> {
  const { head, items } = await fetchApiNdjson<{ resultType: LokiQueryResponse['resultType'] }, LogEntry>('/api/loki/query_range', { ...p }, signal);
  if (head.resultType !== 'streams') throw new ApiError({ message: 'expected log lines, got a metric result', kind: 'bad_response', status: 200 });
  return items;
}

/** A metric LogQL query over a range (ms), as series. */
export async function lokiMetricRange(p: { query: string; start: number; end: number; step: number }, signal?: AbortSignal): Promise<Series[]> {
  const res = await fetchApi<LokiQueryResponse>('/api/loki/query_range', { ...p, limit: 1 }, signal);
  if (res.resultType !== 'matrix') throw new ApiError({ message: 'expected a metric result', kind: 'bad_response', status: 200 });
  return res.series;
}

export interface TailParams {
  query: string;
  /** Resume from this ns timestamp (inclusive). */
  start?: string;
  limit?: number;
}

export interface DroppedEntry {
  labels: Record<string, string>;
  timestamp: string;
}

export type TailEvent =
  | { type: 'open' }
  | { type: 'entries'; entries: LogEntry[]; dropped: DroppedEntry[] }
  | { type: 'end' };

/** The one error body of the API routes → ApiError (the tail reads it from a status or from an `error` event). */
export function apiErrorFrom(body: unknown, status: number): ApiError {
  const e = (body as { error?: Record<string, unknown> } | undefined)?.error ?? (body as Record<string, unknown> | undefined);
  const position = e?.position as { line: number; column: number } | undefined;
  return new ApiError({
    message: typeof e?.message === 'string' ? e.message : `HTTP ${status}`,
    kind: typeof e?.kind === 'string' ? e.kind : 'error',
    status: typeof e?.status === 'number' ? e.status : status,
    datasource: typeof e?.datasource === 'string' ? e.datasource : undefined,
    position: position && typeof position.line === 'number' ? position : undefined,
  });
}

export const tailUrl = (p: TailParams) => apiUrl('/api/loki/tail', { query: p.query, start: p.start, limit: p.limit });
