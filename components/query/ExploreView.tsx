'use client';

import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { CrosshairProvider } from '@/components/charts/crosshair';
import { UNIT_LABELS, UNITS, isUnit } from '@/components/charts/units';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { useRecordRuns } from '@/lib/queries/history';
import { parseDuration } from '@/lib/time/duration';
import { useTimeRange } from '@/lib/time/use-time-range';
import { exploreParamChanges, readExploreParams, type ExploreTab } from './explore-params';
import { PromGraph } from './PromGraph';
import { PromQLEditor } from './PromQLEditor';
import { PromTable } from './PromTable';
import { QueryHistory } from './QueryHistory';
import { SeriesToLogs } from './SeriesToLogs';
import { SplitLogsPane } from './SplitLogsPane';
import { useUrlUpdater } from './use-url-state';

/** /explore: a PromQL editor whose query, tab and options live in the URL; split, logs beside it on one range. */
export function ExploreView() {
  const params = readExploreParams(useSearchParams());
  const update = useUrlUpdater();
  const time = useTimeRange();
  const [draft, setDraft] = useState(params.q);
  // Follow the URL when it changes underneath (Back/Forward, a pasted link), not on every keystroke.
  const [seenQ, setSeenQ] = useState(params.q);
  if (params.q !== seenQ) {
    setSeenQ(params.q);
    setDraft(params.q);
  }
  const [stepDraft, setStepDraft] = useState(params.step);
  const [seenStep, setSeenStep] = useState(params.step);
  if (params.step !== seenStep) {
    setSeenStep(params.step);
    setStepDraft(params.step);
  }
  const stepInvalid = stepDraft !== '' && parseDuration(stepDraft) === null;
  useRecordRuns('prometheus', params.q);

  const run = () => {
    if (draft.trim() === params.q.trim()) time.refreshNow();
    else update(exploreParamChanges({ q: draft }), 'push');
  };
  const setTab = (tab: ExploreTab) => update(exploreParamChanges({ tab }));

  const metrics = (
    <section className="result-panel" data-testid="result-panel">
      {!params.q ? (
        <p className="hint" data-testid="explore-empty">
          Write a PromQL query and press Run or Ctrl/Cmd+Enter.
        </p>
      ) : !time.resolved.ok ? (
        <ErrorPanel error={new Error(time.resolved.error)} title="Invalid time range" testId="time-range-invalid" />
      ) : params.tab === 'graph' ? (
        <>
          <PromGraph
            query={params.q}
            range={time.resolved}
            step={params.step}
            unit={params.unit}
            legendFormat={params.legend}
            onZoom={time.zoomTo}
          />
          {params.split && (
            <SeriesToLogs
              query={params.q}
              range={time.resolved}
              step={params.step}
              onCarry={(lq) => update(exploreParamChanges({ lq }), 'push')}
            />
          )}
        </>
      ) : (
        <PromTable query={params.q} timeMs={time.resolved.endMs} unit={params.unit} />
      )}
    </section>
  );

  return (
    <div className={`view explore${params.split ? ' is-split' : ''}`} data-testid="explore-view">
      <section className="query-bar">
        <PromQLEditor value={draft} onChange={setDraft} onRun={run} />
        <button type="button" className="btn btn--primary" onClick={run} data-testid="run-query" title="Run (Ctrl/Cmd+Enter)">
          Run
        </button>
        <QueryHistory datasource="prometheus" onPick={setDraft} />
      </section>
      <section className="options-bar">
        <div className="tabs" role="tablist">
          {(['graph', 'table'] as const).map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              aria-selected={params.tab === tab}
              className={`tab${params.tab === tab ? ' is-active' : ''}`}
              onClick={() => setTab(tab)}
              data-testid={`explore-tab-${tab}`}
            >
              {tab === 'graph' ? 'Graph' : 'Table'}
            </button>
          ))}
        </div>
        <label className="field">
          Unit
          <select
            className="select"
            value={params.unit}
            onChange={(e) => isUnit(e.target.value) && update(exploreParamChanges({ unit: e.target.value }))}
            data-testid="explore-unit"
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {UNIT_LABELS[u]}
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={params.split}
            onChange={(e) => update(exploreParamChanges({ split: e.target.checked }))}
            data-testid="explore-toggle-split"
          />
          Logs beside
        </label>
        {params.tab === 'graph' && (
          <>
            <label className="field">
              Legend
              <input
                className="input"
                defaultValue={params.legend}
                key={params.legend}
                placeholder="{{pod}}"
                spellCheck={false}
                onBlur={(e) => update(exploreParamChanges({ legend: e.target.value }))}
                onKeyDown={(e) => e.key === 'Enter' && update(exploreParamChanges({ legend: e.currentTarget.value }))}
                data-testid="explore-legend"
              />
            </label>
            <label className="field">
              Step
              <input
                className={`input input--short${stepInvalid ? ' is-invalid' : ''}`}
                value={stepDraft}
                placeholder="auto"
                spellCheck={false}
                onChange={(e) => setStepDraft(e.target.value.trim())}
                onBlur={() => !stepInvalid && update(exploreParamChanges({ step: stepDraft }))}
                onKeyDown={(e) => e.key === 'Enter' && !stepInvalid && update(exploreParamChanges({ step: stepDraft }))}
                title={stepInvalid ? 'Use a duration such as 30s, 1m, 1h30m' : 'Resolution; empty for automatic'}
                data-testid="explore-step"
              />
            </label>
          </>
        )}
      </section>
      {params.split && time.resolved.ok ? (
        // One crosshair for both sides: the chart's hovered time on the logs' volume and nearest line, and back.
        <CrosshairProvider>
          <div className="split-view" data-testid="split-view">
            <div className="split-pane split-pane--metrics" data-testid="split-metrics">
              {metrics}
            </div>
            <SplitLogsPane
              query={params.lq}
              range={time.resolved}
              onQuery={(lq) => update(exploreParamChanges({ lq }), 'push')}
              onZoom={time.zoomTo}
            />
          </div>
        </CrosshairProvider>
      ) : (
        metrics
      )}
    </div>
  );
}