'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { labelValues, lokiLabels, lokiQueryRange, lokiSeries } from './client';
import { queryKeys } from './keys';
import { promBatch } from './prom-batch';
import type { LabelValuesParams, LokiRangeParams, PromInstantParams, PromRangeParams } from './types';

interface Enabled {
  /** False skips the request, e.g. while the query text is empty or the time range invalid. */
  enabled?: boolean;
}

// Relative ranges create a new key on every refresh; old windows are worthless, so let them go quickly.
const TIME_WINDOW_GC_MS = 60_000;

/**
 * Range query for charts. Keeps the previous result on screen while a refresh or a new range loads. Queries asked in
 * the same render (a pod page's charts) go out in one batch request.
 */
export function usePromRangeQuery(params: PromRangeParams, { enabled = true }: Enabled = {}) {
  return useQuery({
    queryKey: queryKeys.promRange(params),
    queryFn: ({ signal }) => promBatch.range(params, signal),
    enabled: enabled && params.query.trim() !== '',
    placeholderData: keepPreviousData,
    gcTime: TIME_WINDOW_GC_MS,
    retry: false,
  });
}

export function usePromInstantQuery(params: PromInstantParams, { enabled = true }: Enabled = {}) {
  return useQuery({
    queryKey: queryKeys.promInstant(params),
    queryFn: ({ signal }) => promBatch.instant(params, signal),
    enabled: enabled && params.query.trim() !== '',
    placeholderData: keepPreviousData,
    gcTime: TIME_WINDOW_GC_MS,
    retry: false,
  });
}

export function useLokiQuery(params: LokiRangeParams, { enabled = true }: Enabled = {}) {
  return useQuery({
    queryKey: queryKeys.lokiRange(params),
    queryFn: ({ signal }) => lokiQueryRange(params, signal),
    enabled: enabled && params.query.trim() !== '',
    placeholderData: keepPreviousData,
    gcTime: TIME_WINDOW_GC_MS,
    retry: false,
  });
}

export function useLabelValues(params: LabelValuesParams, { enabled = true }: Enabled = {}) {
  return useQuery({
    queryKey: queryKeys.labelValues(params),
    queryFn: ({ signal }) => labelValues(params, signal),
    enabled: enabled && params.name !== '',
    staleTime: 60_000,
    select: (res) => res.data,
  });
}

/** Loki's label names for a range (the same cache entries the LogQL editor's completion reads). */
export function useLokiLabelNames(range: { start: number; end: number }, { enabled = true }: Enabled = {}) {
  return useQuery({
    queryKey: queryKeys.lokiLabelNames(range),
    queryFn: ({ signal }) => lokiLabels(range, signal),
    enabled,
    staleTime: 60_000,
    retry: false,
    select: (res) => res.data,
  });
}

/** Label sets of the streams matching `match` in the range. */
export function useLokiSeries(params: { match: string; start: number; end: number }, { enabled = true }: Enabled = {}) {
  return useQuery({
    queryKey: queryKeys.lokiSeries(params),
    queryFn: ({ signal }) => lokiSeries(params, signal),
    enabled: enabled && params.match !== '',
    staleTime: 60_000,
    retry: false,
    placeholderData: keepPreviousData,
    select: (res) => res.data,
  });
}
