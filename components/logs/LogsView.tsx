'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { LogQLEditor } from '@/components/query/LogQLEditor';
import { QueryHistory } from '@/components/query/QueryHistory';
import { useUrlUpdater } from '@/components/query/use-url-state';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { logqlSyntaxError } from '@/lib/logql/validate';
import type { ResultField } from '@/lib/logs/result-fields';
import { ApiError } from '@/lib/queries/api';
import { useRecordRuns } from '@/lib/queries/history';
import { useTimeRange } from '@/lib/time/use-time-range';
import { LabelBrowser } from './LabelBrowser';
import { logsParamChanges, readLogsParams } from './logs-params';
import { LogsOptions } from './LogsOptions';
import { LogsResult } from './LogsResult';

/** A LogQL syntax error as the error panel shows an API error: message and position, nothing sent. */
function syntaxError(query: string): ApiError | null {
  const e = logqlSyntaxError(query);
  return e ? new ApiError({ message: e.message, kind: 'bad_query', status: 0, datasource: 'loki', position: e.position }) : null;
}

/** /logs: a LogQL query over the selected range; every option lives in the URL. */
export function LogsView() {
  const params = readLogsParams(useSearchParams());
  const update = useUrlUpdater();
  const time = useTimeRange();
  const [draft, setDraft] = useState(params.q);
  const [seenQ, setSeenQ] = useState(params.q);
  const [runs, setRuns] = useState(0);
  const [draftError, setDraftError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<ResultField[]>([]);
  if (params.q !== seenQ) {
    setSeenQ(params.q);
    setDraft(params.q);
    setDraftError(null);
  }
  const urlError = useMemo(() => syntaxError(params.q), [params.q]);
  useRecordRuns('loki', urlError ? '' : params.q);

  const runQuery = (query: string) => {
    const error = syntaxError(query);
    setDraftError(error);
    if (error) return;
    if (query.trim() === params.q.trim()) {
      time.refreshNow();
      setRuns((n) => n + 1);
    } else update(logsParamChanges({ q: query, line: '' }), 'push');
  };
  const run = () => runQuery(draft);
  const shownError = draftError ?? urlError;
  const range = useMemo(
    () => (time.resolved.ok ? { startMs: time.resolved.startMs, endMs: time.resolved.endMs } : undefined),
    [time.resolved],
  );

  return (
    <div className="view logs" data-testid="logs-view">
      <section className="query-bar">
        <LogQLEditor value={draft} onChange={setDraft} onRun={run} range={range} fields={fields} />
        <button type="button" className="btn btn--primary" onClick={run} data-testid="run-query" title="Run (Ctrl/Cmd+Enter)">
          Run
        </button>
        {range && (
          <LabelBrowser
            range={range}
            onUse={setDraft}
            onRun={(selector) => {
              setDraft(selector);
              runQuery(selector);
            }}
          />
        )}
        <QueryHistory datasource="loki" onPick={setDraft} />
      </section>
      <LogsOptions params={params} update={update} />
      <section className="result-panel result-panel--fill" data-testid="result-panel">
        {shownError ? (
          <ErrorPanel error={shownError} query={draftError ? draft : params.q} title="Invalid LogQL" testId="result-error" />
        ) : !params.q ? (
          <p className="hint" data-testid="logs-empty">
            Write a LogQL query, e.g. {'{namespace="shop"} |= "error"'}, and press Run or Ctrl/Cmd+Enter.
          </p>
        ) : !time.resolved.ok ? (
          <ErrorPanel error={new Error(time.resolved.error)} title="Invalid time range" testId="time-range-invalid" />
        ) : (
          <LogsResult params={params} range={time.resolved} runKey={runs} onZoom={time.zoomTo} update={update} onFields={setFields} />
        )}
      </section>
    </div>
  );
}
