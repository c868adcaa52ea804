/**
 * Prometheus HTTP API wire types (https://prometheus.io/docs/prometheus/latest/querying/api/), for 2.x and
 * 3.x. Only the clients see these; everything else gets the domain shapes from ../types.ts.
 */

export interface PromSuccess<T> {
  status: 'success';
  data: T;
  warnings?: string[];
  /** Prometheus 2.54+ (e.g. PromQL info annotations). */
  infos?: string[];
}

export interface PromErrorEnvelope {
  status: 'error';
  errorType: string;
  error: string;
  data?: unknown;
  warnings?: string[];
  infos?: string[];
}

export type PromEnvelope<T> = PromSuccess<T> | PromErrorEnvelope;

/** [unix seconds (float), sample value as a string: "1.5", "NaN", "+Inf", "-Inf"]. */
export type PromValue = [number, string];

/** Native histograms (2.40+) arrive as `histogram`/`histograms` instead of `value`/`values`. */
export interface PromHistogram {
  count: string;
  sum: string;
  buckets?: [number, string, string, string][];
}

export interface PromVectorSample {
  metric: Record<string, string>;
  value?: PromValue;
  histogram?: [number, PromHistogram];
}

export interface PromMatrixSeries {
  metric: Record<string, string>;
  values?: PromValue[];
  histograms?: [number, PromHistogram][];
}

export type PromQueryData =
  | { resultType: 'vector'; result: PromVectorSample[] }
  | { resultType: 'matrix'; result: PromMatrixSeries[] }
  | { resultType: 'scalar'; result: PromValue }
  | { resultType: 'string'; result: PromValue };

export interface PromMetricMetadata {
  type: 'counter' | 'gauge' | 'histogram' | 'gaugehistogram' | 'summary' | 'info' | 'stateset' | 'unknown';
  help: string;
  unit: string;
}

export type PromMetadataData = Record<string, PromMetricMetadata[]>;

export interface PromActiveTarget {
  discoveredLabels: Record<string, string>;
  labels: Record<string, string>;
  scrapePool: string;
  scrapeUrl: string;
  globalUrl: string;
  lastError: string;
  lastScrape: string;
  lastScrapeDuration: number;
  health: 'up' | 'down' | 'unknown';
  scrapeInterval?: string;
  scrapeTimeout?: string;
}

export interface PromDroppedTarget {
  discoveredLabels: Record<string, string>;
  /** Prometheus 3.x. */
  scrapePool?: string;
}

export interface PromTargetsData {
  activeTargets: PromActiveTarget[];
  droppedTargets: PromDroppedTarget[];
  droppedTargetCounts?: Record<string, number>;
}

export interface PromAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: 'inactive' | 'pending' | 'firing';
  activeAt?: string;
  keepFiringSince?: string;
  value: string;
}

interface PromRuleBase {
  name: string;
  query: string;
  labels?: Record<string, string>;
  health: 'ok' | 'err' | 'unknown';
  lastError?: string;
  evaluationTime: number;
  lastEvaluation: string;
}

export interface PromAlertingRule extends PromRuleBase {
  type: 'alerting';
  duration: number;
  keepFiringFor?: number;
  annotations: Record<string, string>;
  alerts: PromAlert[];
  state: 'inactive' | 'pending' | 'firing';
}

export interface PromRecordingRule extends PromRuleBase {
  type: 'recording';
}

export interface PromRuleGroup {
  name: string;
  file: string;
  interval: number;
  limit?: number;
  rules: (PromAlertingRule | PromRecordingRule)[];
  evaluationTime: number;
  lastEvaluation: string;
}

export interface PromRulesData {
  groups: PromRuleGroup[];
}

export interface PromAlertsData {
  alerts: PromAlert[];
}

export interface PromBuildInfo {
  version: string;
  revision: string;
  branch: string;
  buildUser: string;
  buildDate: string;
  goVersion: string;
}
