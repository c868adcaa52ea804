import type { Datasource } from '@/lib/datasources/errors';

/**
 * How to reach one upstream. Structurally the same as `DatasourceConfig` in lib/env.ts, so the parsed
 * environment can be passed as is.
 */
export interface ConnectionConfig {
  /** Base URL; a path prefix (https://gw.example/prometheus) is kept. Userinfo is moved to basic auth. */
  url: string;
  bearerToken?: string;
  basicAuth?: { username: string; password: string };
  /** Extra headers sent on every request, e.g. `X-Scope-OrgID` for a Loki tenant. */
  headers?: Record<string, string>;
  /** PEM contents (not a path) of the CA bundle that signs the upstream's certificate. */
  ca?: string;
  insecureSkipVerify?: boolean;
  /** Per-request time limit; default 30 s. */
  timeoutMs?: number;
  /** Largest response body read before failing with kind 'too_large'; default 50 MB. */
  maxResponseBytes?: number;
}

export interface HttpClientOptions extends ConnectionConfig {
  datasource: Datasource;
}

export type QueryValue = string | number | boolean | undefined | null;

/** Query parameters; an array repeats the key (`match[]=a&match[]=b`); undefined and null are left out. */
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

export interface RequestOptions {
  /** Path below the base URL, starting with '/'. Encode any path segments yourself. */
  path: string;
  query?: QueryParams;
  method?: 'GET' | 'POST';
  /** The caller's signal (e.g. the browser request's); its abort yields kind 'canceled'. */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this request. */
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The body decoded as UTF-8. */
  text: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024;
