'use client';

import { useEffect } from 'react';
import { refreshIntervalMs } from '@/lib/time/refresh';
import { useTimeRange } from '@/lib/time/use-time-range';

/** Runs the URL's `refresh` interval. Ticks are skipped while the tab is hidden: nobody is looking. */
export function AutoRefresh() {
  const { refresh, refreshNow } = useTimeRange();
  const ms = refreshIntervalMs(refresh);
  useEffect(() => {
    if (ms === null) return;
    const id = window.setInterval(() => {
      if (document.visibilityState === 'visible') refreshNow();
    }, ms);
    return () => window.clearInterval(id);
  }, [ms, refreshNow]);
  return null;
}
