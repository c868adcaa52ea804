'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useContext, useMemo } from 'react';
import { EvalTimeContext } from './eval-time-context';
import { toAbsoluteExpr } from './format';
import type { RefreshInterval } from './refresh';
import { validateRange, type RangeResult, type RawTimeRange } from './time-expr';
import { readTimeParams, updateSearch } from './url-params';

export interface TimeRangeState {
  from: string;
  to: string;
  refresh: RefreshInterval;
  /** from/to resolved against the held "now"; `ok: false` carries a message for invalid URL input. */
  resolved: RangeResult;
  nowMs: number;
  /** Replaces the range in the URL (no new history entry). */
  setRange: (range: RawTimeRange) => void;
  /** Pushes an absolute range, so Back returns to the range before the zoom. */
  zoomTo: (startMs: number, endMs: number) => void;
  setRefresh: (refresh: RefreshInterval) => void;
  refreshNow: () => void;
}

/** Reads and writes `from`, `to` and `refresh` in the URL; needs `<TimeRangeProvider>` above it. */
export function useTimeRange(): TimeRangeState {
  const evalTime = useContext(EvalTimeContext);
  if (!evalTime) throw new Error('useTimeRange() needs <TimeRangeProvider> above it');
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { from, to, refresh } = readTimeParams(searchParams);
  const { nowMs, touch, refreshNow } = evalTime;

  const navigate = useCallback(
    (changes: Record<string, string | null>, mode: 'push' | 'replace') => {
      const qs = updateSearch(searchParams.toString(), changes);
      const href = qs ? `${pathname}?${qs}` : pathname;
      touch();
      if (mode === 'push') router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    },
    [pathname, router, searchParams, touch],
  );

  const resolved = useMemo(() => validateRange({ from, to }, nowMs), [from, to, nowMs]);

  return {
    from,
    to,
    refresh,
    resolved,
    nowMs,
    setRange: useCallback((range: RawTimeRange) => navigate({ from: range.from, to: range.to }, 'replace'), [navigate]),
    zoomTo: useCallback(
      (startMs: number, endMs: number) =>
        navigate({ from: toAbsoluteExpr(Math.min(startMs, endMs)), to: toAbsoluteExpr(Math.max(startMs, endMs)) }, 'push'),
      [navigate],
    ),
    setRefresh: useCallback((value: RefreshInterval) => navigate({ refresh: value }, 'replace'), [navigate]),
    refreshNow,
  };
}
