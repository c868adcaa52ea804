import { CHART_MARGIN } from './time-axes';

/** The crosshair's vertical line at `x`; `own` when this chart is the one under the pointer. */
export function ChartCursor({ x, timeMs, own }: { x: number; timeMs: number; own: boolean }) {
  return (
    <div
      className="chart__cursor"
      data-testid="chart-crosshair"
      data-source={own ? 'self' : 'shared'}
      data-time-ms={Math.round(timeMs)}
      style={{ transform: `translateX(${x}px)`, top: CHART_MARGIN.top, bottom: 24 }}
    />
  );
}
