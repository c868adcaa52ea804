'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { countQuery } from '@/lib/logs/volume';
import { queryKeys } from '../keys';
import { lokiMetricRange } from './client';

export interface LogCounts {
  /** Start of each bucket, ms. */
  times: number[];
  counts: number[];
  bucketMs: number;
  total: number;
}

/**
 * Lines matching a log query per bucket of `[startMs, endMs)`, counted by Loki (`sum(count_over_time(...))`), so the
 * explorer can say how many lines remain beyond what it loaded and draw the volume of what is not loaded yet.
 */
export function useLogCounts(p: { query: string; startMs: number; endMs: number; buckets: number; enabled?: boolean }) {
  const stepS = Math.max(1, Math.ceil((p.endMs - p.startMs) / 1000 / p.buckets));
  let query = '';
  try {
    query = p.enabled === false ? '' : countQuery(p.query, `${stepS}s`);
  } catch {
    query = '';
  }
  const bucketMs = stepS * 1000;
  // Evaluations at start+step, +2 step...: each counts (t - step, t], together the whole range.
  const params = { query, start: p.startMs + bucketMs, end: p.endMs, step: stepS };
  return useQuery({
    queryKey: queryKeys.lokiRange({ ...params, limit: 1, direction: 'forward' }),
    queryFn: async ({ signal }): Promise<LogCounts> => {
      const series = await lokiMetricRange(params, signal);
      const n = Math.max(1, Math.ceil((p.endMs - p.startMs) / bucketMs));
      const counts = new Array<number>(n).fill(0);
      let total = 0;
      for (const s of series) {
        for (const [t, v] of s.points) {
          const i = Math.min(n - 1, Math.max(0, Math.round((t - p.startMs) / bucketMs) - 1));
          if (Number.isFinite(v)) {
            counts[i]! += v;
            total += v;
          }
        }
      }
      return { times: counts.map((_, i) => p.startMs + i * bucketMs), counts, bucketMs, total };
    },
    enabled: query !== '' && p.endMs > p.startMs + bucketMs,
    placeholderData: keepPreviousData,
    gcTime: 60_000,
    retry: false,
  });
}
