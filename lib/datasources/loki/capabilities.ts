/**
 * Loki 3.x compatibility: these endpoints do not exist on Loki 2.x, and on 3.x they answer only when the
 * feature is enabled, so neither the version nor the buildinfo (often blank on custom builds) can tell:
 *   GET /loki/api/v1/index/volume, /loki/api/v1/index/volume_range   (limits_config.volume_enabled)
 *   GET /loki/api/v1/detected_fields                                  (3.1+)
 *   GET /loki/api/v1/patterns                                         (pattern_ingester.enabled)
 *   GET /loki/api/v1/detected_labels                                  (3.1+; not wrapped yet)
 * Each is probed once with a selector that matches nothing over the last minute. 404 means absent (both an
 * unknown route and a disabled feature answer 404); a 2xx or 400 means the route is served; other statuses
 * count as absent until the next probe. Unreachable, timeout and auth failures are thrown, not cached.
 */
import 'server-only';
import type { HttpClient } from '@/lib/http';
import { UpstreamError } from '../errors';
import { lokiError, readLokiResponse } from './envelope';
import type { LokiBuildInfo } from './api-types';
import { lokiTime } from './params';

export interface LokiCapabilities {
  volume: boolean;
  detectedFields: boolean;
  patterns: boolean;
  /** The version buildinfo reports; '' when the binary was built without one. */
  version: string;
}

export const CAPABILITY_PATHS = {
  volume: '/loki/api/v1/index/volume',
  detectedFields: '/loki/api/v1/detected_fields',
  patterns: '/loki/api/v1/patterns',
} as const;

const PROBE_SELECTOR = '{lantern_probe="capabilities"}';

async function probe(http: HttpClient, path: string): Promise<boolean> {
  const now = Date.now();
  const res = await http.request({
    path,
    query: { query: PROBE_SELECTOR, start: lokiTime(now - 60_000), end: lokiTime(now), limit: 1, line_limit: 1 },
  });
  if (res.status === 401 || res.status === 403) throw lokiError(res.status, res.text);
  return (res.status >= 200 && res.status <= 299) || res.status === 400;
}

async function version(http: HttpClient): Promise<string> {
  const res = await http.request({ path: '/loki/api/v1/status/buildinfo' });
  if (res.status === 404) return '';
  return readLokiResponse<LokiBuildInfo>(res, false).version ?? '';
}

export async function detectCapabilities(http: HttpClient): Promise<LokiCapabilities> {
  const [volume, detectedFields, patterns, v] = await Promise.all([
    probe(http, CAPABILITY_PATHS.volume),
    probe(http, CAPABILITY_PATHS.detectedFields),
    probe(http, CAPABILITY_PATHS.patterns),
    version(http),
  ]);
  return { volume, detectedFields, patterns, version: v };
}

/** Capabilities detected once and kept for `ttlMs`; concurrent callers share one probe. */
export function capabilityCache(http: HttpClient, ttlMs: number) {
  let cached: { value: LokiCapabilities; at: number } | undefined;
  let inflight: Promise<LokiCapabilities> | undefined;

  function get(): Promise<LokiCapabilities> {
    if (cached && Date.now() - cached.at < ttlMs) return Promise.resolve(cached.value);
    inflight ??= detectCapabilities(http)
      .then((value) => {
        cached = { value, at: Date.now() };
        return value;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  }

  return {
    /** The probe runs without the caller's signal (others may share it); the caller still stops waiting. */
    get(signal?: AbortSignal): Promise<LokiCapabilities> {
      return signal ? raceAbort(get(), signal) : get();
    },
    invalidate(): void {
      cached = undefined;
    },
  };
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  const canceled = () => new UpstreamError({ datasource: 'loki', status: 499, kind: 'canceled', message: 'request to loki was canceled' });
  if (signal.aborted) return Promise.reject(canceled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(canceled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
