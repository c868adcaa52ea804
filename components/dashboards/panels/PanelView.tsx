'use client';

import type { ReactNode } from 'react';
import type { Panel } from '@/lib/dashboards/model';
import { BarGaugePanel } from './BarGaugePanel';
import { GaugePanel } from './GaugePanel';
import { LogsPanel } from './LogsPanel';
import { metricSeries, panelState, type PanelData } from './panel-data';
import { PanelFrame } from './PanelFrame';
import type { ThresholdsStyle } from './PanelPlot';
import { Placeholder } from './Placeholder';
import { StatPanel } from './StatPanel';
import { TablePanel } from './TablePanel';
import { TextPanel } from './TextPanel';
import { TimeSeriesPanel } from './TimeSeriesPanel';

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
          body = (
            <TimeSeriesPanel
              panel={panel}
              series={series}
              startMs={startMs}
              endMs={endMs}
              onZoom={onZoom}
              thresholdsStyle={thresholdsStyleOf(panel.options)}
            />
          );
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
        {body}
      </div>
    </PanelFrame>
  );
}

function identity(s: string): string {
  return s;
}

/**
 * Reads `thresholdsStyle` should the model's time series options gain it (Grafana's `custom.thresholdsStyle.mode`);
 * until then thresholds are not drawn on time series, as in Grafana's default.
 */
function thresholdsStyleOf(options: object): ThresholdsStyle {
  const v = (options as { thresholdsStyle?: unknown }).thresholdsStyle;
  return v === 'line' || v === 'area' || v === 'line+area' ? v : 'off';
}
