'use client';

import { useTimeRange } from '@/lib/time/use-time-range';

/** The page's resolved time range (null while the URL holds an invalid one) and the zoom handler for charts. */
export function usePageRange() {
  const t = useTimeRange();
  const range = t.resolved.ok ? { startMs: t.resolved.startMs, endMs: t.resolved.endMs } : null;
  return { range, zoomTo: t.zoomTo, nowMs: t.nowMs, error: t.resolved.ok ? null : t.resolved.error };
}
