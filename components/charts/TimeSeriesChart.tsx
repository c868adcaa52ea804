'use client';

import { ChartCursor } from './ChartCursor';
import { useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Series } from '@/lib/queries/types';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { useElementWidth } from '@/components/ui/use-element-width';
import { ChartLines } from './ChartLines';
import { CHART_MARGIN, Y_AXIS_WIDTH } from './time-axes';
import { ChartLegend } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { useCrosshair, useCrosshairStore, useHoverWriter } from './crosshair';
import type { CrosshairStore } from './crosshair-store';
import { dragToRange, pixelToTime, timeToPixel, type PlotBox } from './geometry';
import { nextHidden } from './legend';
import { prepareSeries, type PreparedSeries } from './prepare-series';
import type { Unit } from './units';

export interface TimeSeriesChartProps {
  series: readonly Series[];
  /** The x-axis domain: the query's time range, not the data's extent, so gaps at the edges are visible. */
  startMs: number;
  endMs: number;
  unit?: Unit;
  /** e.g. `{{pod}}`; defaults to Prometheus notation of all labels. */
  legendFormat?: string;
  height?: number;
  loading?: boolean;
  error?: unknown;
  /** The failed query, to mark an error position. */
  query?: string;
  /** Called with the dragged time range; without it, dragging does nothing. */
  onZoom?: (startMs: number, endMs: number) => void;
  emptyMessage?: string;
  testId?: string;
}

/**
 * A line chart of plain series. It never fetches: pages pass data from lib/queries hooks. Inside a
 * `CrosshairProvider` (Explore's split view) the hovered time is shared: this chart marks the time hovered elsewhere.
 */
export function TimeSeriesChart({
  series,
  startMs,
  endMs,
  unit = 'short',
  legendFormat,
  height = 280,
  loading = false,
  error,
  query,
  onZoom,
  emptyMessage = 'No data in this time range',
  testId = 'timeseries-chart',
}: TimeSeriesChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const box: PlotBox = { left: CHART_MARGIN.left + Y_AXIS_WIDTH, width: width - CHART_MARGIN.left - Y_AXIS_WIDTH - CHART_MARGIN.right };
  const prepared = useMemo(
    () => (width > 0 ? prepareSeries(series, startMs, endMs, box.width, legendFormat) : []),
    [series, startMs, endMs, box.width, legendFormat, width],
  );
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const chartId = useId();
  const { store } = useCrosshairStore();
  const hover = useHoverWriter(store, chartId);
  const [drag, setDrag] = useState<{ x1: number; x2: number } | null>(null);

  const offsetX = (e: MouseEvent) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const inPlot = (x: number) => x >= box.left && x <= box.left + box.width;
  const empty = series.length === 0 || series.every((s) => s.points.length === 0);
  const showPlot = !error && !empty && width > 0;

  const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    const x = offsetX(e);
    if (onZoom && e.button === 0 && inPlot(x)) setDrag({ x1: x, x2: x });
  };
  const onMouseMove = (e: MouseEvent<HTMLDivElement>) => {
    const x = offsetX(e);
    hover(inPlot(x) ? pixelToTime(x, box, startMs, endMs) : null);
    if (drag) setDrag({ x1: drag.x1, x2: Math.min(Math.max(x, box.left), box.left + box.width) });
  };
  const onMouseUp = () => {
    if (!drag) return;
    const range = dragToRange(drag.x1, drag.x2, box, startMs, endMs);
    setDrag(null);
    if (range && onZoom) onZoom(range.startMs, range.endMs);
  };

  return (
    <div
      className="chart"
      data-testid={testId}
      data-state={error ? 'error' : loading ? 'loading' : empty ? 'empty' : 'ready'}
      data-start-ms={startMs}
      data-end-ms={endMs}
    >
      <div
        ref={ref}
        className={`chart__plot${onZoom ? ' is-zoomable' : ''}`}
        style={{ height }}
        onMouseDown={onMouseDown}
        onMouseMove={onMouseMove}
        onMouseUp={onMouseUp}
        onMouseLeave={() => {
          hover(null);
          setDrag(null);
        }}
      >
        {error ? (
          <ErrorPanel error={error} query={query} testId="chart-error" />
        ) : empty ? (
          !loading && <EmptyState testId="chart-empty">{emptyMessage}</EmptyState>
        ) : null}
        {showPlot && (
          <ChartLines series={prepared} hidden={hidden} startMs={startMs} endMs={endMs} width={width} height={height} unit={unit} />
        )}
        {showPlot && (
          <CrosshairOverlay
            store={store}
            chartId={chartId}
            dragging={drag !== null}
            box={box}
            startMs={startMs}
            endMs={endMs}
            width={width}
            series={prepared}
            hidden={hidden}
            unit={unit}
          />
        )}
        {drag && Math.abs(drag.x2 - drag.x1) > 0 && (
          <div
            className="chart__selection"
            data-testid="chart-zoom-selection"
            style={{ left: Math.min(drag.x1, drag.x2), width: Math.abs(drag.x2 - drag.x1), top: CHART_MARGIN.top, bottom: 24 }}
          />
        )}
        {loading && <div className="chart__loading" data-testid="chart-loading" aria-label="Loading" />}
      </div>
      {showPlot && (
        <ChartLegend series={prepared} hidden={hidden} onToggle={(id, add) => setHidden((h) => nextHidden(prepared, h, id, add))} />
      )}
    </div>
  );
}

interface CrosshairOverlayProps {
  store: CrosshairStore;
  chartId: string;
  dragging: boolean;
  box: PlotBox;
  startMs: number;
  endMs: number;
  width: number;
  series: PreparedSeries[];
  hidden: ReadonlySet<string>;
  unit: Unit;
}

/** The cursor line at the crosshair's time, with the values when this chart is the one hovered; re-renders alone on pointer moves. */
function CrosshairOverlay({ store, chartId, dragging, box, startMs, endMs, width, series, hidden, unit }: CrosshairOverlayProps) {
  const state = useCrosshair(store);
  if (!state || dragging || state.timeMs < startMs || state.timeMs > endMs) return null;
  const x = timeToPixel(state.timeMs, box, startMs, endMs);
  const own = state.sourceId === chartId;
  return (
    <>
      <ChartCursor x={x} timeMs={state.timeMs} own={own} />
      {own && <ChartTooltip series={series} hidden={hidden} timeMs={state.timeMs} x={x} chartWidth={width} unit={unit} />}
    </>
  );
}
