'use client';

import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { LogQLEditor } from '@/components/query/LogQLEditor';
import { QueryHistory } from '@/components/query/QueryHistory';
import { useUrlUpdater } from '@/components/query/use-url-state';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { useRecordRuns } from '@/lib/queries/history';
import { useTimeRange } from '@/lib/time/use-time-range';
import { LOG_LIMITS, logsParamChanges, readLogsParams } from './logs-params';
import { LogsResult } from './LogsResult';

/** /logs: a LogQL query over the selected range; every option lives in the URL. */
export function LogsView() {
  const params = readLogsParams(useSearchParams());
  const update = useUrlUpdater();
  const time = useTimeRange();
  const [draft, setDraft] = useState(params.q);
  const [seenQ, setSeenQ] = useState(params.q);
  if (params.q !== seenQ) {
    setSeenQ(params.q);
    setDraft(params.q);
  }
  useRecordRuns('loki', params.q);

  const run = () => {
    if (draft.trim() === params.q.trim()) time.refreshNow();
    else update(logsParamChanges({ q: draft }), 'push');
  };

  return (
    <div className="view logs" data-testid="logs-view">
      <section className="query-bar">
        <LogQLEditor value={draft} onChange={setDraft} onRun={run} />
        <button type="button" className="btn btn--primary" onClick={run} data-testid="run-query" title="Run (Ctrl/Cmd+Enter)">
          Run
        </button>
        <QueryHistory datasource="loki" onPick={setDraft} />
      </section>
      <section className="options-bar">
        <label className="field">
          Limit
          <select
            className="select"
            value={params.limit}
            onChange={(e) => update(logsParamChanges({ limit: Number(e.target.value) as (typeof LOG_LIMITS)[number] }))}
            data-testid="logs-limit"
          >
            {LOG_LIMITS.map((l) => (
              <option key={l} value={l}>
                {l.toLocaleString('en')}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Order
          <select
            className="select"
            value={params.dir}
            onChange={(e) => update(logsParamChanges({ dir: e.target.value === 'forward' ? 'forward' : 'backward' }))}
            data-testid="logs-direction"
          >
            <option value="backward">Newest first</option>
            <option value="forward">Oldest first</option>
          </select>
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={params.labels}
            onChange={(e) => update(logsParamChanges({ labels: e.target.checked }))}
            data-testid="logs-toggle-labels"
          />
          Labels
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={params.wrap}
            onChange={(e) => update(logsParamChanges({ wrap: e.target.checked }))}
            data-testid="logs-toggle-wrap"
          />
          Wrap lines
        </label>
      </section>
      <section className="result-panel result-panel--fill" data-testid="result-panel">
        {!params.q ? (
          <p className="hint" data-testid="logs-empty">
            Write a LogQL query, e.g. {'{namespace="shop"} |= "error"'}, and press Run or Ctrl/Cmd+Enter.
          </p>
        ) : !time.resolved.ok ? (
          <ErrorPanel error={new Error(time.resolved.error)} title="Invalid time range" testId="time-range-invalid" />
        ) : (
          <LogsResult params={params} range={time.resolved} onZoom={time.zoomTo} />
        )}
      </section>
    </div>
  );
}
