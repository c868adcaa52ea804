'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Warnings } from '@/components/query/Warnings';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { sortByField } from '@/lib/logs/columns';
import { dedupLines, duplicatesRemoved } from '@/lib/logs/dedup';
import { filterForValue, filterOutValue } from '@/lib/logs/edit-query';
import type { LogField } from '@/lib/logs/fields';
import { lineFilterPattern } from '@/lib/logs/highlight';
import { findLineRef, lineRef } from '@/lib/logs/line-ref';
import type { ResultField } from '@/lib/logs/result-fields';
import { useLogCounts } from '@/lib/queries/logs/use-log-counts';
import { useLogPaging } from '@/lib/queries/logs/use-log-paging';
import type { LogEntry } from '@/lib/queries/types';
import { toAbsoluteExpr } from '@/lib/time/format';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { updateSearch } from '@/lib/time/url-params';
import { downloadLogs } from './download-logs';
import { LogDetails } from './LogDetails';
import { LogList, type LogListHandle } from './LogList';
import { LogVolume } from './LogVolume';
import { logsParamChanges, type LogsParams } from './logs-params';
import { PagingBar } from './PagingBar';
import { useReportFields } from './use-report-fields';
import './logs.css';

interface LogExplorerProps {
  params: LogsParams;
  range: ResolvedRange;
  runKey: unknown;
  onZoom: (startMs: number, endMs: number) => void;
  update: (changes: Record<string, string | null | undefined>, mode?: 'push' | 'replace') => void;
  /** The fields seen in the loaded lines, for the editor's completion. */
  onFields?: (fields: ResultField[]) => void;
}

/** A log query's lines: volume, paging past Loki's limit, dedup, columns, details and context, downloads. */
export function LogExplorer({ params, range, runKey, onZoom, update, onFields }: LogExplorerProps) {
  const paging = useLogPaging({
    query: params.q,
    startMs: range.startMs,
    endMs: range.endMs,
    direction: params.dir,
    pageSize: params.limit,
    maxLines: params.max,
    runKey,
  });
  const counts = useLogCounts({ query: params.q, startMs: range.startMs, endMs: range.endMs, buckets: 60 });
  const pattern = useMemo(() => lineFilterPattern(params.q), [params.q]);
  const base = paging.entries;
  useReportFields(base, onFields);

  const view = useMemo(() => {
    let rows = params.dedup === 'none' ? null : dedupLines(base, params.dedup);
    const sort = params.sort;
    if (sort) rows = sortByField(rows ?? base.map((item) => ({ item, count: 1 })), (r) => r.item, sort.field, sort.desc);
    if (!rows) return { entries: base as readonly LogEntry[], counts: undefined, removed: 0 };
    return { entries: rows.map((r) => r.item), counts: params.dedup === 'none' ? undefined : rows.map((r) => r.count), removed: duplicatesRemoved(rows) };
  }, [base, params.dedup, params.sort]);

  const selectedIndex = useMemo(() => (params.line ? findLineRef(view.entries, params.line) : -1), [view.entries, params.line]);
  const selected = selectedIndex >= 0 ? view.entries[selectedIndex]! : null;
  const listRef = useRef<LogListHandle>(null);
  const scrolledTo = useRef('');
  useEffect(() => {
    if (selectedIndex >= 0 && scrolledTo.current !== params.line) {
      scrolledTo.current = params.line;
      listRef.current?.scrollToIndex(selectedIndex);
    }
  }, [selectedIndex, params.line]);

  const [editError, setEditError] = useState<unknown>();
  const select = useCallback(
    (index: number) => {
      const e = view.entries[index];
      if (!e) return;
      const ref = lineRef(e);
      scrolledTo.current = ref;
      update(logsParamChanges({ line: params.line === ref ? '' : ref }));
    },
    [view.entries, params.line, update],
  );
  const filter = (field: LogField, mode: 'for' | 'out') => {
    try {
      const ref = { label: field.label!, value: field.value, source: field.source };
      const q = mode === 'for' ? filterForValue(params.q, ref) : filterOutValue(params.q, ref);
      setEditError(undefined);
      update(logsParamChanges({ q, line: '' }), 'push');
    } catch (e) {
      setEditError(e);
    }
  };
  const toggleColumn = (name: string) => {
    const cols = params.cols.includes(name) ? params.cols.filter((c) => c !== name) : [...params.cols, name];
    update(logsParamChanges({ cols, ...(params.sort && !cols.includes(params.sort.field) ? { sort: null } : {}) }));
  };
  const sortBy = (field: string) => {
    const desc = params.sort?.field === field ? !params.sort.desc : false;
    update(logsParamChanges({ sort: params.sort?.field === field && params.sort.desc ? null : { field, desc } }));
  };
  const lineLink = selected && typeof window !== 'undefined'
    ? `${window.location.origin}${window.location.pathname}?${updateSearch(window.location.search.slice(1), {
        line: lineRef(selected),
        from: toAbsoluteExpr(range.startMs),
        to: toAbsoluteExpr(range.endMs),
      })}`
    : '';

  if (paging.status === 'error' && base.length === 0) return <ErrorPanel error={paging.error} query={params.q} testId="result-error" />;
  return (
    <div className="logs-result" data-testid="logs-result">
      <LogVolume entries={base} startMs={range.startMs} endMs={range.endMs} counts={counts.data} onZoom={onZoom} />
      <div className="logs-toolbar">
        <PagingBar paging={paging} loaded={base.length} total={counts.data?.total} max={params.max} direction={params.dir} />
        {view.removed > 0 && (
          <span className="hint" data-testid="dedup-removed">
            {view.removed.toLocaleString('en')} duplicates hidden ({params.dedup})
          </span>
        )}
        <span className="logs-toolbar__end">
          <button type="button" className="btn" disabled={!base.length} onClick={() => downloadLogs(base, 'txt')} data-testid="download-txt">
            .txt
          </button>
          <button type="button" className="btn" disabled={!base.length} onClick={() => downloadLogs(base, 'jsonl')} data-testid="download-jsonl">
            .jsonl
          </button>
        </span>
      </div>
      {paging.status === 'error' && <ErrorPanel error={paging.error} query={params.q} title="Loading more failed" testId="paging-error" />}
      {editError ? <ErrorPanel error={editError} title="Cannot edit the query" testId="edit-error" /> : null}
      {counts.error ? <Warnings warnings={[`Line count unavailable: ${(counts.error as Error).message}`]} /> : null}
      {params.cols.length > 0 && (
        <div className="log-columns" data-testid="log-columns">
          {params.cols.map((c) => (
            <button key={c} type="button" className="btn" onClick={() => sortBy(c)} data-testid="log-column-header" data-field={c}>
              {c}
              {params.sort?.field === c ? (params.sort.desc ? ' ▼' : ' ▲') : ''}
            </button>
          ))}
        </div>
      )}
      {base.length === 0 && paging.status === 'done' ? (
        <EmptyState testId="logs-no-results">No log lines in this time range</EmptyState>
      ) : (
        <div className={`logs-body${selected ? ' has-details' : ''}`}>
          <LogList
            ref={listRef}
            entries={view.entries}
            counts={view.counts}
            showLabels={params.labels}
            wrap={params.wrap}
            pretty={params.pretty}
            pattern={pattern}
            columns={params.cols}
            selectedIndex={selectedIndex}
            onSelect={select}
          />
          {selected && (
            <LogDetails
              key={params.line}
              entry={selected}
              lineLink={lineLink}
              columns={params.cols}
              onFilter={filter}
              onToggleColumn={toggleColumn}
              onClose={() => update(logsParamChanges({ line: '' }))}
            />
          )}
        </div>
      )}
    </div>
  );
}
