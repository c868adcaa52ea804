'use client';

import { LogQLEditor } from '@/components/query/LogQLEditor';
import { PromQLEditor } from '@/components/query/PromQLEditor';
import { nextRefId } from '@/lib/dashboards/edit/panels';
import type { Panel, Target } from '@/lib/dashboards/model';
import { variableAwarePromLint, type QueryProblem } from './query-problems';

export interface QueriesEditorProps {
  panel: Panel;
  problems: readonly QueryProblem[];
  onChange: (targets: Target[]) => void;
  /** Ctrl/Cmd+Enter in an editor: refresh the preview now. */
  onRun: () => void;
}

/** The panel's queries: PromQL (or LogQL for logs panels) with completion, inline errors and history, and their options. */
export function QueriesEditor({ panel, problems, onChange, onRun }: QueriesEditorProps) {
  const set = (i: number, change: Partial<Target>) => onChange(panel.targets.map((t, j) => (j === i ? clean({ ...t, ...change }) : t)));
  const next = nextRefId(panel);
  const datasource = panel.type === 'logs' ? 'loki' : 'prometheus';
  return (
    <fieldset className="dash-editor__group" data-testid="panel-queries">
      <legend>Queries</legend>
      {panel.targets.map((t, i) => {
        const problem = problems.find((p) => p.refId === t.refId);
        return (
          <div key={t.refId} className="dash-editor__query" data-testid="panel-query" data-ref-id={t.refId}>
            <div className="dash-editor__query-head">
              <strong>{t.refId}</strong>
              <span className="muted">{t.datasource === 'loki' ? 'LogQL' : 'PromQL'}</span>
              <button type="button" className="btn btn--ghost" onClick={() => onChange(panel.targets.filter((_, j) => j !== i))} data-testid="query-remove">
                Remove
              </button>
            </div>
            {t.datasource === 'loki' ? (
              <LogQLEditor value={t.expr} onChange={(expr) => set(i, { expr })} onRun={onRun} />
            ) : (
              <PromQLEditor value={t.expr} onChange={(expr) => set(i, { expr })} onRun={onRun} lint={variableAwarePromLint} />
            )}
            {problem && (
              <p className="bad" role="alert" data-testid="query-problem">
                Line {problem.line}, column {problem.column}: {problem.message}
              </p>
            )}
            <div className="dash-editor__row">
              {t.datasource === 'prometheus' && (
                <>
                  <label className="field">
                    Legend
                    <input className="input" value={t.legendFormat ?? ''} placeholder="{{pod}}" onChange={(e) => set(i, { legendFormat: e.target.value })} data-testid="query-legend" />
                  </label>
                  <label className="dash-editor__check">
                    <input type="checkbox" checked={t.instant ?? false} onChange={(e) => set(i, { instant: e.target.checked })} data-testid="query-instant" /> Instant
                  </label>
                  <label className="field">
                    Min interval
                    <input className="input input--short" value={t.interval ?? ''} placeholder="15s" onChange={(e) => set(i, { interval: e.target.value })} data-testid="query-interval" />
                  </label>
                </>
              )}
              <label className="dash-editor__check">
                <input type="checkbox" checked={t.hide ?? false} onChange={(e) => set(i, { hide: e.target.checked })} /> Hide
              </label>
            </div>
          </div>
        );
      })}
      {next && (
        <button type="button" className="btn" onClick={() => onChange([...panel.targets, { refId: next, datasource, expr: '' }])} data-testid="query-add">
          Add query
        </button>
      )}
    </fieldset>
  );
}

/** Empty optional fields are removed rather than saved as "" (an empty interval is no interval). */
function clean(t: Target): Target {
  const out: Target = { ...t };
  if (!out.legendFormat) delete out.legendFormat;
  if (!out.interval) delete out.interval;
  if (!out.instant) delete out.instant;
  if (!out.hide) delete out.hide;
  return out;
}
