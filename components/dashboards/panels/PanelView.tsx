'use client';

import { lazy, Suspense, type ReactNode } from 'react';
import type { Panel } from '@/lib/dashboards/model';
import { BarGaugePanel } from './BarGaugePanel';
import { GaugePanel } from './GaugePanel';
import { metricSeries, panelState, type PanelData } from './panel-data';
import { PanelFrame } from './PanelFrame';
import { Placeholder } from './Placeholder';
import { TablePanel } from './TablePanel';
import { TextPanel } from './TextPanel';

/**
 * The chart code (recharts, about half of a dashboard's JavaScript) and the log list are split from the page's
 * first load: the browser starts fetching them as soon as this module runs, so they arrive while the panels'
 * queries are in flight instead of delaying the page's first paint.
 */
const loadTimeSeries = () => import('./TimeSeriesPanel');
const loadStat = () => import('./StatPanel');
const loadLogs = () => import('./LogsPanel');
const TimeSeriesPanel = lazy(() => loadTimeSeries().then((m) => ({ default: m.TimeSeriesPanel })));
const StatPanel = lazy(() => loadStat().then((m) => ({ default: m.StatPanel })));
const LogsPanel = lazy(() => loadLogs().then((m) => ({ default: m.LogsPanel })));
if (typeof window !== 'undefined') {
  void loadTimeSeries();
  void loadStat();
  void loadLogs();
}

/** Shown while a panel's code loads: marked busy, as while its data loads. */
const codeLoading = <div className="chart__loading panel__loading" data-testid="panel-loading" aria-label="Loading" aria-busy="true" />;

export interface PanelViewProps {
  panel: Panel;
  /** Ignored by text and unsupported panels, which run no query. */
  data?: PanelData;
  /** The dashboard's time range, the x-axis of time series. */
  startMs: number;
  endMs: number;
  onZoom?: (startMs: number, endMs: number) => void;
  menu?: ReactNode;
  /** Replaces dashboard variables in the title, description and text content. */
  interpolate?: (text: string) => string;
  noticeAction?: { label: string; onClick: () => void };
}

const KIND_MISMATCH = {
  logs: 'This panel shows log lines; its query returned metrics. Use a LogQL log query.',
  metrics: 'This panel shows metrics; its query returned log lines. Use a metric query.',
};

/** A panel model and its data to the matching panel component inside a PanelFrame. Never fetches. */
export function PanelView({ panel, data, startMs, endMs, onZoom, menu, interpolate = identity, noticeAction }: PanelViewProps) {
  let state = panelState(panel, data);
  let error = data?.kind === 'error' ? data : undefined;
  const loaded = data && data.kind !== 'error' && data.kind !== 'loading' ? data : undefined;
  let body: ReactNode = null;

  if (state === 'ready') {
    const series = loaded ? metricSeries(loaded) : null;
    switch (panel.type) {
      case 'text':
        body = <TextPanel panel={panel} content={interpolate(panel.options.content)} />;
        break;
      case 'unsupported':
        body = <Placeholder panel={panel} />;
        break;
      case 'logs':
        if (loaded?.kind === 'logs') body = <LogsPanel panel={panel} entries={loaded.entries} />;
        else error = { kind: 'error', message: KIND_MISMATCH.logs };
        break;
      case 'table':
        if (loaded?.kind === 'series' || loaded?.kind === 'samples') body = <TablePanel panel={panel} data={loaded} />;
        else error = { kind: 'error', message: KIND_MISMATCH.metrics };
        break;
      default:
        if (!series) error = { kind: 'error', message: KIND_MISMATCH.metrics };
        else if (panel.type === 'timeseries')
          body = <TimeSeriesPanel panel={panel} series={series} startMs={startMs} endMs={endMs} onZoom={onZoom} />;
        else if (panel.type === 'stat') body = <StatPanel panel={panel} series={series} />;
        else if (panel.type === 'gauge') body = <GaugePanel panel={panel} series={series} />;
        else body = <BarGaugePanel panel={panel} series={series} />;
    }
    if (error) state = 'error';
  }

  return (
    <PanelFrame
      panelId={panel.id}
      title={interpolate(panel.title)}
      description={panel.description ? interpolate(panel.description) : undefined}
      state={state}
      menu={menu}
      error={error}
      notice={loaded?.notice}
      noticeAction={loaded?.notice ? noticeAction : undefined}
      refreshing={loaded?.refreshing}
      emptyMessage={panel.type === 'logs' ? 'No log lines in this time range' : 'No data in this time range'}
    >
      <div className="panel__content" data-testid={`panel-${panel.type}`}>
        <Suspense fallback={codeLoading}>{body}</Suspense>
      </div>
    </PanelFrame>
  );
}

function identity(s: string): string {
  return s;
}
