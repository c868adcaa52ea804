'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { lineFilterPattern } from '@/lib/logs/highlight';
import { useLiveTail } from '@/lib/queries/logs/use-live-tail';
import type { LogEntry } from '@/lib/queries/types';
import { LogList, type LogListHandle } from './LogList';
import './logs.css';

interface LiveTailViewProps {
  query: string;
  showLabels: boolean;
  wrap: boolean;
  /** Lines kept in memory; the oldest are dropped beyond it. */
  maxLines?: number;
}

/** Live tail: newest at the bottom, followed while the list is scrolled to its end; pause freezes the view. */
export function LiveTailView({ query, showLabels, wrap, maxLines = 10_000 }: LiveTailViewProps) {
  const tail = useLiveTail({ query, enabled: true, maxLines });
  const pattern = useMemo(() => lineFilterPattern(query), [query]);
  const [paused, setPaused] = useState<{ entries: readonly LogEntry[]; received: number } | null>(null);
  const frozen = paused?.entries ?? null;
  const shown = frozen ?? tail.buffer.entries;
  const listRef = useRef<LogListHandle>(null);
  const [follow, setFollow] = useState(true);
  useEffect(() => {
    if (follow && !frozen) listRef.current?.scrollToEnd();
  }, [shown, follow, frozen]);
  const newer = paused ? tail.buffer.received - paused.received : 0;
  const { status, buffer } = tail;

  return (
    <div className="logs-result live-tail" data-testid="live-tail" data-status={status}>
      <div className="logs-toolbar">
        <span className={`live-tail__status live-tail__status--${status}`} data-testid="tail-status">
          {status === 'live' ? (frozen ? 'Paused' : 'Live') : status === 'connecting' ? 'Connecting…' : status === 'reconnecting' ? 'Reconnecting…' : status}
        </span>
        <span data-testid="tail-rate">{tail.rate.toFixed(1)} lines/s</span>
        <span data-testid="tail-count">{buffer.received.toLocaleString('en')} received</span>
        {frozen ? (
          <button type="button" className="btn" onClick={() => setPaused(null)} data-testid="tail-resume">
            Resume{newer > 0 ? ` (${newer.toLocaleString('en')} new)` : ''}
          </button>
        ) : (
          <button type="button" className="btn" onClick={() => setPaused({ entries: tail.buffer.entries, received: tail.buffer.received })} data-testid="tail-pause">
            Pause
          </button>
        )}
        <button type="button" className="btn" onClick={tail.clear} data-testid="tail-clear">
          Clear
        </button>
        {!follow && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              setFollow(true);
              listRef.current?.scrollToEnd();
            }}
            data-testid="tail-jump"
          >
            Jump to latest
          </button>
        )}
      </div>
      {buffer.evicted > 0 && (
        <div className="hint" data-testid="tail-evicted">
          Showing the newest {maxLines.toLocaleString('en')} lines: {buffer.evicted.toLocaleString('en')} older lines were dropped from memory.
        </div>
      )}
      {buffer.lokiDropped > 0 && (
        <div className="warnings" role="status" data-testid="tail-dropped">
          Loki dropped {buffer.lokiDropped.toLocaleString('en')} lines because they arrived faster than its tail limits allow (narrow the query to
          see them all).
        </div>
      )}
      {tail.error ? (
        <ErrorPanel
          error={tail.error}
          query={query}
          title={status === 'reconnecting' ? `Tail interrupted, reconnecting from the last line` : 'Live tail failed'}
          testId="tail-error"
        />
      ) : null}
      <LogList ref={listRef} entries={shown} showLabels={showLabels} wrap={wrap} pattern={pattern} onAtEnd={setFollow} testId="log-list" />
    </div>
  );
}
