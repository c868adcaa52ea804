import { fetchApi } from './api';
import type {
  DataListResponse,
  LabelValuesParams,
  LokiQueryResponse,
  LokiRangeParams,
  PromInstantParams,
  PromInstantResponse,
  PromMetadataResponse,
  PromRangeParams,
  PromRangeResponse,
} from './types';

/** One function per /api endpoint. Hooks and the editor's completion call these; components call the hooks. */

export const promRangeQuery = (p: PromRangeParams, signal?: AbortSignal) =>
  fetchApi<PromRangeResponse>('/api/prometheus/query_range', { ...p }, signal);

export const promInstantQuery = (p: PromInstantParams, signal?: AbortSignal) =>
  fetchApi<PromInstantResponse>('/api/prometheus/query', { ...p }, signal);

/** `match` narrows to series matching a selector when the route supports it (Prometheus' `match[]`). */
export const promLabels = (opts: { match?: string; start?: number; end?: number } = {}, signal?: AbortSignal) =>
  fetchApi<DataListResponse>('/api/prometheus/labels', { 'match[]': opts.match, start: opts.start, end: opts.end }, signal);

export const promLabelValues = (
  name: string,
  opts: { match?: string; start?: number; end?: number } = {},
  signal?: AbortSignal,
) =>
  fetchApi<DataListResponse>(
    `/api/prometheus/label/${encodeURIComponent(name)}/values`,
    { 'match[]': opts.match, start: opts.start, end: opts.end },
    signal,
  );

export const promMetadata = (signal?: AbortSignal) =>
  fetchApi<PromMetadataResponse>('/api/prometheus/metadata', {}, signal);

export const lokiQueryRange = (p: LokiRangeParams, signal?: AbortSignal) =>
  fetchApi<LokiQueryResponse>('/api/loki/query_range', { ...p }, signal);

export const lokiLabels = (opts: { start: number; end: number }, signal?: AbortSignal) =>
  fetchApi<DataListResponse>('/api/loki/labels', opts, signal);

export const lokiLabelValues = (name: string, opts: { start: number; end: number }, signal?: AbortSignal) =>
  fetchApi<DataListResponse>(`/api/loki/label/${encodeURIComponent(name)}/values`, opts, signal);

/** Label sets of the streams matching `match` in the range (`/api/loki/series`). */
export const lokiSeries = (opts: { match: string; start: number; end: number }, signal?: AbortSignal) =>
  fetchApi<{ data: Record<string, string>[] }>('/api/loki/series', { 'match[]': opts.match, start: opts.start, end: opts.end }, signal);

export function labelValues(p: LabelValuesParams, signal?: AbortSignal): Promise<DataListResponse> {
  if (p.datasource === 'loki') {
    if (p.start === undefined || p.end === undefined) throw new Error('Loki label values need start and end');
    return lokiLabelValues(p.name, { start: p.start, end: p.end }, signal);
  }
  return promLabelValues(p.name, { start: p.start, end: p.end, match: p.match }, signal);
}
