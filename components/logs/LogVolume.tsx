'use client';

import { useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useCrosshair, useCrosshairStore, useHoverWriter } from '@/components/charts/crosshair';
import type { CrosshairStore } from '@/components/charts/crosshair-store';
import { LOG_LEVELS } from '@/lib/logs/level';
import { volumeHistogram } from '@/lib/logs/volume';
import type { LogCounts } from '@/lib/queries/logs/use-log-counts';
import type { LogEntry } from '@/lib/queries/types';
import { formatLocalTimestamp } from '@/lib/time/format';
import { levelOf } from './entry-level';

interface LogVolumeProps {
  entries: readonly LogEntry[];
  startMs: number;
  endMs: number;
  /** Loki's count of every matching line per bucket: drawn behind, so what is not loaded yet shows. */
  counts?: LogCounts;
  onZoom?: (startMs: number, endMs: number) => void;
  height?: number;
}

const BUCKETS = 60;

/**
 * Lines per interval stacked by level, loaded lines over Loki's total; drag across it to zoom the time range. Inside
 * a `CrosshairProvider` (Explore's split view) it marks the time hovered on the chart, and shares its own.
 */
export function LogVolume({ entries, startMs, endMs, counts, onZoom, height = 72 }: LogVolumeProps) {
  const buckets = counts?.counts.length ?? BUCKETS;
  const histogram = useMemo(
    () => volumeHistogram(entries as LogEntry[], { startMs, endMs, buckets, levelOf: (e) => levelOf(e) }),
    [entries, startMs, endMs, buckets],
  );
  const totals = histogram.times.map((_, i) => LOG_LEVELS.reduce((n, l) => n + histogram.counts[l][i]!, 0));
  const max = Math.max(1, ...totals, ...(counts?.counts ?? []));
  const ref = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ x1: number; x2: number } | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const sourceId = useId();
  const { store } = useCrosshairStore();
  const hoverTime = useHoverWriter(store, sourceId);

  const fraction = (e: MouseEvent) => {
    const r = ref.current!.getBoundingClientRect();
    return Math.min(1, Math.max(0, (e.clientX - r.left) / r.width));
  };
  const up = () => {
    if (!drag) return;
    setDrag(null);
    const [a, b] = [Math.min(drag.x1, drag.x2), Math.max(drag.x1, drag.x2)];
    if (b - a < 0.005 || !onZoom) return;
    onZoom(startMs + a * (endMs - startMs), startMs + b * (endMs - startMs));
  };
  const w = 1000 / buckets;
  return (
    <div className="log-volume" data-testid="log-volume" data-total={histogram.total} data-start-ms={startMs} data-end-ms={endMs}>
      <div
        ref={ref}
        className={`log-volume__plot${onZoom ? ' is-zoomable' : ''}`}
        style={{ height }}
        onMouseDown={(e) => e.button === 0 && setDrag({ x1: fraction(e), x2: fraction(e) })}
        onMouseMove={(e) => {
          const f = fraction(e);
          setHover(Math.min(buckets - 1, Math.floor(f * buckets)));
          hoverTime(startMs + f * (endMs - startMs));
          if (drag) setDrag({ ...drag, x2: f });
        }}
        onMouseUp={up}
        onMouseLeave={() => {
          setDrag(null);
          setHover(null);
          hoverTime(null);
        }}
      >
        <svg viewBox={`0 0 1000 ${height}`} preserveAspectRatio="none" width="100%" height={height} aria-hidden>
          {counts?.counts.map((c, i) =>
            c > 0 ? <rect key={`t${i}`} className="log-volume__total" x={i * w + 0.5} width={w - 1} y={height - (c / max) * height} height={(c / max) * height} /> : null,
          )}
          {histogram.times.map((_, i) => {
            let y = height;
            return LOG_LEVELS.map((level) => {
              const n = histogram.counts[level][i]!;
              if (!n) return null;
              const h = (n / max) * height;
              y -= h;
              return <rect key={`${level}${i}`} className={`log-volume__bar log-volume__bar--${level}`} x={i * w + 0.5} width={w - 1} y={y} height={h} />;
            });
          })}
        </svg>
        <VolumeCrosshair store={store} startMs={startMs} endMs={endMs} />
        {drag && (
          <div
            className="log-volume__selection"
            data-testid="log-volume-selection"
            style={{ left: `${Math.min(drag.x1, drag.x2) * 100}%`, width: `${Math.abs(drag.x2 - drag.x1) * 100}%` }}
          />
        )}
      </div>
      <div className="log-volume__axis">
        <span>{formatLocalTimestamp(startMs)}</span>
        {hover !== null && (
          <span data-testid="log-volume-hover">
            {formatLocalTimestamp(histogram.times[hover]!)}: {totals[hover]!.toLocaleString('en')} loaded
            {counts ? ` of ${(counts.counts[hover] ?? 0).toLocaleString('en')}` : ''}
          </span>
        )}
        <span>{formatLocalTimestamp(endMs)}</span>
      </div>
    </div>
  );
}

/** A line at the crosshair's time, placed as a fraction of the range (the plot stretches to its box). */
function VolumeCrosshair({ store, startMs, endMs }: { store: CrosshairStore; startMs: number; endMs: number }) {
  const state = useCrosshair(store);
  if (!state || endMs <= startMs || state.timeMs < startMs || state.timeMs > endMs) return null;
  const f = (state.timeMs - startMs) / (endMs - startMs);
  return (
    <div
      className="log-volume__crosshair"
      data-testid="log-volume-crosshair"
      data-time-ms={Math.round(state.timeMs)}
      style={{ left: `${f * 100}%` }}
    />
  );
}
