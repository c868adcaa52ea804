'use client';

import { useIsFetching } from '@tanstack/react-query';
import { isRefreshInterval, REFRESH_OPTIONS } from '@/lib/time/refresh';
import { useTimeRange } from '@/lib/time/use-time-range';

export function RefreshControl() {
  const { refresh, setRefresh, refreshNow } = useTimeRange();
  const fetching = useIsFetching() > 0;
  return (
    <div className="refresh-control">
      <button
        type="button"
        className={`btn${fetching ? ' is-busy' : ''}`}
        onClick={refreshNow}
        data-testid="refresh-now"
        title="Refresh now"
        aria-busy={fetching}
      >
        <span className="refresh-control__icon" aria-hidden>
          ↻
        </span>
        Refresh
      </button>
      <select
        className="select"
        aria-label="Auto-refresh interval"
        value={refresh}
        data-testid="refresh-interval"
        onChange={(e) => isRefreshInterval(e.target.value) && setRefresh(e.target.value)}
      >
        {REFRESH_OPTIONS.map((o) => (
          <option key={o} value={o}>
            {o === 'off' ? 'Auto-refresh off' : `Every ${o}`}
          </option>
        ))}
      </select>
    </div>
  );
}
