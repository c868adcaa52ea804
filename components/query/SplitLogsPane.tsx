'use client';

import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useCrosshairStore, useHoverWriter } from '@/components/charts/crosshair';
import { LabelBrowser } from '@/components/logs/LabelBrowser';
import { LogList, type LogListHandle } from '@/components/logs/LogList';
import { LogVolume } from '@/components/logs/LogVolume';
import { nsToMs } from '@/components/logs/logs-params';
import { nearestEntryIndex } from '@/components/logs/nearest-entry';
import { useReportFields } from '@/components/logs/use-report-fields';
import { PagingBar } from '@/components/logs/PagingBar';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { lineFilterPattern } from '@/lib/logs/highlight';
import type { ResultField } from '@/lib/logs/result-fields';
import { isLogQuery, logqlSyntaxError } from '@/lib/logql/validate';
import { ApiError } from '@/lib/queries/api';
import { useLogPaging } from '@/lib/queries/logs/use-log-paging';
import type { LogEntry } from '@/lib/queries/types';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { LogQLEditor } from './LogQLEditor';
import '@/components/logs/logs.css';

interface SplitLogsPaneProps {
  query: string;
  range: ResolvedRange;
  onQuery: (query: string) => void;
  /** Brushing the volume histogram sets the shared time range. */
  onZoom: (startMs: number, endMs: number) => void;
}

const syntaxError = (q: string) => {
  const e = logqlSyntaxError(q);
  return e ? new ApiError({ message: e.message, kind: 'bad_query', status: 0, datasource: 'loki', position: e.position }) : null;
};

/**
 * The logs side of Explore's split view: a LogQL editor and its lines over the same time range as the chart, with
 * the chart's crosshair (Explore's `CrosshairProvider`) marked on the volume and on the nearest line, and a hovered
 * line's time shown on the chart.
 */
export function SplitLogsPane({ query, range, onQuery, onZoom }: SplitLogsPaneProps) {
  const [draft, setDraft] = useState(query);
  const [seen, setSeen] = useState(query);
  const [error, setError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<ResultField[]>([]);
  if (seen !== query) {
    setSeen(query);
    setDraft(query);
    setError(null);
  }
  const runQuery = (q: string) => {
    const e = syntaxError(q);
    setError(e);
    if (!e) onQuery(q);
  };
  const run = () => runQuery(draft);
  const editorRange = useMemo(() => ({ startMs: range.startMs, endMs: range.endMs }), [range.startMs, range.endMs]);
  const urlError = useMemo(() => syntaxError(query), [query]);
  const shownError = error ?? urlError ?? (query && !isLogQuery(query) ? new Error('The logs side shows log queries; chart metric LogQL in /logs.') : null);
  return (
    <section className="split-pane split-pane--logs" data-testid="split-logs">
      <div className="query-bar">
        <LogQLEditor value={draft} onChange={setDraft} onRun={run} range={editorRange} fields={fields} />
        <button type="button" className="btn btn--primary" onClick={run} data-testid="run-logs-query">
          Run
        </button>
        <LabelBrowser
          range={editorRange}
          onUse={setDraft}
          onRun={(selector) => {
            setDraft(selector);
            runQuery(selector);
          }}
        />
      </div>
      {shownError ? (
        <ErrorPanel error={shownError} query={error ? draft : query} title="Invalid LogQL" testId="split-logs-error" />
      ) : query ? (
        <SplitLogs query={query} range={range} onZoom={onZoom} onFields={setFields} />
      ) : (
        <p className="hint" data-testid="split-logs-empty">
          Write a LogQL query, or carry a series&apos; namespace and pod over from the chart.
        </p>
      )}
    </section>
  );
}

function SplitLogs({
  query,
  range,
  onZoom,
  onFields,
}: {
  query: string;
  range: ResolvedRange;
  onZoom: (startMs: number, endMs: number) => void;
  onFields: (fields: ResultField[]) => void;
}) {
  const paging = useLogPaging({ query, startMs: range.startMs, endMs: range.endMs, direction: 'backward', pageSize: 1000, maxLines: 100_000 });
  useReportFields(paging.entries, onFields);
  const pattern = useMemo(() => lineFilterPattern(query), [query]);
  const listId = useId();
  const { store } = useCrosshairStore();
  const hover = useHoverWriter(store, listId);
  // A time hovered elsewhere marks the nearest loaded line (not one hovered here: that row is under the pointer).
  // The snapshot is the line's index, so the pane re-renders when the marked line changes, not on every move.
  const entries = paging.entries;
  const complete = paging.status === 'done';
  const markedSnapshot = useCallback(() => {
    const c = store.get();
    return markedLine(entries, c && c.sourceId !== listId ? c.timeMs : null, complete);
  }, [store, entries, listId, complete]);
  const marked = useSyncExternalStore(store.subscribe, markedSnapshot, () => -1);
  const listRef = useRef<LogListHandle>(null);
  useEffect(() => {
    if (marked >= 0) listRef.current?.scrollToIndex(marked, 'auto');
  }, [marked]);
  if (paging.status === 'error' && !paging.entries.length) return <ErrorPanel error={paging.error} query={query} testId="split-logs-error" />;
  return (
    <div className="logs-result">
      <LogVolume entries={paging.entries} startMs={range.startMs} endMs={range.endMs} onZoom={onZoom} height={48} />
      <PagingBar paging={paging} loaded={paging.entries.length} max={100_000} direction="backward" />
      {paging.status === 'done' && paging.entries.length === 0 ? (
        <EmptyState testId="logs-no-results">No log lines in this time range</EmptyState>
      ) : (
        <LogList ref={listRef} entries={paging.entries} showLabels={false} wrap={false} pattern={pattern} markedIndex={marked} onHoverTime={hover} />
      )}
    </div>
  );
}

/**
 * The line nearest `timeMs` (lines newest first, paged backward from the range's end), or -1 when there is no time,
 * or it is older than the oldest line loaded while older pages remain: the nearest line may not be loaded yet.
 */
function markedLine(entries: readonly LogEntry[], timeMs: number | null, complete: boolean): number {
  if (timeMs === null || !entries.length) return -1;
  if (!complete && timeMs < nsToMs(entries[entries.length - 1]!.tsNs)) return -1;
  return nearestEntryIndex(entries, timeMs);
}
