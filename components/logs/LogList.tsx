'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { stripAnsi } from '@/lib/ansi/parse-ansi';
import type { LogEntry } from '@/lib/queries/types';
import { guessLogLevel } from '@/lib/logs/level';
import { LogRow } from './LogRow';
import { nsToMs } from './logs-params';

interface LogListProps {
  entries: LogEntry[];
  showLabels: boolean;
  wrap: boolean;
}

// Unwrapped rows are exactly this tall (18px line + 2px padding + 1px border, see .log-row): no measuring needed,
// which keeps fast scrolling free of forced layouts. Wrapped rows are measured.
const ROW_HEIGHT = 21;

/** Virtualised log lines: only the visible rows are in the DOM, so 5,000 lines scroll smoothly. */
export function LogList(props: LogListProps) {
  // Remount on wrap changes: every cached row height is wrong after it.
  return <VirtualLogList key={props.wrap ? 'wrap' : 'nowrap'} {...props} />;
}

function VirtualLogList({ entries, showLabels, wrap }: LogListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(
    () => entries.map((e) => ({ entry: e, tsMs: nsToMs(e.tsNs), level: guessLogLevel(stripAnsi(e.line), e.labels) })),
    [entries],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    // Stream, timestamp and position: equal lines at the same instant still get distinct keys.
    getItemKey: (i) => `${rows[i]!.entry.tsNs}:${i}`,
  });
  return (
    <div
      ref={scrollRef}
      className={`log-list${wrap ? ' is-wrapped' : ''}`}
      data-testid="log-list"
      data-count={rows.length}
      role="log"
      aria-label={`${rows.length} log lines`}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={wrap ? virtualizer.measureElement : undefined}
              className="log-list__item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <LogRow entry={row.entry} tsMs={row.tsMs} level={row.level} showLabels={showLabels} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
