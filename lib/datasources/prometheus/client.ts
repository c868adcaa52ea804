import 'server-only';
import { createHttpClient, type ConnectionConfig, type QueryParams } from '@/lib/http';
import { UpstreamError } from '../errors';
import type { InstantResult, Labels, Series } from '../types';
import type {
  PromAlertsData,
  PromBuildInfo,
  PromMatrixSeries,
  PromMetadataData,
  PromQueryData,
  PromRulesData,
  PromTargetsData,
} from './api-types';
import { readPromResponse, type PromData } from './envelope';
import { labelNamePathSegment, promStep, promTime, type StepInput, type TimeInput } from './params';
import { matrixToSeries, toInstantResult } from './to-series';

export interface CallOptions {
  signal?: AbortSignal;
}

export type PrometheusClient = ReturnType<typeof createPrometheusClient>;

/**
 * One typed function per Prometheus endpoint; URL, auth, headers and TLS bound once. Query-like calls
 * return `{ data, warnings, infos }`; status calls return the data. Every failure is an UpstreamError.
 */
export function createPrometheusClient(config: ConnectionConfig) {
  const http = createHttpClient({ ...config, datasource: 'prometheus' });

  async function get<T>(path: string, query: QueryParams | undefined, opts: CallOptions | undefined): Promise<PromData<T>> {
    return readPromResponse<T>(await http.request({ path, query, signal: opts?.signal }));
  }

  return {
    /** Instant query (`/api/v1/query`); `time` defaults to the server's now. */
    async query(query: string, time?: TimeInput, opts?: CallOptions): Promise<PromData<InstantResult>> {
      const r = await get<PromQueryData | null>('/api/v1/query', { query, time: promTime(time) }, opts);
      if (!r.data || !['vector', 'matrix', 'scalar', 'string'].includes(r.data.resultType)) {
        throw new UpstreamError({ datasource: 'prometheus', status: 502, kind: 'upstream', message: `prometheus returned an unknown result type: ${String(r.data?.resultType)}` });
      }
      return { ...r, data: toInstantResult(r.data) };
    },

    /** Range query (`/api/v1/query_range`). */
    async queryRange(query: string, start: TimeInput, end: TimeInput, step: StepInput, opts?: CallOptions): Promise<PromData<Series[]>> {
      const params = { query, start: promTime(start), end: promTime(end), step: promStep(step) };
      const r = await get<{ resultType: 'matrix'; result: PromMatrixSeries[] }>('/api/v1/query_range', params, opts);
      return { ...r, data: matrixToSeries(r.data?.result ?? []) };
    },

    /** Label sets of the series matching any of `match` (`/api/v1/series`). */
    async series(match: readonly string[], start?: TimeInput, end?: TimeInput, opts?: CallOptions): Promise<PromData<Labels[]>> {
      const r = await get<Labels[] | null>('/api/v1/series', { 'match[]': match, start: promTime(start), end: promTime(end) }, opts);
      return { ...r, data: r.data ?? [] };
    },

    async labels(match?: readonly string[], start?: TimeInput, end?: TimeInput, opts?: CallOptions): Promise<PromData<string[]>> {
      const r = await get<string[] | null>('/api/v1/labels', { 'match[]': match, start: promTime(start), end: promTime(end) }, opts);
      return { ...r, data: r.data ?? [] };
    },

    async labelValues(
      name: string,
      match?: readonly string[],
      start?: TimeInput,
      end?: TimeInput,
      opts?: CallOptions,
    ): Promise<PromData<string[]>> {
      const path = `/api/v1/label/${labelNamePathSegment(name)}/values`;
      const r = await get<string[] | null>(path, { 'match[]': match, start: promTime(start), end: promTime(end) }, opts);
      return { ...r, data: r.data ?? [] };
    },

    /** Metric metadata (`/api/v1/metadata`), all metrics or one. */
    async metadata(metric?: string, opts?: CallOptions): Promise<PromMetadataData> {
      return (await get<PromMetadataData>('/api/v1/metadata', { metric }, opts)).data ?? {};
    },

    async targets(state?: 'active' | 'dropped' | 'any', opts?: CallOptions): Promise<PromTargetsData> {
      const { data } = await get<PromTargetsData>('/api/v1/targets', { state }, opts);
      return { ...data, activeTargets: data.activeTargets ?? [], droppedTargets: data.droppedTargets ?? [] };
    },

    async rules(opts?: CallOptions): Promise<PromRulesData> {
      const { data } = await get<PromRulesData>('/api/v1/rules', undefined, opts);
      return { groups: data.groups ?? [] };
    },

    async alerts(opts?: CallOptions): Promise<PromAlertsData> {
      const { data } = await get<PromAlertsData>('/api/v1/alerts', undefined, opts);
      return { alerts: data.alerts ?? [] };
    },

    async buildInfo(opts?: CallOptions): Promise<PromBuildInfo> {
      return (await get<PromBuildInfo>('/api/v1/status/buildinfo', undefined, opts)).data;
    },
  };
}
