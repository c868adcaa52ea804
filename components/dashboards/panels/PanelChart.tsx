'use client';

import { ChartCursor } from '@/components/charts/ChartCursor';
import { useCallback, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { CHART_MARGIN, Y_AXIS_WIDTH } from '@/components/charts/time-axes';
import { ChartLegend } from '@/components/charts/ChartLegend';
import { dragToRange, pixelToTime, timeToPixel, type PlotBox } from '@/components/charts/geometry';
import { nextHidden } from '@/components/charts/legend';
import type { Thresholds } from '@/lib/dashboards/model';
import { useCrosshair, useCrosshairStore, useHoverWriter } from '@/components/charts/crosshair';
import type { CrosshairStore } from '@/components/charts/crosshair-store';
import type { DisplaySeries } from './display-series';
import { drawExtent, drawSeries } from './draw-series';
import { unitFormatter } from './format-value';
import { PanelLegend } from './PanelLegend';
import { PanelPlot, type DrawStyle, type ThresholdsStyle } from './PanelPlot';
import { PanelTooltip } from './PanelTooltip';
import type { Reducer } from './reduce';
import type { StackMode } from './stacking';
import { useElementSize } from './use-element-size';

export interface LegendOptions {
  mode: 'list' | 'table' | 'hidden';
  placement: 'bottom' | 'right';
  calcs: Reducer[];
}

export interface PanelChartProps {
  series: readonly DisplaySeries[];
  /** The x-axis domain: the query's range, so gaps at the edges show. */
  startMs: number;
  endMs: number;
  drawStyle?: DrawStyle;
  fill?: boolean;
  stacking?: StackMode;
  /** Axis unit and decimals (the panel's defaults); the tooltip and legend use each series' own. */
  unit?: string;
  decimals?: number;
  min?: number;
  max?: number;
  thresholds?: Thresholds;
  thresholdsStyle?: ThresholdsStyle;
  legend?: LegendOptions;
  /** Called with the dragged range; without it dragging does nothing. */
  onZoom?: (startMs: number, endMs: number) => void;
  /** Fallback plot height when the container gives none (outside a sized panel). */
  minHeight?: number;
}

const NO_LEGEND: LegendOptions = { mode: 'list', placement: 'bottom', calcs: [] };

/**
 * The time series chart of dashboards: the chart module's approach (recharts axes, one SVG path per series,
 * min/max downsampling, drag-to-zoom, click-to-solo legend) with bars, points, area fill, stacking, thresholds,
 * min/max/decimals, legend tables and a crosshair shared through `CrosshairProvider`. It never fetches.
 */
export function PanelChart({
  series,
  startMs,
  endMs,
  drawStyle = 'line',
  fill = false,
  stacking = 'none',
  unit,
  decimals,
  min,
  max,
  thresholds,
  thresholdsStyle = 'off',
  legend = NO_LEGEND,
  onZoom,
  minHeight = 120,
}: PanelChartProps) {
  const chartId = useId();
  const { store, sharedTooltip } = useCrosshairStore();
  const ref = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref);
  const width = size.width;
  const height = Math.max(size.height, minHeight);
  const box: PlotBox = { left: CHART_MARGIN.left + Y_AXIS_WIDTH, width: width - CHART_MARGIN.left - Y_AXIS_WIDTH - CHART_MARGIN.right };
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [drag, setDrag] = useState<{ x1: number; x2: number } | null>(null);

  const drawn = useMemo(
    () => (width > 0 ? drawSeries(series, hidden, stacking, startMs, endMs, box.width) : []),
    [series, hidden, stacking, startMs, endMs, box.width, width],
  );
  const percent = stacking === 'percent';
  const fixedMin = percent ? 0 : min;
  const fixedMax = percent ? 1 : max;
  const includeZero = fill || drawStyle === 'bars' || stacking !== 'none';
  const [lo, hi] = useMemo(() => drawExtent(drawn, { includeZero, min: fixedMin, max: fixedMax }), [drawn, includeZero, fixedMin, fixedMax]);
  const extent = useMemo<[number, number]>(() => [lo, hi], [lo, hi]);
  const fixed = useMemo(() => ({ min: fixedMin !== undefined, max: fixedMax !== undefined }), [fixedMin, fixedMax]);
  const formatY = useMemo(() => unitFormatter(percent ? 'percentunit' : unit, decimals), [percent, unit, decimals]);
  const legendItems = useMemo(() => series.map((s) => ({ ...s, gapMs: Infinity })), [series]);
  const onToggle = useCallback((id: string, add: boolean) => setHidden((h) => nextHidden(series, h, id, add)), [series]);

  const hover = useHoverWriter(store, chartId);
  const offsetX = (e: MouseEvent) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const inPlot = (x: number) => x >= box.left && x <= box.left + box.width;
  const empty = series.every((s) => s.points.length === 0);
  const showPlot = !empty && width > 0;

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
    <div className={`chart panel-chart panel-chart--legend-${legend.placement}`} data-testid="panel-chart" data-series={series.length}>
      <div
        ref={ref}
        className={`chart__plot panel-chart__plot${onZoom ? ' is-zoomable' : ''}`}
        style={{ minHeight }}
        onMouseDown={(e) => {
          const x = offsetX(e);
          if (onZoom && e.button === 0 && inPlot(x)) setDrag({ x1: x, x2: x });
        }}
        onMouseMove={onMouseMove}
        onMouseUp={onMouseUp}
        onMouseLeave={() => {
          hover(null);
          setDrag(null);
        }}
      >
        {showPlot && (
          <div className="panel-chart__canvas">
          <PanelPlot
            series={drawn}
            startMs={startMs}
            endMs={endMs}
            width={width}
            height={height}
            extent={extent}
            fixed={fixed}
            drawStyle={drawStyle}
            fill={fill}
            formatY={formatY}
            thresholds={thresholds}
            thresholdsStyle={thresholdsStyle}
          />
          </div>
        )}
        {showPlot && (
          <CrosshairOverlay
            store={store}
            chartId={chartId}
            sharedTooltip={sharedTooltip}
            dragging={drag !== null}
            box={box}
            startMs={startMs}
            endMs={endMs}
            width={width}
            series={series}
            hidden={hidden}
            stacked={stacking !== 'none'}
          />
        )}
        {drag && Math.abs(drag.x2 - drag.x1) > 0 && (
          <div
            className="chart__selection"
            data-testid="chart-zoom-selection"
            style={{ left: Math.min(drag.x1, drag.x2), width: Math.abs(drag.x2 - drag.x1), top: CHART_MARGIN.top, bottom: 24 }}
          />
        )}
      </div>
      {showPlot && legend.mode !== 'hidden' && (
        <div className="panel-chart__legend">
          {legend.mode === 'list' && legend.calcs.length === 0 ? (
            <ChartLegend series={legendItems} hidden={hidden} onToggle={onToggle} />
          ) : (
            <PanelLegend series={series} hidden={hidden} mode={legend.mode} calcs={legend.calcs} onToggle={onToggle} />
          )}
        </div>
      )}
    </div>
  );
}

interface CrosshairOverlayProps {
  store: CrosshairStore;
  chartId: string;
  sharedTooltip: boolean;
  dragging: boolean;
  box: PlotBox;
  startMs: number;
  endMs: number;
  width: number;
  series: readonly DisplaySeries[];
  hidden: ReadonlySet<string>;
  stacked: boolean;
}

/** The only part that re-renders on pointer moves, in this chart and in every other chart of the dashboard. */
function CrosshairOverlay({ store, chartId, sharedTooltip, dragging, box, startMs, endMs, width, series, hidden, stacked }: CrosshairOverlayProps) {
  const state = useCrosshair(store);
  if (!state || dragging || state.timeMs < startMs || state.timeMs > endMs) return null;
  const x = timeToPixel(state.timeMs, box, startMs, endMs);
  const own = state.sourceId === chartId;
  return (
    <>
      <ChartCursor x={x} timeMs={state.timeMs} own={own} />
      {(own || sharedTooltip) && <PanelTooltip series={series} hidden={hidden} timeMs={state.timeMs} x={x} chartWidth={width} stacked={stacked} />}
    </>
  );
}
