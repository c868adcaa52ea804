import 'server-only';
import { createHttpClient, type ConnectionConfig, type QueryParams } from '@/lib/http';
import { UpstreamError } from '../errors';
import { matrixToSeries, secondsToMs, toInstantResult, vectorToSamples } from '../prometheus/to-series';
import type { Direction, Labels, Sample, Series } from '../types';
import type { PromMatrixSeries, PromVectorSample } from '../prometheus/api-types';
import type { LokiBuildInfo, LokiDetectedFieldsResponse, LokiPattern, LokiQueryData } from './api-types';
import { CAPABILITY_PATHS, capabilityCache, type LokiCapabilities } from './capabilities';
import { readLokiResponse } from './envelope';
import { lokiStep, lokiTime, type LokiStep, type LokiTime } from './params';
import { tailLogs, type TailOptions } from './tail';
import type { DetectedField, LogPattern, LokiQueryResult, LokiResult } from './results';
import { streamsToEntries } from './to-log-entries';

export interface CallOptions {
  signal?: AbortSignal;
}

export interface QueryRangeOptions extends CallOptions {
  limit?: number;
  direction?: Direction;
  /** Metric queries: resolution step. */
  step?: LokiStep;
  /** Log queries: return one entry per interval. */
  interval?: LokiStep;
}

export interface LokiClientConfig extends ConnectionConfig {
  /** How long detected capabilities are trusted; default 5 minutes. */
  capabilitiesTtlMs?: number;
}

export type LokiClient = ReturnType<typeof createLokiClient>;

/**
 * One typed function per Loki endpoint (2.7 to 3.x); URL, auth, tenant (`X-Scope-OrgID` in `headers`) and
 * TLS bound once. The 3.x-only endpoints (volume, detected fields, patterns) are feature-detected: see
 * capabilities.ts. Every failure is an UpstreamError.
 */
export function createLokiClient(config: LokiClientConfig) {
  const http = createHttpClient({ ...config, datasource: 'loki' });
  const capabilities = capabilityCache(http, config.capabilitiesTtlMs ?? 5 * 60_000);

  const get = async <T>(path: string, query: QueryParams | undefined, opts?: CallOptions) =>
    readLokiResponse<T>(await http.request({ path, query, signal: opts?.signal }));

  async function runQuery(path: string, params: QueryParams, opts?: CallOptions): Promise<LokiQueryResult> {
    const { data, warnings } = await get<LokiQueryData>(path, params, opts);
    return { data: toLokiData(data), warnings: warnings ?? [], ...(data?.stats ? { stats: data.stats } : {}) };
  }

  /** Call a feature-detected endpoint, or fail with not_found when this Loki does not serve it. */
  async function optional<T>(feature: keyof typeof CAPABILITY_PATHS, what: string, call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const caps = await capabilities.get(signal);
    if (!caps[feature]) {
      throw new UpstreamError({
        datasource: 'loki',
        status: 404,
        kind: 'not_found',
        message: `this Loki${caps.version ? ` (${caps.version})` : ''} does not serve ${CAPABILITY_PATHS[feature]}: ${what}`,
      });
    }
    try {
      return await call();
    } catch (e) {
      // Switched off since the last probe: probe again next time.
      if (e instanceof UpstreamError && e.status === 404) capabilities.invalidate();
      throw e;
    }
  }

  return {
    /** Instant query (`/loki/api/v1/query`); metric queries on 3.x, log queries too on 2.x. */
    query(query: string, time?: LokiTime, limit?: number, direction?: Direction, opts?: CallOptions): Promise<LokiQueryResult> {
      return runQuery('/loki/api/v1/query', { query, time: lokiTime(time), limit, direction }, opts);
    },

    /** Range query (`/loki/api/v1/query_range`): streams for log queries, matrix for metric queries. */
    queryRange(query: string, start: LokiTime, end: LokiTime, opts: QueryRangeOptions = {}): Promise<LokiQueryResult> {
      const params = {
        query,
        start: lokiTime(start),
        end: lokiTime(end),
        limit: opts.limit,
        direction: opts.direction,
        step: lokiStep(opts.step),
        interval: lokiStep(opts.interval),
      };
      return runQuery('/loki/api/v1/query_range', params, opts);
    },

    async labels(start: LokiTime, end: LokiTime, opts?: CallOptions): Promise<string[]> {
      return (await get<string[] | null>('/loki/api/v1/labels', { start: lokiTime(start), end: lokiTime(end) }, opts)).data ?? [];
    },

    async labelValues(name: string, start: LokiTime, end: LokiTime, query?: string, opts?: CallOptions): Promise<string[]> {
      const path = `/loki/api/v1/label/${encodeURIComponent(name)}/values`;
      return (await get<string[] | null>(path, { start: lokiTime(start), end: lokiTime(end), query }, opts)).data ?? [];
    },

    /** Label sets of the streams matching any of `match` (`/loki/api/v1/series`). */
    async series(match: readonly string[], start: LokiTime, end: LokiTime, opts?: CallOptions): Promise<Labels[]> {
      const params = { 'match[]': match, start: lokiTime(start), end: lokiTime(end) };
      return (await get<Labels[] | null>('/loki/api/v1/series', params, opts)).data ?? [];
    },

    async buildInfo(opts?: CallOptions): Promise<LokiBuildInfo> {
      return readLokiResponse<LokiBuildInfo>(await http.request({ path: '/loki/api/v1/status/buildinfo', signal: opts?.signal }), false);
    },

    /** Which 3.x endpoints this Loki serves; detected once, then cached. */
    capabilities(opts?: CallOptions): Promise<LokiCapabilities> {
      return capabilities.get(opts?.signal);
    },

    /** Bytes per label set over [start, end] from the index (`/loki/api/v1/index/volume`, Loki 2.9+/3.x). */
    volume(query: string, start: LokiTime, end: LokiTime, opts: VolumeOptions = {}): Promise<Sample[]> {
      return optional('volume', 'log volume needs limits_config.volume_enabled: true', async () => {
        const { data } = await get<{ result: PromVectorSample[] | null }>(CAPABILITY_PATHS.volume, volumeParams(query, start, end, opts), opts);
        return vectorToSamples(data?.result ?? []);
      }, opts.signal);
    },

    /** Bytes per label set per step (`/loki/api/v1/index/volume_range`). */
    volumeRange(query: string, start: LokiTime, end: LokiTime, opts: VolumeOptions & { step?: LokiStep } = {}): Promise<Series[]> {
      return optional('volume', 'log volume needs limits_config.volume_enabled: true', async () => {
        const params = { ...volumeParams(query, start, end, opts), step: lokiStep(opts.step) };
        const { data } = await get<{ result: PromMatrixSeries[] | null }>('/loki/api/v1/index/volume_range', params, opts);
        return matrixToSeries(data?.result ?? []);
      }, opts.signal);
    },

    /** Fields Loki detects in the matching lines (`/loki/api/v1/detected_fields`, Loki 3.1+). */
    detectedFields(query: string, start: LokiTime, end: LokiTime, opts: CallOptions & { limit?: number; lineLimit?: number } = {}): Promise<DetectedField[]> {
      return optional('detectedFields', 'detected fields need Loki 3.1 or later', async () => {
        const params = { query, start: lokiTime(start), end: lokiTime(end), limit: opts.limit, line_limit: opts.lineLimit };
        const res = await http.request({ path: CAPABILITY_PATHS.detectedFields, query: params, signal: opts.signal });
        const body = readLokiResponse<LokiDetectedFieldsResponse>(res, false);
        return (body.fields ?? []).map((f) => ({ label: f.label, type: f.type, cardinality: f.cardinality, parsers: f.parsers ?? [] }));
      }, opts.signal);
    },

    /** Log patterns with their counts per step (`/loki/api/v1/patterns`, Loki 3.0+ with the pattern ingester). */
    patterns(query: string, start: LokiTime, end: LokiTime, opts: CallOptions & { step?: LokiStep } = {}): Promise<LogPattern[]> {
      return optional('patterns', 'patterns need pattern_ingester.enabled: true', async () => {
        const params = { query, start: lokiTime(start), end: lokiTime(end), step: lokiStep(opts.step) };
        const { data } = await get<LokiPattern[] | null>(CAPABILITY_PATHS.patterns, params, opts);
        return (data ?? []).map((p) => ({
          pattern: p.pattern,
          ...(p.level ? { level: p.level } : {}),
          points: (p.samples ?? []).map(([ts, count]) => [secondsToMs(ts), Number(count)] as [number, number]),
        }));
      }, opts.signal);
    },

    /** Live tail over WebSocket; iterate with `for await`, abort the signal (or break) to stop. */
    tail(query: string, opts: TailOptions = {}) {
      return tailLogs(http, query, opts);
    },
  };
}

export interface VolumeOptions extends CallOptions {
  limit?: number;
  targetLabels?: readonly string[];
  aggregateBy?: 'series' | 'labels';
}

function volumeParams(query: string, start: LokiTime, end: LokiTime, opts: VolumeOptions): QueryParams {
  return {
    query,
    start: lokiTime(start),
    end: lokiTime(end),
    limit: opts.limit,
    targetLabels: opts.targetLabels?.length ? opts.targetLabels.join(',') : undefined,
    aggregateBy: opts.aggregateBy,
  };
}

function toLokiData(data: LokiQueryData | null | undefined): LokiQueryResult['data'] {
  switch (data?.resultType) {
    case 'streams':
      return { resultType: 'streams', entries: streamsToEntries(data.result) };
    case 'matrix':
    case 'vector':
    case 'scalar':
      return toInstantResult({ ...data, result: data.result ?? [] } as Parameters<typeof toInstantResult>[0]);
    default: {
      const type = (data as { resultType?: unknown } | null | undefined)?.resultType;
      throw new UpstreamError({ datasource: 'loki', status: 502, kind: 'upstream', message: `loki returned an unknown result type: ${String(type)}` });
    }
  }
}
