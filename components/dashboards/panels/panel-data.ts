import type { ErrorPosition } from '@/lib/queries/api';
import type { LogEntry, Sample, Series } from '@/lib/datasources/types';
import type { Panel } from '@/lib/dashboards/model';

/** A series tagged with the target (query) that produced it, so its legend uses that target's `legendFormat`. */
export interface PanelSeries extends Series {
  refId?: string;
}
export interface PanelSample extends Sample {
  refId?: string;
}

interface Loaded {
  /** e.g. "showing 20 of 143 series", or a Prometheus warning. Shown in the panel, never hidden. */
  notice?: string;
  /** A refresh is running: the data shown is the previous answer. */
  refreshing?: boolean;
}

/** What a panel is given to draw. Panels never fetch: the dashboard runs the queries and hands over one of these. */
export type PanelData =
  | ({ kind: 'series'; series: PanelSeries[] } & Loaded)
  | ({ kind: 'samples'; samples: PanelSample[] } & Loaded)
  | ({ kind: 'logs'; entries: LogEntry[] } & Loaded)
  | {
      kind: 'error';
      /** The datasource's own message, shown verbatim (e.g. Prometheus' parse error). */
      message: string;
      position?: ErrorPosition;
      /** The query that failed, to point at `position` in it. */
      query?: string;
      datasource?: string;
    }
  | { kind: 'loading' };

export type PanelState = 'loading' | 'ready' | 'empty' | 'error';

/** The state a panel shows. Panels without queries (text, placeholders) are always ready. */
export function panelState(panel: Pick<Panel, 'type'>, data: PanelData | undefined): PanelState {
  if (panel.type === 'text' || panel.type === 'unsupported') return 'ready';
  if (!data || data.kind === 'loading') return 'loading';
  switch (data.kind) {
    case 'error':
      return 'error';
    case 'series':
      return data.series.some((s) => s.points.length > 0) ? 'ready' : 'empty';
    case 'samples':
      return data.samples.length > 0 ? 'ready' : 'empty';
    case 'logs':
      return data.entries.length > 0 ? 'ready' : 'empty';
  }
}

/** Instant samples as one-point series, so stat, gauge and bar gauge treat both query kinds alike. */
export function samplesToSeries(samples: readonly PanelSample[]): PanelSeries[] {
  return samples.map((s) => ({ labels: s.labels, refId: s.refId, points: [[s.tsMs, s.value]] }));
}

/** The metric data of `data` as series, or null when it holds none (logs, errors, loading). */
export function metricSeries(data: PanelData): PanelSeries[] | null {
  if (data.kind === 'series') return data.series;
  if (data.kind === 'samples') return samplesToSeries(data.samples);
  return null;
}
