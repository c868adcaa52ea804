/** Response shapes of Lantern's own /api/* routes (not the upstream datasources'). Times are epoch milliseconds. */

export type Labels = Record<string, string>;

/** One time series: points are `[tsMs, value]`, in time order. */
export interface Series {
  labels: Labels;
  points: [number, number][];
}

export interface PromRangeResponse {
  series: Series[];
  warnings?: string[];
}

export interface InstantSample {
  labels: Labels;
  value: number;
  tsMs: number;
}

export interface PromInstantResponse {
  resultType: 'vector' | 'scalar' | 'matrix' | 'string';
  samples?: InstantSample[];
  series?: Series[];
  scalar?: [number, number];
  warnings?: string[];
}

export interface DataListResponse {
  data: string[];
}

export interface MetricMetadata {
  type: string;
  help: string;
  unit?: string;
}

export interface PromMetadataResponse {
  data: Record<string, MetricMetadata[]>;
}

export interface LogEntry {
  /** Nanoseconds since the epoch, as a decimal string: a double cannot hold it exactly. */
  tsNs: string;
  line: string;
  labels: Labels;
}

export type LokiQueryResponse =
  | { resultType: 'streams'; entries: LogEntry[]; warnings?: string[] }
  | { resultType: 'matrix'; series: Series[]; warnings?: string[] };

export type LogDirection = 'backward' | 'forward';

export interface PromRangeParams {
  query: string;
  start: number;
  end: number;
  /** Seconds. */
  step: number;
}

export interface PromInstantParams {
  query: string;
  time: number;
}

export interface LokiRangeParams {
  query: string;
  start: number;
  end: number;
  limit: number;
  direction: LogDirection;
  /** Seconds; only used by metric queries. */
  step?: number;
}

export type Datasource = 'prometheus' | 'loki';

export interface LabelValuesParams {
  datasource: Datasource;
  name: string;
  /** Loki needs a time window; Prometheus uses it when given. */
  start?: number;
  end?: number;
  /** A series selector narrowing the values (Prometheus `match[]`). */
  match?: string;
}
