import type { LogPaging } from '@/lib/queries/logs/use-log-paging';
import type { LogDirection } from '@/lib/queries/types';

interface PagingBarProps {
  paging: LogPaging;
  loaded: number;
  /** Lines Loki counts in the range (undefined while unknown). */
  total?: number;
  max: number;
  direction: LogDirection;
}

/** What is loaded, what remains, and the controls to load more, all, or stop. */
export function PagingBar({ paging, loaded, total, max, direction }: PagingBarProps) {
  const remaining = total !== undefined ? Math.max(0, Math.round(total) - loaded) : undefined;
  const busy = paging.status === 'loading' || paging.status === 'paging';
  const more = paging.status === 'more' || (busy && paging.auto);
  return (
    <div className="paging-bar" data-testid="paging-bar" data-status={paging.status} data-loaded={loaded}>
      <span data-testid="paging-count">
        {loaded.toLocaleString('en')} line{loaded === 1 ? '' : 's'} loaded
        {remaining !== undefined && paging.status !== 'done' ? `, about ${remaining.toLocaleString('en')} more in range` : ''}
        {paging.status === 'done' && paging.reason === 'maxLines' ? ` (stopped at the maximum of ${max.toLocaleString('en')})` : ''}
        {paging.status === 'done' && paging.reason !== 'maxLines' ? ' (all lines in range)' : ''}
      </span>
      {busy && <span className="hint">Loading…</span>}
      {more && !paging.auto && (
        <>
          <button type="button" className="btn" onClick={paging.loadMore} disabled={busy} data-testid="load-more">
            {direction === 'backward' ? 'Load older' : 'Load newer'}
          </button>
          <button type="button" className="btn" onClick={paging.loadAll} disabled={busy} data-testid="load-all">
            Load all (up to {max.toLocaleString('en')})
          </button>
        </>
      )}
      {paging.auto && (
        <button type="button" className="btn" onClick={paging.cancel} data-testid="load-cancel">
          Stop loading
        </button>
      )}
      {paging.overflow && (
        <span className="paging-bar__warn" data-testid="paging-overflow">
          More than {paging.overflow.loaded.toLocaleString('en')} lines share one nanosecond ({paging.overflow.tsNs}): Loki returned only
          that many of them.
        </span>
      )}
    </div>
  );
}
