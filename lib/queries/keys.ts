import type { LabelValuesParams, LokiRangeParams, PromInstantParams, PromRangeParams } from './types';

/**
 * The one query-key factory. Keys are `[{ scope, ...params }]`: a single object, so nothing ever reads a key by
 * position, and `queryKeys.all` (or `{ scope }`) matches a whole family for invalidation.
 *
 * - `scope` names the endpoint family; params are exactly what the request sends, so equal keys mean equal requests.
 */
export const queryKeys = {
  all: [{ root: 'lantern' }] as const,
  promRange: (p: PromRangeParams) => [{ root: 'lantern', scope: 'prom.range', ...p }] as const,
  promInstant: (p: PromInstantParams) => [{ root: 'lantern', scope: 'prom.instant', ...p }] as const,
  promLabelNames: (p: { match?: string; start?: number; end?: number }) =>
    [{ root: 'lantern', scope: 'prom.labelNames', ...p }] as const,
  promMetadata: () => [{ root: 'lantern', scope: 'prom.metadata' }] as const,
  lokiRange: (p: LokiRangeParams) => [{ root: 'lantern', scope: 'loki.range', ...p }] as const,
  lokiLabelNames: (p: { start: number; end: number }) => [{ root: 'lantern', scope: 'loki.labelNames', ...p }] as const,
  lokiSeries: (p: { match: string; start: number; end: number }) => [{ root: 'lantern', scope: 'loki.series', ...p }] as const,
  labelValues: (p: LabelValuesParams) => [{ root: 'lantern', scope: 'labelValues', ...p }] as const,
  /** Matches every key of one scope, e.g. `queryKeys.scope('prom.range')` to invalidate all range queries. */
  scope: (scope: QueryScope) => [{ root: 'lantern', scope }] as const,
};

export type QueryScope =
  | 'prom.range'
  | 'prom.instant'
  | 'prom.labelNames'
  | 'prom.metadata'
  | 'loki.range'
  | 'loki.labelNames'
  | 'loki.series'
  | 'labelValues';
