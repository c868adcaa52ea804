'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { AnsiText } from '@/components/logs/AnsiText';
import type { Marker } from '@/lib/k8s/markers';
import { stripAnsi } from '@/lib/ansi/parse-ansi';
import { guessLogLevel } from '@/lib/logs/level';
import { formatLocalTimestamp } from '@/lib/time/format';

export interface PlainLogEntry {
  tsNs: string;
  line: string;
}

type Row = { kind: 'line'; tsMs: number; entry: PlainLogEntry; level: string } | { kind: 'marker'; tsMs: number; marker: Marker };

const ROW_HEIGHT = 21;
const nsToMs = (ns: string) => (ns.length > 6 ? Number(ns.slice(0, -6)) : 0);

/** Oldest first: lines and markers merged by time, a marker before the lines of its own instant. */
export function mergeMarkers(entries: PlainLogEntry[], markers: Marker[]): Row[] {
  const lines: Row[] = entries.map((entry) => ({ kind: 'line', tsMs: nsToMs(entry.tsNs), entry, level: guessLogLevel(stripAnsi(entry.line), {}) }));
  if (lines.length === 0) return [];
  const first = lines[0].tsMs;
  const last = lines[lines.length - 1].tsMs;
  const marks: Row[] = markers.filter((m) => m.atMs >= first && m.atMs <= last).map((marker) => ({ kind: 'marker', tsMs: marker.atMs, marker }));
  return [...marks, ...lines].sort((a, b) => a.tsMs - b.tsMs || (a.kind === 'marker' ? -1 : b.kind === 'marker' ? 1 : 0));
}

/** Virtualised pod log lines with restart / OOM / Warning markers between them at their time. Lines are text, never HTML. */
export function MarkedLogList({ entries, markers, timestamps, testId = 'pod-log-list' }: { entries: PlainLogEntry[]; markers: Marker[]; timestamps: boolean; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => mergeMarkers(entries, markers), [entries, markers]);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => ref.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  // Newest lines are at the bottom, as in `kubectl logs`: start there, and stay there while following unless scrolled up.
  const pinned = useRef(true);
  useEffect(() => {
    if (pinned.current && rows.length) v.scrollToIndex(rows.length - 1, { align: 'end' });
  }, [rows.length, v]);
  if (rows.length === 0) return <p className="muted" data-testid={`${testId}-empty`}>No log lines in this range.</p>;
  return (
    <div
      ref={ref}
      onScroll={(e) => {
        const el = e.currentTarget;
        pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < ROW_HEIGHT * 2;
      }}
      className="log-list"
      data-testid={testId} data-count={entries.length} role="log" aria-label={`${entries.length} log lines`}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div key={item.key} className="log-list__item" style={{ transform: `translateY(${item.start}px)` }}>
              {row.kind === 'marker' ? (
                <div className="log-marker" data-testid="log-marker" data-kind={row.marker.kind} data-at={new Date(row.marker.atMs).toISOString()}>
                  <span className="log-row__ts">{formatLocalTimestamp(row.tsMs)}</span> ▲ {row.marker.label}
                </div>
              ) : (
                <div className={`log-row log-row--${row.level}`} data-testid="pod-log-row">
                  <span className="log-row__level" />
                  {timestamps ? <time className="log-row__ts" dateTime={new Date(row.tsMs).toISOString()} title={`${row.entry.tsNs} ns`}>{formatLocalTimestamp(row.tsMs)}</time> : null}
                  <span className="log-row__line" data-testid="pod-log-line">
                    <AnsiText text={row.entry.line} />
                  </span>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
