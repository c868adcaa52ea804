/**
 * Turning a panel's query results into the `PanelData` it draws: the first failure shown verbatim, instant samples
 * kept as samples (tables, stats), series capped to a drawable number ("showing N of M") and thinned to the plot
 * width with peaks kept. Pure.
 */
import type { PanelData, PanelSample, PanelSeries } from '@/components/dashboards/panels/panel-data';
import type { Panel } from '@/lib/dashboards/model';
import { capSeries, downsampleForWidth } from '@/lib/dashboards/resolution';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { isApiError } from '../api';
import type { LogEntry, LokiQueryResponse, PromInstantResponse, PromRangeResponse } from '../types';
import type { PlannedQuery } from './panel-queries';

/** Series a panel draws before it asks; more and the chart stops being readable (and fast). */
export const DEFAULT_SERIES_LIMIT = 50;

export type QueryResult =
  | { status: 'pending' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; data: PromRangeResponse | PromInstantResponse | LokiQueryResponse; fetching: boolean };

export interface CombineOptions {
  range: ResolvedRange;
  widthPx: number;
  /** `Infinity` shows every series. */
  seriesLimit?: number;
}

export function toPanelData(panel: Panel, plan: readonly PlannedQuery[], results: readonly QueryResult[], opts: CombineOptions): PanelData {
  const failed = results.findIndex((r) => r.status === 'error');
  if (failed >= 0) return errorData(plan[failed]!, (results[failed] as { error: unknown }).error);
  if (results.some((r) => r.status === 'pending')) return { kind: 'loading' };
  const done = results as Extract<QueryResult, { status: 'success' }>[];
  const refreshing = done.some((r) => r.fetching);
  const warnings = done.flatMap((r) => r.data.warnings ?? []);

  const series: PanelSeries[] = [];
  const samples: PanelSample[] = [];
  const entries: LogEntry[] = [];
  let instantOnly = plan.length > 0;
  done.forEach((r, i) => {
    const q = plan[i]!;
    const d = r.data;
    if (q.kind !== 'prom.instant') instantOnly = false;
    if ('entries' in d && d.resultType === 'streams') entries.push(...d.entries);
    else if ('series' in d && d.series) series.push(...d.series.map((s) => ({ ...s, refId: q.refId })));
    else if ('samples' in d && d.samples) samples.push(...d.samples.map((s) => ({ ...s, refId: q.refId })));
    else if ('scalar' in d && d.scalar) samples.push({ labels: {}, tsMs: d.scalar[0], value: d.scalar[1], refId: q.refId });
  });

  const notices: string[] = [...warnings];
  if (panel.type === 'logs' && series.length === 0) return withNotice({ kind: 'logs', entries, refreshing }, notices);
  if (instantOnly && series.length === 0) return withNotice({ kind: 'samples', samples, refreshing }, notices);

  // Mixed range and instant targets: instant samples become one-point series.
  const all = [...series, ...samples.map((s) => ({ labels: s.labels, refId: s.refId, points: [[s.tsMs, s.value]] as [number, number][] }))];
  const limit = panel.type === 'table' ? Infinity : (opts.seriesLimit ?? DEFAULT_SERIES_LIMIT);
  const { shown, total } = capSeries(all, limit);
  if (shown.length < total) notices.unshift(`Showing ${shown.length} of ${total} series`);
  const drawn = shown.map((s) => ({ ...s, points: downsampleForWidth(s.points, { startMs: opts.range.startMs, endMs: opts.range.endMs, widthPx: opts.widthPx }) as [number, number][] }));
  return withNotice({ kind: 'series', series: drawn, refreshing }, notices);
}

/** Whether the data was capped, i.e. a "show all" control makes sense. */
export function isCapped(data: PanelData): boolean {
  return data.kind === 'series' && (data.notice?.startsWith('Showing ') ?? false);
}

function withNotice<T extends PanelData & { notice?: string }>(data: T, notices: string[]): T {
  return notices.length ? { ...data, notice: notices.join(' · ') } : data;
}

function errorData(q: PlannedQuery, error: unknown): PanelData {
  const datasource = q.kind === 'loki.range' ? 'loki' : 'prometheus';
  if (isApiError(error)) return { kind: 'error', message: error.message, position: error.position, query: q.expr, datasource: error.datasource ?? datasource };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error), query: q.expr, datasource };
}
