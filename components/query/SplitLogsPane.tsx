'use client';

import { useMemo, useState } from 'react';
import { LabelBrowser } from '@/components/logs/LabelBrowser';
import { useReportFields } from '@/components/logs/use-report-fields';
import { LogList } from '@/components/logs/LogList';
import { PagingBar } from '@/components/logs/PagingBar';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { lineFilterPattern } from '@/lib/logs/highlight';
import type { ResultField } from '@/lib/logs/result-fields';
import { isLogQuery, logqlSyntaxError } from '@/lib/logql/validate';
import { ApiError } from '@/lib/queries/api';
import { useLogPaging } from '@/lib/queries/logs/use-log-paging';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { LogQLEditor } from './LogQLEditor';
import '@/components/logs/logs.css';

interface SplitLogsPaneProps {
  query: string;
  range: ResolvedRange;
  onQuery: (query: string) => void;
}

const syntaxError = (q: string) => {
  const e = logqlSyntaxError(q);
  return e ? new ApiError({ message: e.message, kind: 'bad_query', status: 0, datasource: 'loki', position: e.position }) : null;
};

/** The logs side of Explore's split view: a LogQL editor and its lines over the same time range as the chart. */
export function SplitLogsPane({ query, range, onQuery }: SplitLogsPaneProps) {
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
        <SplitLogs query={query} range={range} onFields={setFields} />
      ) : (
        <p className="hint" data-testid="split-logs-empty">
          Write a LogQL query, or carry a series&apos; namespace and pod over from the chart.
        </p>
      )}
    </section>
  );
}

function SplitLogs({ query, range, onFields }: { query: string; range: ResolvedRange; onFields: (fields: ResultField[]) => void }) {
  const paging = useLogPaging({ query, startMs: range.startMs, endMs: range.endMs, direction: 'backward', pageSize: 1000, maxLines: 100_000 });
  useReportFields(paging.entries, onFields);
  const pattern = useMemo(() => lineFilterPattern(query), [query]);
  if (paging.status === 'error' && !paging.entries.length) return <ErrorPanel error={paging.error} query={query} testId="split-logs-error" />;
  return (
    <div className="logs-result">
      <PagingBar paging={paging} loaded={paging.entries.length} max={100_000} direction="backward" />
      {paging.status === 'done' && paging.entries.length === 0 ? (
        <EmptyState testId="logs-no-results">No log lines in this time range</EmptyState>
      ) : (
        <LogList entries={paging.entries} showLabels={false} wrap={false} pattern={pattern} />
      )}
    </div>
  );
}
