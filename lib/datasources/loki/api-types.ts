/**
 * Loki HTTP API wire types, 2.7 to 3.x (https://grafana.com/docs/loki/latest/reference/loki-http-api/).
 * Metric results share Prometheus' wire format.
 */
import type { PromMatrixSeries, PromValue, PromVectorSample } from '../prometheus/api-types';

/**
 * [ns epoch as a string, line] or, on Loki 3 with structured metadata, a third element: a flat label map,
 * or `{ structuredMetadata, parsed }` when asked with `X-Loki-Response-Encoding-Flags: categorize-labels`.
 */
export type LokiStreamValue =
  | [string, string]
  | [string, string, Record<string, string> | { structuredMetadata?: Record<string, string>; parsed?: Record<string, string> }];

export interface LokiStream {
  stream: Record<string, string>;
  values: LokiStreamValue[];
}

export type LokiQueryData =
  | { resultType: 'streams'; result: LokiStream[]; stats?: LokiStats }
  | { resultType: 'matrix'; result: PromMatrixSeries[]; stats?: LokiStats }
  | { resultType: 'vector'; result: PromVectorSample[]; stats?: LokiStats }
  | { resultType: 'scalar'; result: PromValue; stats?: LokiStats };

/** Query statistics; their exact fields vary by version, so they are passed on untyped below the summary. */
export interface LokiStats {
  summary?: {
    bytesProcessedPerSecond?: number;
    linesProcessedPerSecond?: number;
    totalBytesProcessed?: number;
    totalLinesProcessed?: number;
    execTime?: number;
    queueTime?: number;
    subqueries?: number;
    totalEntriesReturned?: number;
  };
  [key: string]: unknown;
}

export interface LokiSuccess<T> {
  status: 'success';
  data: T;
  warnings?: string[];
}

/** Loki 3 sends some errors as JSON (either shape); Loki 2.x sends plain text. */
export interface LokiErrorEnvelope {
  status: 'error';
  errorType?: string;
  error?: string;
  message?: string;
  code?: number;
}

/** `/loki/api/v1/status/buildinfo` is not wrapped in an envelope. */
export interface LokiBuildInfo {
  version: string;
  revision: string;
  branch: string;
  buildUser: string;
  buildDate: string;
  goVersion: string;
}

/** `/loki/api/v1/detected_fields` (Loki 3.1+), not wrapped in an envelope. */
export interface LokiDetectedFieldsResponse {
  fields?: {
    label: string;
    type: string;
    cardinality: number;
    parsers?: string[] | null;
    jsonPath?: string[];
  }[];
  limit?: number;
}

/** `/loki/api/v1/patterns` (Loki 3.0+): samples are [unix seconds, count]. */
export interface LokiPattern {
  pattern: string;
  level?: string;
  samples: [number, number][];
}

/** One message of the `/loki/api/v1/tail` WebSocket. */
export interface LokiTailMessage {
  streams?: LokiStream[] | null;
  dropped_entries?: { labels: Record<string, string>; timestamp: string }[] | null;
}
