'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { LogEntry } from '@/lib/queries/types';
import { assignRowSlots } from '@/components/ui/row-slots';
import { levelOf } from './entry-level';
import { LogRow } from './LogRow';
import { nsToMs } from './logs-params';

export interface LogListProps {
  entries: readonly LogEntry[];
  showLabels: boolean;
  wrap: boolean;
  /** Per entry, the lines it stands for after dedup. */
  counts?: readonly number[];
  pattern?: RegExp | null;
  pretty?: boolean;
  columns?: readonly string[];
  selectedIndex?: number;
  onSelect?: (index: number) => void;
  /** The line nearest a time hovered elsewhere (a chart's crosshair): marked, not selected. */
  markedIndex?: number;
  /** Called with the time of the line under the pointer, and null when the pointer leaves the lines. */
  onHoverTime?: (timeMs: number | null) => void;
  /** Called with whether the list is scrolled to its end (live tail follows the end only then). */
  onAtEnd?: (atEnd: boolean) => void;
  testId?: string;
}

export interface LogListHandle {
  /** Centres the line, or with 'auto' scrolls only as far as needed to show it. */
  scrollToIndex: (index: number, align?: 'center' | 'auto') => void;
  scrollToEnd: () => void;
}

// Unwrapped rows are exactly this tall (18px line + 2px padding + 1px border, see .log-row): no measuring needed,
// which keeps fast scrolling free of forced layouts. Wrapped and prettified rows are measured.
const ROW_HEIGHT = 21;
const estimateSize = () => ROW_HEIGHT;
/**
 * Rows rendered beyond each edge of the viewport: about one wheel step (84 px). Rows render in the scroll event's
 * frame (flushSync), so more only adds work: a fast scroll replaces every row each frame.
 */
const FIXED_OVERSCAN = 4;

/** A measured row's likely height: prettified JSON is about a line per field, wrapped text ~160 characters a line. */
function estimateHeight(line: string, wrap: boolean, pretty: boolean): number {
  const shown = Math.min(line.length, 16 * 1024);
  let lines = 1;
  if (pretty && line.charCodeAt(0) === 123 /* { */) {
    for (let i = 0; i < shown; i++) if (line.charCodeAt(i) === 44 /* , */) lines++;
    lines += 2;
  } else if (wrap) lines = Math.ceil(shown / 160) || 1;
  return Math.min(lines, 1000) * 18 + 3;
}

/** Virtualised log lines: only the visible rows are in the DOM, so 100,000 lines scroll like 100. */
export const LogList = forwardRef<LogListHandle, LogListProps>(function LogList(props, ref) {
  // Remount on wrap changes: every cached row height is wrong after it.
  return <VirtualLogList key={props.wrap || props.pretty ? 'measured' : 'fixed'} {...props} ref={ref} />;
});

const VirtualLogList = forwardRef<LogListHandle, LogListProps>(function VirtualLogList(
  { entries, showLabels, wrap, counts, pattern, pretty, columns, selectedIndex, onSelect, markedIndex, onHoverTime, onAtEnd, testId = 'log-list' },
  ref,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const measured = wrap || !!pretty;
  // Stable callbacks: the virtualizer recomputes every row's offset when getItemKey changes, which at 100k rows
  // would cost a long task on every scrolled frame.
  const getItemKey = useCallback((i: number) => `${entries[i]!.tsNs}:${i}`, [entries]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // Measured rows start from a guess near their real height, so a first render of tall (prettified, wrapped) rows
  // does not lay out dozens of rows that will never be on screen.
  const estimate = useCallback((i: number) => estimateHeight(entries[i]!.line, wrap, !!pretty), [entries, wrap, pretty]);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement,
    estimateSize: measured ? estimate : estimateSize,
    overscan: measured ? 4 : FIXED_OVERSCAN,
    getItemKey,
  });
  useImperativeHandle(
    ref,
    () => ({
      scrollToIndex: (index, align = 'center') => virtualizer.scrollToIndex(index, { align }),
      scrollToEnd: () => entries.length && virtualizer.scrollToIndex(entries.length - 1, { align: 'end' }),
    }),
    [virtualizer, entries.length],
  );
  const atEnd = useRef(true);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !onAtEnd) return;
    const check = () => {
      const now = el.scrollTop + el.clientHeight >= el.scrollHeight - 4;
      if (now !== atEnd.current) {
        atEnd.current = now;
        onAtEnd(now);
      }
    };
    el.addEventListener('scroll', check, { passive: true });
    return () => el.removeEventListener('scroll', check);
  }, [onAtEnd]);
  const columnList = useMemo(() => (columns?.length ? columns : undefined), [columns]);
  const items = virtualizer.getVirtualItems();
  // Fixed-height rows are keyed by slot, not by line: a row scrolled out is reused for a row scrolled in, so React
  // updates the text and attributes of existing elements instead of removing and building ~60 subtrees a frame
  // (most of a fast scroll's cost, and garbage for the collector). Measured rows keep their own keys: the
  // virtualizer's size cache follows elements.
  const slotsRef = useRef<Map<number, number>>(new Map());
  const slots = useMemo(
    () => (slotsRef.current = measured ? slotsRef.current : assignRowSlots(slotsRef.current, items.map((i) => i.index))),
    [items, measured],
  );

  return (
    <div
      ref={scrollRef}
      className={`log-list${wrap ? ' is-wrapped' : ''}${pretty ? ' is-pretty' : ''}`}
      data-testid={testId}
      data-count={entries.length}
      role="log"
      aria-label={`${entries.length} log lines`}
      onMouseMove={onHoverTime ? (e) => onHoverTime(hoveredTime(e.target, entries)) : undefined}
      onMouseLeave={onHoverTime ? () => onHoverTime(null) : undefined}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const entry = entries[item.index]!;
          return (
            <div
              key={measured ? item.key : slots.get(item.index)}
              data-index={item.index}
              ref={measured ? virtualizer.measureElement : undefined}
              className="log-list__item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <LogRow
                entry={entry}
                tsMs={nsToMs(entry.tsNs)}
                level={levelOf(entry)}
                showLabels={showLabels}
                count={counts?.[item.index]}
                pattern={pattern}
                pretty={pretty}
                columns={columnList}
                selected={selectedIndex === item.index}
                marked={markedIndex === item.index}
                index={item.index}
                onSelect={onSelect}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});

/** The time of the line whose row holds `target` (rows carry their index), or null between rows. */
function hoveredTime(target: EventTarget, entries: readonly LogEntry[]): number | null {
  const row = target instanceof Element ? target.closest('[data-index]') : null;
  const entry = row ? entries[Number(row.getAttribute('data-index'))] : undefined;
  return entry ? nsToMs(entry.tsNs) : null;
}
