/**
 * Browser entry of the chart render benchmark (issue 3: 20 series × 1,000 points < 150 ms). Bundled and run in
 * headless Chromium by run-render-bench.mjs beside it; not part of the app.
 */
import '@/app/globals.css';
import { AppRouterContext, type AppRouterInstance } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { PathnameContext, SearchParamsContext } from 'next/dist/shared/lib/hooks-client-context.shared-runtime';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { panel as panelSchema, type Panel } from '@/lib/dashboards/model';
import type { Point } from '@/lib/datasources/types';
import { CrosshairProvider } from '@/components/charts/crosshair';
import type { PanelSeries } from '../panel-data';
import { PanelView } from '../PanelView';

const SERIES = 20;
const POINTS = 1000;
const RUNS = 15;
const endMs = Date.UTC(2026, 0, 1, 12);
const startMs = endMs - 3600_000;

function makeSeries(): PanelSeries[] {
  return Array.from({ length: SERIES }, (_, k) => ({
    refId: 'A',
    labels: { namespace: 'prod', pod: `api-${k}` },
    points: Array.from({ length: POINTS }, (_, i): Point => [startMs + (i * 3600_000) / POINTS, 50 + 30 * Math.sin(i / 40 + k) + k]),
  }));
}

const panel: Panel = panelSchema.parse({
  id: 1,
  type: 'timeseries',
  title: `${SERIES} × ${POINTS}`,
  gridPos: { x: 0, y: 0, w: 12, h: 8 },
  targets: [{ refId: 'A', datasource: 'prometheus', expr: 'x', legendFormat: '{{pod}}' }],
  fieldConfig: { defaults: { unit: 'percent' }, overrides: [] },
  options: { legend: { mode: 'table', placement: 'right', calcs: ['last', 'mean', 'max'] } },
});

/** The legend's pod links need the app router's contexts; nothing navigates here. */
const noop = () => undefined;
const router = { back: noop, forward: noop, refresh: noop, push: noop, replace: noop, prefetch: noop } as unknown as AppRouterInstance;
function Router({ children }: { children: ReactNode }) {
  return (
    <AppRouterContext.Provider value={router}>
      <PathnameContext.Provider value="/">
        <SearchParamsContext.Provider value={new URLSearchParams()}>{children}</SearchParamsContext.Provider>
      </PathnameContext.Provider>
    </AppRouterContext.Provider>
  );
}

/** The panel's chart code is loaded on demand (React.lazy): one mount resolves it before the timed runs. */
async function warmUp(): Promise<void> {
  const el = document.createElement('div');
  el.style.cssText = 'width:900px;height:300px;display:flex;flex-direction:column';
  document.body.appendChild(el);
  const root = createRoot(el);
  root.render(
    <Router>
      <CrosshairProvider>
        <PanelView panel={panel} data={{ kind: 'series', series: makeSeries() }} startMs={startMs} endMs={endMs} />
      </CrosshairProvider>
    </Router>,
  );
  for (let i = 0; i < 200 && el.querySelectorAll('[data-testid="chart-series"]').length !== SERIES; i++) await new Promise((r) => setTimeout(r, 25));
  root.unmount();
  el.remove();
}

/** Mounts the panel in a 900 × 300 box RUNS times: each time from data to painted-ready DOM (both render passes). */
async function bench(): Promise<number[]> {
  await warmUp();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const el = document.createElement('div');
    el.style.cssText = 'width:900px;height:300px;display:flex;flex-direction:column';
    document.body.appendChild(el);
    const root = createRoot(el);
    const series = makeSeries();
    const t0 = performance.now();
    flushSync(() =>
      root.render(
        <Router>
          <CrosshairProvider>
            <PanelView panel={panel} data={{ kind: 'series', series }} startMs={startMs} endMs={endMs} />
          </CrosshairProvider>
        </Router>,
      ),
    );
    el.getBoundingClientRect(); // force style and layout into the measurement
    times.push(performance.now() - t0);
    if (el.querySelectorAll('[data-testid="chart-series"]').length !== SERIES) throw new Error('chart did not draw every series');
    root.unmount();
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return times;
}

(window as unknown as { benchResult: Promise<number[]> }).benchResult = bench();
